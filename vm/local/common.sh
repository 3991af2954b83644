# Shared settings and helpers for the local launcher (sourced by ./ticketing).
# Every service runs on loopback; ports are listed in docs/ports.md and in the README.

TG_ROOT=${TG_ROOT:?}
JAVA25=${TICKETGRID_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Elasticsearch 8.19 and Kafka 4.1 are verified on Java 17 here; fall back to 25 where 17 is missing.
JAVA17=${TICKETGRID_SERVICE_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
[ -x "$JAVA17/bin/java" ] || JAVA17=$JAVA25
export JAVA_HOME=$JAVA25

SERVICE_USER=${TICKETGRID_SERVICE_USER:-ticketgrid}

ES_VERSION=8.19.21

# State (data, logs, pids) lives in one git-ignored folder. As root, services that refuse root
# run as $SERVICE_USER, who cannot enter /root (mode 700) where a checkout may live; so the
# folder is then kept under /var/lib/ticketgrid and .ticketgrid is a link to it.
tg_state_dir() {
  if [ "$(id -u)" = 0 ]; then
    local slug
    slug=$(basename "$TG_ROOT")-$(printf '%s' "$TG_ROOT" | sha1sum | cut -c1-8)
    echo "/var/lib/ticketgrid/$slug"
  else
    echo "$TG_ROOT/.ticketgrid"
  fi
}
# Two stacks of backing services can run side by side (ADR 0032): the platform that
# `./ticketing up` starts for people to use, and the test stack that `./ticketing test` (and
# `./ticketing services`, which the test harness calls) starts for the test suite. Each has its own
# state folder, ports (the base ports below shifted by an offset) and Hazelcast/Elasticsearch cluster
# names, so the tests never read or write the platform's data, throttles or grid maps.
PLATFORM_HOME=${TICKETGRID_HOME:-$(tg_state_dir)}
# The test harness (test-harness/RealStack) computes the same addresses from the same offset.
TEST_PORT_OFFSET=${TICKETGRID_TEST_PORT_OFFSET:-10000}

# use_stack platform|test: point every setting (ports, state folder, cluster names) at one stack
# and export what the processes we start (grid member, Jet pipelines, web app) read.
use_stack() {
  local off
  TG_STACK=$1
  case "$1" in
    platform) off=${TICKETGRID_PORT_OFFSET:-0}; TG_HOME=$PLATFORM_HOME; CLUSTER_NAME=ticketgrid ;;
    test) off=$TEST_PORT_OFFSET; TG_HOME=$PLATFORM_HOME/test-stack; CLUSTER_NAME=ticketgrid-test ;;
    *) die "unknown stack $1" ;;
  esac
  PORT_OFFSET=$off
  PG_PORT=$((55432 + off))
  KAFKA_PORT=$((9092 + off))
  KAFKA_CONTROLLER_PORT=$((9093 + off))
  CONNECT_PORT=$((8083 + off))
  ES_PORT=$((9200 + off))
  ES_TRANSPORT_PORT=$((9300 + off))
  SMTP_PORT=$((3025 + off))
  IMAP_PORT=$((3143 + off))
  MAIL_API_PORT=$((8025 + off))
  GRID_PORT=$((5701 + off))
  SANDBOX_PORT=$((12111 + off))
  if [ "$1" = platform ]; then WEB_PORT=${TICKETGRID_WEB_PORT:-$((8080 + off))}; else WEB_PORT=$((8080 + off)); fi
  LOGS=$TG_HOME/logs
  RUN=$TG_HOME/run
  export TICKETGRID_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ticketgrid"
  export TICKETGRID_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
  export TICKETGRID_ELASTICSEARCH_URL="http://127.0.0.1:$ES_PORT"
  export TICKETGRID_SEARCH_ELASTICSEARCH_URL="http://127.0.0.1:$ES_PORT"
  export TICKETGRID_GRID_PORT=$GRID_PORT
  export TICKETGRID_GRID_MEMBERS="127.0.0.1:$GRID_PORT"
  export TICKETGRID_GRID_CLUSTER_NAME=$CLUSTER_NAME
  export TICKETGRID_SMTP_PORT=$SMTP_PORT
  export TICKETGRID_PAYMENTS_API_BASE="http://127.0.0.1:$SANDBOX_PORT"
  export TICKETGRID_TEST_PORT_OFFSET=$TEST_PORT_OFFSET
}

