#!/usr/bin/env bash
# The whole test suite: lint and format (Biome), types (tsc), then every test (Vitest).
# Installs what it needs when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
npx biome check .
npx tsc --noEmit
results=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$results" "$@" || status=$?
# The plain closing line CI reads: 'N passed, N failed'.
node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' "$results" || true
rm -f "$results"
exit $status
