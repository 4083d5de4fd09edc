#!/usr/bin/env bash
# A private Docker engine for tests and benchmarks: `up` (install if missing, start, build the
# busybox test image), `stop` (SIGKILL dockerd, as a crash would), `start`, `down`, `env`.
# Only one dockerd can run per machine (they share the docker0 bridge), so this refuses to
# start a second one next to a foreign dockerd.
set -euo pipefail

DIR=${BERTH_ENGINE_DIR:-/tmp/berth-engine}
SOCK="$DIR/docker.sock"
export DOCKER_HOST="unix://$SOCK"
TEST_IMAGE=${BERTH_TEST_IMAGE:-berth-test/busybox:latest}

log() { printf '[engine] %s\n' "$*" >&2; }

install_packages() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  [ -x /bin/busybox ] && file_is_static /bin/busybox || missing+=(busybox-static)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v pgrep >/dev/null || missing+=(procps)
  # A real registry with htpasswd auth for the push/pull/login tests.
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    log "missing: ${missing[*]} (run as root, or install them: apt-get install ${missing[*]})"
    return 1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# busybox (dynamic) and busybox-static both provide /bin/busybox; only the static one runs FROM scratch.
file_is_static() { ! ldd "$1" >/dev/null 2>&1; }

running() { [ -f "$DIR/docker.pid" ] && kill -0 "$(cat "$DIR/docker.pid")" 2>/dev/null; }

wait_ready() {
  for _ in $(seq 1 150); do
    docker version >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  log "dockerd did not answer on $SOCK; see $DIR/dockerd.log"
  tail -n 30 "$DIR/dockerd.log" >&2 || true
  return 1
}

start() {
  if running; then wait_ready; return; fi
  if pgrep -x dockerd >/dev/null; then
    log "another dockerd is running (pid $(pgrep -x dockerd | head -n1)); set DOCKER_HOST to it instead"
    return 1
  fi
  mkdir -p "$DIR"
  # Short paths: unix socket paths are limited to ~108 bytes.
  dockerd --host "unix://$SOCK" --data-root "$DIR/data" --exec-root "$DIR/exec" \
    --pidfile "$DIR/docker.pid" >>"$DIR/dockerd.log" 2>&1 &
  wait_ready
}

stop() {
  running || return 0
  local pid
  pid=$(cat "$DIR/docker.pid")
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  rm -f "$DIR/docker.pid"
}

build_image() {
  docker image inspect "$TEST_IMAGE" >/dev/null 2>&1 && return 0
  local ctx
  ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["sh"]\n' >"$ctx/Dockerfile"
  docker build -q -t "$TEST_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  log "built $TEST_IMAGE"
}

down() {
  running || return 0
  local pid
  pid=$(cat "$DIR/docker.pid")
  docker ps -aq | xargs -r docker rm -f >/dev/null 2>&1 || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  # containerd and shims outlive a killed dockerd; end them so nothing holds the data root.
  pkill -f "containerd.*$DIR" 2>/dev/null || true
  rm -f "$DIR/docker.pid"
}

case "${1:-}" in
  deps) install_packages ;;
  up) install_packages; start; build_image ;;
  start) start ;;
  stop) stop ;;
  down) down ;;
  image) build_image ;;
  env) echo "export DOCKER_HOST=$DOCKER_HOST BERTH_ENGINE_DIR=$DIR" ;;
  *) echo "usage: $0 deps|up|start|stop|down|image|env" >&2; exit 2 ;;
esac
