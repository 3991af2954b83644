#!/usr/bin/env bash
# Benchmarks, called by the launcher as `./ticketing bench <name> [options]`.
#
#   ./ticketing bench holds [--quick] [options]   seat holds: grid vs PostgreSQL vs Redis, and HTTP
#
# See docs/benchmarks.md. Everything runs on loopback; only what this script starts is stopped.
set -euo pipefail

TG_ROOT=${TG_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
export TG_ROOT
# shellcheck source=vm/local/common.sh
. "$TG_ROOT/vm/local/common.sh"
# shellcheck source=vm/local/services.sh
. "$TG_ROOT/vm/local/services.sh"

BENCH_REDIS_PORT=6390
BENCH_DB=ticketgrid_bench

bench_usage() {
  cat <<EOF2
usage: ./ticketing bench <benchmark> [options]

  list    this list
  holds   seat holds through a Hazelcast client vs PostgreSQL (FOR UPDATE SKIP LOCKED) vs Redis
          (Lua SET NX PX), even spread and hot event, closed and open loop; then HTTP end to end.
          --quick for a 1-2 minute run; --help for every option.
  payments  a burst of paid orders: sandbox confirm -> webhook -> Kafka -> booking consumer ->
          order CONFIRMED, p50/p99 against payments one at a time in the same run.
          --count N (default 1000); --help for every option.
  event-json  GET /api/v1/events/{id} of a cached event, open loop, against a static file as the
          floor of the same run; --help for every option.
EOF2
}

# The stack the holds bench needs: PostgreSQL, the grid member and the web app. If all three
# answer, nothing is started (whoever started them keeps them). If some listen but are not healthy
# yet (someone is restarting them), wait rather than start a second copy; only if nothing listens
# run `./ticketing up`.
stack_up() { pg_up && grid_up && web_up; }
ensure_stack() {
  if stack_up; then
    log "stack is up (PostgreSQL, grid, web app); using it as it is"
  elif port_open "$WEB_PORT" || port_open "$GRID_PORT"; then
    log "stack is listening but not healthy yet; waiting up to 180 s"
    wait_for "the stack" 180 stack_up || die "the stack listens but is not healthy; see ./ticketing status"
  else
    log "stack not up; running ./ticketing up"
    "$TG_ROOT/ticketing" up
  fi
}

ensure_bench_db() {
  psql_admin -tc "SELECT 1 FROM pg_database WHERE datname = '$BENCH_DB'" | grep -q 1 ||
    psql_admin -c "CREATE DATABASE $BENCH_DB OWNER ticketgrid" >/dev/null
}

# A private redis-server: loopback, persistence off, pid recorded, stopped by pid at the end.
redis_start() {
  if ! command -v redis-server >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "redis-server is missing: apt-get install redis-server"
    log "installing redis-server from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null 2>&1 ||
      { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null; } ||
      die "could not install redis-server"
  fi
  if port_open "$BENCH_REDIS_PORT"; then
    pid_alive bench-redis || die "port $BENCH_REDIS_PORT is taken by something this script did not start"
    return 0
  fi
  local d=$TG_HOME/bench-redis
  mkdir -p "$d"
  redis-server --bind 127.0.0.1 --port "$BENCH_REDIS_PORT" --save '' --appendonly no --dir "$d" \
    --protected-mode yes --daemonize no --logfile "$LOGS/bench-redis.log" >/dev/null 2>&1 </dev/null &
  echo $! >"$RUN/bench-redis.pid"
  wait_for "redis-server" 10 port_open "$BENCH_REDIS_PORT" || die "redis-server did not start; see $LOGS/bench-redis.log"
  log "redis-server on 127.0.0.1:$BENCH_REDIS_PORT (pid $(cat "$RUN/bench-redis.pid"), persistence off)"
}
redis_stop() { stop_pid bench-redis; }

build_bench() {
  log "building the bench module"
  (cd "$TG_ROOT" && ./mvnw -B -q -pl bench -am package -DskipTests) || die "bench build failed"
  [ -s "$TG_ROOT/bench/target/bench-classpath.txt" ] || die "no bench classpath"
}

bench_holds() {
  local a
  for a in "$@"; do
    case "$a" in -h | --help)
      [ -s "$TG_ROOT/bench/target/bench-classpath.txt" ] || build_bench
      holds_java --help
      return 0 ;;
    esac
  done
  ensure_stack
  ensure_bench_db
  redis_start
  trap redis_stop EXIT
  build_bench
  local out=$TG_HOME/bench/holds-$(date -u +%Y%m%dT%H%M%SZ).md
  mkdir -p "$TG_HOME/bench"
  local rc=0
  holds_java --out "$out" "$@" || rc=$?
  log "report written to $out"
  return $rc
}

# A benchmark that needs only the running stack: its Java main, its name, its options.
bench_simple() {
  local main=$1 name=$2 a
  shift 2
  for a in "$@"; do
    case "$a" in -h | --help)
      [ -s "$TG_ROOT/bench/target/bench-classpath.txt" ] || build_bench
      bench_java "$main" --help
      return 0 ;;
    esac
  done
  ensure_stack
  build_bench
  local out=$TG_HOME/bench/$name-$(date -u +%Y%m%dT%H%M%SZ).md
  mkdir -p "$TG_HOME/bench"
  local rc=0
  bench_java "$main" --out "$out" "$@" || rc=$?
  log "report written to $out"
  return $rc
}

bench_java() {
  local cp main=$1
  shift
  cp=$TG_ROOT/bench/target/classes:$(cat "$TG_ROOT/bench/target/bench-classpath.txt")
  "$JAVA_HOME/bin/java" -Xms256m -Xmx1g -XX:+UseZGC -cp "$cp" "$main" "$@"
}

holds_java() {
  local cp
  cp=$TG_ROOT/bench/target/classes:$(cat "$TG_ROOT/bench/target/bench-classpath.txt")
  # shellcheck disable=SC2086 # the flags are a word list
  "$JAVA_HOME/bin/java" $HAZELCAST_JVM_FLAGS -Xms1g -Xmx2g -XX:+UseZGC \
    -cp "$cp" org.ticketgrid.bench.Main "$@"
}

main() {
  local what=${1:-list}
  [ $# -gt 0 ] && shift
  prepare_state_dir
  case "$what" in
    holds) bench_holds "$@" ;;
    payments) bench_simple org.ticketgrid.bench.PaymentBurst payments "$@" ;;
    event-json) bench_simple org.ticketgrid.bench.EventReadBench event-json "$@" ;;
    draw)
      [ -s "$TG_ROOT/bench/target/bench-classpath.txt" ] || build_bench
      bench_java org.ticketgrid.bench.QueueDraw "$@" ;;
    list | -h | --help) bench_usage ;;
    *) bench_usage; exit 2 ;;
  esac
}
main "$@"
