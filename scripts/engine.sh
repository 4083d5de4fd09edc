#!/usr/bin/env bash
# A private Docker engine for tests and benchmarks: `up` (install if missing, start, build the
# busybox test image), `stop` (SIGKILL dockerd, as a crash would), `start`, `down`, `env`.
# Only one dockerd can run per machine (they share the docker0 bridge), so this refuses to
# start a second one next to a foreign dockerd.
#
# The private socket is named explicitly by the commands that manage the private engine; it is
# never exported for the others: `image`, `answers` and `host` work on the engine the caller's
# environment names (DOCKER_HOST, else the CLI's current context), which may be the user's own.
set -euo pipefail

DIR=${BERTH_ENGINE_DIR:-/tmp/berth-engine}
SOCK="$DIR/docker.sock"
PRIVATE_HOST="unix://$SOCK"
TEST_IMAGE=${BERTH_TEST_IMAGE:-berth-test/busybox:latest}
# A fixed, deliberate port for the TLS listener (tests of DOCKER_TLS_VERIFY and TLS contexts); certificates
# (CA, server for 127.0.0.1, client) are generated with openssl into $DIR/tls.
TLS_PORT=${BERTH_TLS_PORT:-23760}

# The docker CLI against the private engine only.
private_docker() { DOCKER_HOST="$PRIVATE_HOST" docker "$@"; }

log() { printf '[engine] %s\n' "$*" >&2; }

# `install_packages private`: also dockerd, which only a private engine needs (a user's own
# engine, e.g. Docker Desktop, may have no dockerd on this machine's PATH at all).
install_packages() {
  local missing=()
  command -v docker >/dev/null || missing+=(docker.io)
  [ "${1:-}" = private ] && ! command -v dockerd >/dev/null && missing+=(docker.io)
  [ -x /bin/busybox ] && file_is_static /bin/busybox || missing+=(busybox-static)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v pgrep >/dev/null || missing+=(procps)
  # A real registry with htpasswd auth for the push/pull/login tests.
  command -v docker-registry >/dev/null || missing+=(docker-registry)
  command -v htpasswd >/dev/null || missing+=(apache2-utils)
  # TLS listener certificates; sshd for the docker-over-ssh tests; podman for the Podman API tests.
  command -v openssl >/dev/null || missing+=(openssl)
  [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  command -v ssh-keygen >/dev/null || missing+=(openssh-client)
  command -v podman >/dev/null || missing+=(podman)
  # podman's pause binary: `podman kube play` builds each pod's infra container from it.
  command -v catatonit >/dev/null || missing+=(catatonit)
  # `ip link`: the private bridge a second dockerd gets (engines e2e and benches).
  command -v ip >/dev/null || missing+=(iproute2)
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
    private_docker version >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  log "dockerd did not answer on $SOCK; see $DIR/dockerd.log"
  tail -n 30 "$DIR/dockerd.log" >&2 || true
  return 1
}

# The same steps as Docker's "Protect the Docker daemon socket" guide, with EC keys; valid for 2 days, renewed when older.
make_tls() {
  local tls="$DIR/tls"
  if [ -f "$tls/cert.pem" ] && openssl x509 -checkend 86400 -noout -in "$tls/cert.pem" >/dev/null 2>&1; then return 0; fi
  rm -rf "$tls" && mkdir -p "$tls"
  local key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  (
    cd "$tls"
    openssl req -x509 "${key[@]}" -days 2 -subj "/CN=Berth test engine CA" -keyout ca-key.pem -out ca.pem
    openssl req "${key[@]}" -subj "/CN=berth-test-engine" -keyout server-key.pem -out server.csr
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile server.ext -out server-cert.pem
    openssl req "${key[@]}" -subj "/CN=berth-test-client" -keyout key.pem -out client.csr
    printf 'extendedKeyUsage=clientAuth\n' >client.ext
    openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 2 -extfile client.ext -out cert.pem
  ) >/dev/null 2>&1
}

start() {
  if running; then wait_ready; return; fi
  if pgrep -x dockerd >/dev/null; then
    log "another dockerd is running (pid $(pgrep -x dockerd | head -n1)); set DOCKER_HOST to it instead"
    return 1
  fi
  mkdir -p "$DIR"
  make_tls
  # Short paths: unix socket paths are limited to ~108 bytes.
  dockerd --host "unix://$SOCK" --data-root "$DIR/data" --exec-root "$DIR/exec" \
    --pidfile "$DIR/docker.pid" \
    -H "tcp://127.0.0.1:$TLS_PORT" --tlsverify --tlscacert "$DIR/tls/ca.pem" \
    --tlscert "$DIR/tls/server-cert.pem" --tlskey "$DIR/tls/server-key.pem" >>"$DIR/dockerd.log" 2>&1 &
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

# Builds the test image on the engine `docker` is given (the private one, or the caller's);
# exit status 0 when it was already there, 3 when this call built it (the caller may remove it).
build_image() {
  docker image inspect "$TEST_IMAGE" >/dev/null 2>&1 && return 0
  local ctx
  ctx=$(mktemp -d)
  cp /bin/busybox "$ctx/busybox"
  printf 'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox","--install","-s","/bin"]\nCMD ["sh"]\n' >"$ctx/Dockerfile"
  docker build -q -t "$TEST_IMAGE" "$ctx" >/dev/null
  rm -rf "$ctx"
  log "built $TEST_IMAGE"
  return 3
}

# True when DOCKER_HOST names the private engine of $DIR and that dockerd is the one this
# script started (its pid file): only then may tests stop and start it.
owns() { [ "${DOCKER_HOST:-}" = "$PRIVATE_HOST" ] && running; }

# The engine address the docker CLI uses here (DOCKER_HOST, else its current context).
cli_host() { docker context inspect --format '{{.Endpoints.docker.Host}}'; }

down() {
  running || return 0
  local pid
  pid=$(cat "$DIR/docker.pid")
  # Everything on the private engine was made by tests: nobody else uses its socket.
  local ids
  ids=$(private_docker ps -aq 2>/dev/null || true)
  # shellcheck disable=SC2086 # one id a word
  [ -z "$ids" ] || private_docker rm -f $ids >/dev/null 2>&1 || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  # containerd and shims outlive a killed dockerd; end them so nothing holds the data root.
  pkill -f "containerd.*$DIR" 2>/dev/null || true
  rm -f "$DIR/docker.pid"
}

case "${1:-}" in
  deps) install_packages "${2:-}" ;;
  up) install_packages private; start; DOCKER_HOST="$PRIVATE_HOST" build_image || [ $? = 3 ] ;;
  start) start ;;
  stop) stop ;;
  down) down ;;
  image) build_image ;;
  answers) docker version >/dev/null 2>&1 ;;
  host) cli_host ;;
  owns) owns ;;
  env) echo "export DOCKER_HOST=$PRIVATE_HOST BERTH_ENGINE_DIR=$DIR BERTH_TLS_PORT=$TLS_PORT" ;;
  *) echo "usage: $0 deps [private]|up|start|stop|down|image|answers|host|owns|env" >&2; exit 2 ;;
esac
