#!/usr/bin/env bash
# `npm test`: static checks, then unit, real-engine and browser tests. Uses the engine in
# DOCKER_HOST (or the default socket) when one answers; otherwise starts a private one and
# removes it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step typecheck && npm run --silent typecheck
step lint && npm run --silent lint
step format && npm run --silent format:check

started_engine=
cleanup() { if [ -n "$started_engine" ]; then bash scripts/engine.sh down || true; fi; }
trap cleanup EXIT

bash scripts/engine.sh deps
if [ -z "${DOCKER_HOST:-}" ] && ! docker version >/dev/null 2>&1; then
  step "starting a private engine"
  export BERTH_ENGINE_DIR=${BERTH_ENGINE_DIR:-/tmp/berth-engine}
  bash scripts/engine.sh up
  started_engine=1
  export DOCKER_HOST="unix://$BERTH_ENGINE_DIR/docker.sock"
else
  bash scripts/engine.sh image
fi
echo "engine: ${DOCKER_HOST:-default socket} (restart tests: ${BERTH_ENGINE_DIR:+enabled}${BERTH_ENGINE_DIR:-skipped, engine not ours})"

step build && npm run --silent build:renderer && npm run --silent build:preload
reports=.berth-test
mkdir -p "$reports"
step "unit and engine tests" && npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
step "browser tests" && PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/playwright.json" npx playwright test -c e2e/playwright.config.ts --reporter=list,json
node dist/scripts/test-summary.js "$reports/vitest.json" "$reports/playwright.json"
