#!/usr/bin/env bash
# The whole test suite: lint, format, types, then every test. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
npx biome check .
npx tsc --noEmit
npx vitest run "$@"