log() { printf '\033[1;34m[ticketing]\033[0m %s\n' "$*" >&2; }
warn() { printf '\033[1;33m[ticketing]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[ticketing]\033[0m %s\n' "$*" >&2; exit 1; }

prepare_state_dir() {
  mkdir -p "$PLATFORM_HOME" "$TG_HOME" "$LOGS" "$RUN"
  if [ "$PLATFORM_HOME" != "$TG_ROOT/.ticketgrid" ]; then
    if [ -L "$TG_ROOT/.ticketgrid" ] || [ ! -e "$TG_ROOT/.ticketgrid" ]; then
      ln -sfn "$PLATFORM_HOME" "$TG_ROOT/.ticketgrid"
    fi
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid_alive NAME: the process recorded in run/NAME.pid is alive.
pid_alive() {
  local f="$RUN/$1.pid" p
  [ -s "$f" ] || return 1
  p=$(cat "$f")
  kill -0 "$p" 2>/dev/null
}

# stop_pid NAME: stop the process we recorded (never anything else), then forget it.
stop_pid() {
  local f="$RUN/$1.pid" p i
  [ -s "$f" ] || return 0
  p=$(cat "$f")
  if kill -0 "$p" 2>/dev/null; then
    kill "$p" 2>/dev/null || true
    for i in $(seq 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$p" 2>/dev/null; then
      warn "$1 (pid $p) did not stop in 30 s; sending KILL"
      kill -9 "$p" 2>/dev/null || true
    fi
    log "stopped $1 (pid $p)"
  fi
  rm -f "$f"
}

# wait_for NAME SECONDS COMMAND...: poll until the command succeeds.
wait_for() {
  local name=$1 secs=$2 i
  shift 2
  for i in $(seq $((secs * 2))); do
    if "$@"; then return 0; fi
    if [ -n "${WAIT_PID_NAME:-}" ] && ! pid_alive "$WAIT_PID_NAME"; then
      warn "$name exited during start-up; last lines of its log:"
      tail -n 30 "$LOGS/$WAIT_PID_NAME.log" >&2 2>/dev/null || true
      return 1
    fi
    sleep 0.5
  done
  warn "$name not ready after ${secs}s"
  return 1
}

# Start a background process with its own session, record its pid, log to logs/NAME.log.
spawn() {
  local name=$1
  shift
  setsid nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null &
  echo $! >"$RUN/$name.pid"
}

mvnw() { (cd "$TG_ROOT" && ./mvnw -B -q "$@"); }

# classpath_of POM OUT: resolve a helper pom's classpath once (Maven caches the jars).
classpath_of() {
  local pom=$1 out=$2
  if [ ! -s "$out" ] || [ "$pom" -nt "$out" ]; then
    mvnw -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" >/dev/null ||
      die "could not resolve the classpath of $pom"
  fi
  cat "$out"
}

ensure_service_user() {
  [ "$(id -u)" = 0 ] || return 0
  id -u "$SERVICE_USER" >/dev/null 2>&1 ||
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SERVICE_USER"
}

# as_service CMD...: run as the unprivileged service account when we are root.
as_service() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$SERVICE_USER" -- "$@"; else "$@"; fi
}

HAZELCAST_JVM_FLAGS="--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED \
--add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens java.management/sun.management=ALL-UNNAMED \
--add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED \
--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"

# The platform unless a command says otherwise (./ticketing test and services use the test stack).
use_stack platform
