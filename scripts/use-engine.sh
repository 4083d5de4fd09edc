# Sourced by test.sh and bench.sh: picks the engine to run against and exports DOCKER_HOST, so
# the docker CLI and the tests' own clients (dockerode, `berth web`) talk to the same one.
#
# In order: the engine DOCKER_HOST names (it must answer); the one the docker CLI reaches by
# itself (the default socket or its current context, e.g. Docker Desktop); a private engine
# scripts/engine.sh already runs; else a private engine started here and removed on exit.
# On an engine this did not start, nothing is touched that the tests did not create: the test
# image is built only when missing and removed again afterwards, and the tests that kill
# dockerd are skipped (BERTH_ENGINE_DIR is unset) unless that engine is the private one of
# BERTH_ENGINE_DIR, which the caller named on purpose.

engine_started=
engine_built_image=
ENGINE_RESTART_TESTS=
ENGINE_WHOSE=

engine_cleanup() {
  if [ -n "$engine_started" ]; then
    bash scripts/engine.sh down || true
  elif [ -n "$engine_built_image" ]; then
    # Only the tag this run added; an image something still uses stays (no -f).
    docker rmi "${BERTH_TEST_IMAGE:-berth-test/busybox:latest}" >/dev/null 2>&1 || true
  fi
}

use_engine() {
  local private_dir=${BERTH_ENGINE_DIR:-/tmp/berth-engine}
  if [ -n "${DOCKER_HOST:-}" ]; then
    if ! bash scripts/engine.sh answers; then
      echo "DOCKER_HOST=$DOCKER_HOST does not answer: start that engine, or unset DOCKER_HOST to use another" >&2
      return 1
    fi
    ENGINE_WHOSE="DOCKER_HOST"
  elif bash scripts/engine.sh answers; then
    DOCKER_HOST=$(bash scripts/engine.sh host)
    export DOCKER_HOST
    ENGINE_WHOSE="the docker CLI's"
  elif DOCKER_HOST="unix://$private_dir/docker.sock" bash scripts/engine.sh answers; then
    export DOCKER_HOST="unix://$private_dir/docker.sock"
    ENGINE_WHOSE="a private one already running"
  else
    bash scripts/engine.sh deps private
    export BERTH_ENGINE_DIR=$private_dir
    bash scripts/engine.sh up
    engine_started=1
    export DOCKER_HOST="unix://$private_dir/docker.sock"
    ENGINE_WHOSE="private, started for this run"
  fi
  case "$DOCKER_HOST" in
    unix://*) ;;
    *)
      echo "the tests reach the engine through a unix socket; $DOCKER_HOST is not one" >&2
      return 1
      ;;
  esac
  bash scripts/engine.sh deps
  if [ -z "$engine_started" ]; then
    local status=0
    bash scripts/engine.sh image || status=$?
    if [ "$status" = 3 ]; then
      engine_built_image=1
    elif [ "$status" != 0 ]; then
      return "$status"
    fi
  fi
  # The tests that kill dockerd run only on an engine this run started, or on the private engine
  # the caller named with BERTH_ENGINE_DIR (and DOCKER_HOST): never on anyone else's.
  if [ -n "$engine_started" ] || { [ -n "${BERTH_ENGINE_DIR:-}" ] && bash scripts/engine.sh owns; }; then
    ENGINE_RESTART_TESTS=1
  else
    unset BERTH_ENGINE_DIR
  fi
  local restarts="skipped, the engine is not one this run may stop"
  [ -z "$ENGINE_RESTART_TESTS" ] || restarts="run"
  echo "engine: $DOCKER_HOST ($ENGINE_WHOSE); tests that kill dockerd: $restarts"
}
