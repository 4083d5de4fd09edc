#!/usr/bin/env bash
# `npm run bench`: performance tables, measured against the raw API and the docker CLI in the same
# run. Uses the engine that answers (DOCKER_HOST, else the docker CLI's own), else a private one;
# its containers are labelled berth.bench and only those are removed (see scripts/use-engine.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/use-engine.sh
source scripts/use-engine.sh
trap engine_cleanup EXIT
use_engine
npm run --silent build
node dist/bench/run.js "$@"
