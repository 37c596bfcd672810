#!/usr/bin/env node
// Entry point for `npx gongkai`: runs the TypeScript sources through tsx, so that no
// build step stands between `npm install` and the command.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
