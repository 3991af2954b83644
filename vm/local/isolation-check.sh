#!/usr/bin/env bash
# Shows that the test suite neither depends on nor disturbs a platform someone is using (ADR 0032):
#
#   1. `./ticketing up` (demo data present), then the platform is used from this machine until its
#      sign-up and password-reset throttles refuse (429);
#   2. the platform's rows (every table but the session store, which expires by the clock) and its
#      search documents are counted;
#   3. `./ticketing test "$@"` runs (arguments go to Maven, e.g. -Dit.test=OrdersIT for a short run);
#   4. the counts are taken again and must be equal, and the platform must still be healthy.
#
# Usage: vm/local/isolation-check.sh [maven arguments for ./ticketing test]
# Exit status: that of the tests, or 1 if the platform's data changed or it went down.
set -euo pipefail

TG_ROOT=${TG_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
export TG_ROOT
# shellcheck source=vm/local/common.sh
. "$TG_ROOT/vm/local/common.sh"
# shellcheck source=vm/local/services.sh
. "$TG_ROOT/vm/local/services.sh"

use_stack platform
"$TG_ROOT/ticketing" up

api="http://127.0.0.1:$WEB_PORT/api/v1"
# exhaust NAME PATH BODY-TEMPLATE: post until the platform answers 429 (at most 200 tries).
exhaust() {
  local name=$1 path=$2 template=$3 i status
  for i in $(seq 200); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
      -d "${template//@N@/$i-$RANDOM}" "$api$path")
    if [ "$status" = 429 ]; then
      log "platform: $name throttle exhausted after $i requests (429)"
      return 0
    fi
  done
  die "platform: $name never answered 429"
}
exhaust sign-up /auth/register '{"email":"isolation-@N@@example.com","password":"Isolation-Check-Passphrase-42","displayName":"Isolation"}'
exhaust password-reset /auth/password-reset '{"email":"isolation-@N@@example.com"}'

# counts: one line per table (rows) plus the search index's documents, sorted.
counts() {
  local t
  for t in $("$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U ticketgrid -d ticketgrid -Atc \
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'spring_session%' ORDER BY 1"); do
    printf '%s %s\n' "$t" "$("$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U ticketgrid -d ticketgrid -Atc "SELECT count(*) FROM \"$t\"")"
  done
  printf 'elasticsearch:events %s\n' "$(curl -sf "http://127.0.0.1:$ES_PORT/events/_count" | sed -E 's/.*"count":([0-9]+).*/\1/')"
}
before=$(mktemp) after=$(mktemp)
trap 'rm -f "$before" "$after"' EXIT
counts >"$before"
log "platform before the tests: $(wc -l <"$before") tables, $(awk '{s+=$2} END {print s}' "$before") rows and documents"

rc=0
"$TG_ROOT/ticketing" test "$@" || rc=$?

use_stack platform
counts >"$after"
log "platform after the tests:  $(wc -l <"$after") tables, $(awk '{s+=$2} END {print s}' "$after") rows and documents"
if ! diff -u "$before" "$after"; then
  warn "the platform's data changed while the tests ran"
  rc=1
else
  log "the platform's data is as it was"
fi
web_up || { warn "the platform's web app is no longer healthy"; rc=1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"email":"isolation-after@example.com","password":"Isolation-Check-Passphrase-42","displayName":"I"}' "$api/auth/register")
[ "$status" = 429 ] && log "platform: its sign-up throttle is still exhausted (the tests did not share it)"
log "tests exit $rc"
exit $rc
