#!/bin/sh
# Builds the demo map into OUT_DIR (the Maven build passes target/classes/web/map).
# Needs Node.js and npm on PATH: installs the pinned packages with `npm ci` (skipped when
# node_modules already matches package-lock.json), runs the tests in test/, then build.mjs.
set -eu
OUT_DIR=${1:?usage: build.sh OUT_DIR}
case "$OUT_DIR" in /*) ;; *) OUT_DIR="$(pwd)/$OUT_DIR" ;; esac
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "conflictmap: building the demo map (web-demo/) needs Node.js 18+ and npm on PATH," >&2
  echo "conflictmap: e.g. 'apt-get install nodejs npm'; or build without the map: mvn -Dmap.skip=true" >&2
  exit 1
fi

# npm keeps node_modules/.package-lock.json in step with what it installed.
if [ ! -f node_modules/.package-lock.json ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
# The page's own logic (permalinks, filters, evidence marks) under Node's test runner.
node --test --test-reporter=dot test/
node build.mjs "$OUT_DIR"
