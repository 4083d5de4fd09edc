#!/usr/bin/env bash
# `npm run bench`: performance tables, measured against the raw API and the docker CLI in the same
# run. Uses DOCKER_HOST (or the default socket) when an engine answers, else a private one.
set -euo pipefail
cd "$(dirname "$0")/.."
started_engine=
cleanup() { if [ -n "$started_engine" ]; then bash scripts/engine.sh down || true; fi; }
trap cleanup EXIT
bash scripts/engine.sh deps
if [ -z "${DOCKER_HOST:-}" ] && ! docker version >/dev/null 2>&1; then
  export BERTH_ENGINE_DIR=${BERTH_ENGINE_DIR:-/tmp/berth-engine}
  bash scripts/engine.sh up
  started_engine=1
  export DOCKER_HOST="unix://$BERTH_ENGINE_DIR/docker.sock"
else
  bash scripts/engine.sh image
fi
npm run --silent build
node dist/bench/run.js "$@"
