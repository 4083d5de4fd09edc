#!/usr/bin/env bash
# `npm test`: static checks, then unit, real-engine and browser tests. Uses the engine that
# answers (DOCKER_HOST, else the docker CLI's own); otherwise starts a private one and removes
# it afterwards. See scripts/use-engine.sh for what is and is not touched on someone's engine.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/use-engine.sh
source scripts/use-engine.sh

step() { printf '\n== %s\n' "$*"; }

step typecheck && npm run --silent typecheck
step lint && npm run --silent lint
step format && npm run --silent format:check

trap engine_cleanup EXIT
step engine && use_engine

# Swarm last, and only on an engine this script owns: swarm mode changes the engine's networking
# (ingress, docker_gwbridge), so it never runs on an engine the tests did not start, nor before
# the other tests. Decided now so the main runs leave those specs to that step.
swarm_step=
if [ -n "${BERTH_ENGINE_DIR:-}" ] && [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" = inactive ]; then
  swarm_step=1
fi

step build && npm run --silent build:renderer && npm run --silent build:preload
reports=.berth-test
rm -rf "$reports" && mkdir -p "$reports"
vitest_projects=()
[ -n "$swarm_step" ] && vitest_projects=(--project unit --project engine)
step "unit and engine tests" && npx vitest run ${vitest_projects[@]+"${vitest_projects[@]}"} --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
step "browser tests" && BERTH_SWARM_STEP_LATER=$swarm_step PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/playwright.json" npx playwright test -c e2e/playwright.config.ts --reporter=list,json
# The desktop app in the real Electron binary; where there is none, every test is skipped with
# the reason, which the closing line repeats. Linux without a display uses Xvfb when it is there.
electron_run=()
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  electron_run=(xvfb-run -a)
fi
step "electron tests" && PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/electron.json" ${electron_run[@]+"${electron_run[@]}"} npx playwright test -c e2e/electron/playwright.config.ts --reporter=list,json

if [ -n "$swarm_step" ]; then
  step "swarm tests (own engine, last)"
  # The swarm is always left, whatever happened, before the engine itself is cleaned up.
  trap 'docker swarm leave --force >/dev/null 2>&1 || true; engine_cleanup' EXIT
  BERTH_SWARM_TESTS=1 npx vitest run --project swarm --reporter=default --reporter=json --outputFile.json="$reports/swarm-vitest.json"
  BERTH_SWARM_TESTS=1 PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/swarm-playwright.json" npx playwright test -c e2e/playwright.config.ts --reporter=list,json e2e/*.swarm.e2e.ts
else
  step "swarm tests skipped: ${BERTH_ENGINE_DIR:+the engine is already in a swarm}${BERTH_ENGINE_DIR:-the engine is not one this script started (BERTH_ENGINE_DIR unset)}"
fi
node dist/scripts/test-summary.js "$reports"/*.json
