#!/usr/bin/env bash
# Playwright's webServer: index the test corpus into a fresh temp store, build, serve on loopback
# with the standalone server as `npm start` runs it.
# The production build is what is tested (E2E_SKIP_BUILD=1 reuses the last one, for local runs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PORT:?PORT must be set}"
DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/paragraphe-e2e.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

node_modules/.bin/tsx indexer/cli.ts --corpus e2e/corpus --data "$DATA_DIR" --full
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then
  node_modules/.bin/next build
fi
# The standalone server, as `npm start` and the image run it (start/cluster.cjs, here one process):
# static files beside it, the preload that answers 405 to the methods Next would fail on, and the
# bare handler of /api/search.
rm -rf .next/standalone/.next/static
cp -r .next/static .next/standalone/.next/static
HOSTNAME=127.0.0.1 PORT="$PORT" PARAGRAPHE_DATA="$DATA_DIR" WEB_CONCURRENCY=1 node start/cluster.cjs .next/standalone/server.js &
SERVER_PID=$!
wait "$SERVER_PID"
