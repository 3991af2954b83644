# Start/stop functions for the backing services on one machine (sourced by ./ticketing).
# Each *_start is idempotent: it returns at once when its service already answers.
# Each *_stop stops only the process recorded in run/NAME.pid.

# ---------------------------------------------------------------- prerequisites
ensure_prerequisites() {
  [ -x "$JAVA25/bin/java" ] || die "no JDK 21+ at $JAVA25 (set TICKETGRID_JAVA_HOME to a JDK 21+ home)"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "PostgreSQL server binaries are missing: apt-get install postgresql"
    log "installing PostgreSQL from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null ||
      die "apt-get install postgresql failed"
  fi
  local tool
  for tool in unzip curl; do
    command -v "$tool" >/dev/null && continue
    [ "$(id -u)" = 0 ] || die "$tool is missing: apt-get install $tool"
    log "installing $tool from Debian's packages"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null 2>&1 ||
      { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; } ||
      die "apt-get install $tool failed"
  done
  # Browser tests drive Debian's Chromium (Playwright never downloads a browser here).
  if ! [ -x /usr/bin/chromium ]; then
    [ "$(id -u)" = 0 ] || die "Chromium is missing (browser tests need it): apt-get install chromium"
    log "installing Chromium from Debian's packages (for the browser tests)"
    { DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1; } ||
      die "apt-get install chromium failed"
  fi
  ensure_service_user
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }

# ---------------------------------------------------------------- PostgreSQL
PG_DIR() { echo "$TG_HOME/pg"; }
pg_up() { "$(pg_bin)/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }
pg_start() {
  pg_up && return 0
  local d bin
  d=$(PG_DIR)
  bin=$(pg_bin)
  mkdir -p "$d/run"
  [ "$(id -u)" = 0 ] && chown -R "$SERVICE_USER:" "$d"
  if [ ! -f "$d/data/PG_VERSION" ]; then
    log "initialising PostgreSQL in $d/data"
    as_service "$bin/initdb" -D "$d/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$LOGS/pg-initdb.log" 2>&1 ||
      die "initdb failed; see $LOGS/pg-initdb.log"
    cat >>"$d/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$d/run'
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
max_connections = 200
shared_buffers = 256MB
EOF
  fi
  log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
  touch "$LOGS/pg.log"
  [ "$(id -u)" = 0 ] && chown "$SERVICE_USER:" "$LOGS/pg.log"
  as_service "$bin/pg_ctl" -D "$d/data" -l "$LOGS/pg.log" -w -t 60 start >/dev/null || die "PostgreSQL did not start; see $LOGS/pg.log"
  head -n 1 "$d/data/postmaster.pid" >"$RUN/pg.pid"
  psql_admin -tc "SELECT 1 FROM pg_roles WHERE rolname = 'ticketgrid'" | grep -q 1 ||
    psql_admin -c "CREATE ROLE ticketgrid LOGIN REPLICATION PASSWORD 'ticketgrid'" >/dev/null
  psql_admin -tc "SELECT 1 FROM pg_database WHERE datname = 'ticketgrid'" | grep -q 1 ||
    psql_admin -c "CREATE DATABASE ticketgrid OWNER ticketgrid" >/dev/null
}
psql_admin() { "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
pg_stop() {
  local d
  d=$(PG_DIR)
  [ -s "$RUN/pg.pid" ] || return 0
  if [ -f "$d/data/postmaster.pid" ]; then
    as_service "$(pg_bin)/pg_ctl" -D "$d/data" -m fast -w stop >/dev/null 2>&1 && log "stopped PostgreSQL"
  fi
  rm -f "$RUN/pg.pid"
}

# ---------------------------------------------------------------- Kafka (KRaft, one node)
kafka_up() { port_open "$KAFKA_PORT" && grep -q 'Kafka Server started' "$LOGS/kafka.log" 2>/dev/null; }
kafka_start() {
  port_open "$KAFKA_PORT" && return 0
  local d cp
  d=$TG_HOME/kafka
  mkdir -p "$d/data"
  cp=$(classpath_of "$TG_ROOT/vm/local/kafka/pom.xml" "$TG_HOME/kafka/classpath.txt")
  cat >"$d/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$d/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  if [ ! -f "$d/data/meta.properties" ]; then
    "$JAVA17/bin/java" -cp "$cp" kafka.tools.StorageTool format -c "$d/server.properties" \
      -t "$("$JAVA17/bin/java" -cp "$cp" kafka.tools.StorageTool random-uuid)" >"$LOGS/kafka-format.log" 2>&1 ||
      die "formatting Kafka storage failed; see $LOGS/kafka-format.log"
  fi
  log "starting Kafka on 127.0.0.1:$KAFKA_PORT"
  : >"$LOGS/kafka.log"
  spawn kafka "$JAVA17/bin/java" -Xms384m -Xmx512m -XX:+UseG1GC -Dlog4j2.level=INFO -cp "$cp" kafka.Kafka "$d/server.properties"
}
kafka_wait() { WAIT_PID_NAME=kafka wait_for Kafka 120 kafka_up; }
kafka_stop() { stop_pid kafka; }

# ---------------------------------------------------------------- Elasticsearch 8.19 (core modules only)
es_up() { curl -sf "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; }
es_start() {
  port_open "$ES_PORT" && return 0
  local b home zip
  b=$TG_HOME/es
  home=$b/elasticsearch-$ES_VERSION
  if [ ! -x "$home/bin/elasticsearch" ]; then
    mkdir -p "$b"
    log "fetching Elasticsearch $ES_VERSION from Maven Central (once)"
    mvnw org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$b" >/dev/null || die "could not fetch Elasticsearch"
    zip=$b/elasticsearch-$ES_VERSION.zip
    unzip -qo "$zip" -d "$b" && rm -f "$zip"
    cat >"$home/config/elasticsearch.yml" <<EOF
cluster.name: ticketgrid
path.data: $b/data
path.logs: $b/logs
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: 9300
discovery.type: single-node
xpack.security.enabled: false
xpack.ml.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
EOF
    printf -- '-Xms512m\n-Xmx512m\n' >"$home/config/jvm.options.d/heap.options"
  fi
  mkdir -p "$b/data" "$b/logs" "$b/tmp"
  [ "$(id -u)" = 0 ] && chown -R "$SERVICE_USER:" "$b"
  log "starting Elasticsearch on 127.0.0.1:$ES_PORT"
  rm -f "$b/es.pid"
  as_service env ES_JAVA_HOME="$JAVA17" ES_TMPDIR="$b/tmp" "$home/bin/elasticsearch" -d -p "$b/es.pid" \
    >"$LOGS/es-launcher.log" 2>&1 || die "Elasticsearch did not start; see $LOGS/es-launcher.log and $b/logs"
  for _ in $(seq 40); do [ -s "$b/es.pid" ] && break; sleep 0.5; done
  cp "$b/es.pid" "$RUN/es.pid" 2>/dev/null || true
}
es_wait() { wait_for Elasticsearch 180 es_up; }
es_stop() { stop_pid es; }

# ---------------------------------------------------------------- GreenMail (SMTP for development and tests)
mail_up() { port_open "$SMTP_PORT" && port_open "$MAIL_API_PORT"; }
mail_start() {
  port_open "$SMTP_PORT" && return 0
  local cp
  cp=$(classpath_of "$TG_ROOT/vm/local/mail/pom.xml" "$TG_HOME/mail-classpath.txt")
  log "starting GreenMail (SMTP 127.0.0.1:$SMTP_PORT, IMAP $IMAP_PORT, API $MAIL_API_PORT)"
  spawn mail "$JAVA25/bin/java" -Xmx512m \
    -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.hostname=127.0.0.1 \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -cp "$cp" com.icegreen.greenmail.standalone.GreenMailStandaloneRunner
}
mail_wait() { WAIT_PID_NAME=mail wait_for GreenMail 60 mail_up; }
mail_stop() { stop_pid mail; }

# ---------------------------------------------------------------- schema (Flyway, before CDC starts)
db_migrate() {
  local cp
  cp=$TG_ROOT/db/target/classes:$(cat "$TG_ROOT/db/target/db-classpath.txt")
  "$JAVA25/bin/java" -cp "$cp" org.ticketgrid.db.Migrate "jdbc:postgresql://127.0.0.1:$PG_PORT/ticketgrid" ticketgrid ticketgrid \
    >>"$LOGS/migrate.log" 2>&1 || die "database migration failed; see $LOGS/migrate.log"
}

# ---------------------------------------------------------------- Kafka Connect + Debezium (CDC, pgoutput)
connect_up() {
  curl -sf "http://127.0.0.1:$CONNECT_PORT/connectors/ticketgrid-postgres/status" 2>/dev/null | grep -q '"state":"RUNNING".*"tasks":\[{"id":0,"state":"RUNNING"'
}
connect_start() {
  port_open "$CONNECT_PORT" && return 0
  local d cp
  d=$TG_HOME/connect
  mkdir -p "$d"
  cp=$(classpath_of "$TG_ROOT/vm/local/connect/pom.xml" "$d/classpath.txt")
  sed -e "s#@OFFSETS@#$d/offsets.dat#" -e "s#@CONNECT_PORT@#$CONNECT_PORT#" -e "s#@KAFKA_PORT@#$KAFKA_PORT#" \
    "$TG_ROOT/vm/local/connect/worker.properties" >"$d/worker.properties"
  sed -e "s#@PG_PORT@#$PG_PORT#" "$TG_ROOT/vm/local/connect/postgres-cdc.properties" >"$d/postgres-cdc.properties"
  log "starting Kafka Connect with Debezium (REST 127.0.0.1:$CONNECT_PORT)"
  spawn connect "$JAVA17/bin/java" -Xms256m -Xmx512m -Dlog4j2.configurationFile="$TG_ROOT/vm/local/connect/log4j2.xml" \
    -cp "$cp" org.apache.kafka.connect.cli.ConnectStandalone "$d/worker.properties" "$d/postgres-cdc.properties"
}
connect_wait() { WAIT_PID_NAME=connect wait_for "Kafka Connect" 180 connect_up; }
connect_stop() { stop_pid connect; }

# ---------------------------------------------------------------- payment sandbox (Stripe-compatible)
sandbox_up() { curl -sf "http://127.0.0.1:$SANDBOX_PORT/health" >/dev/null; }
sandbox_start() {
  port_open "$SANDBOX_PORT" && return 0
  local m=$TG_ROOT/payment-sandbox/target
  [ -s "$m/sandbox-classpath.txt" ] || die "payment sandbox is not built (run ./ticketing build)"
  log "starting the payment sandbox on 127.0.0.1:$SANDBOX_PORT"
  local cp
  cp=$(snapshot_classpath sandbox "$m/classes:$(cat "$m/sandbox-classpath.txt")")
  SANDBOX_PORT=$SANDBOX_PORT SANDBOX_WEBHOOK_URL=${SANDBOX_WEBHOOK_URL:-http://127.0.0.1:$WEB_PORT/api/v1/payments/stripe/webhook} \
    spawn sandbox "$JAVA25/bin/java" -Xmx768m -XX:TieredStopAtLevel=1 -cp "$cp" \
    org.ticketgrid.sandbox.PaymentSandbox
}
sandbox_wait() { WAIT_PID_NAME=sandbox wait_for "payment sandbox" 60 sandbox_up; }
sandbox_stop() { stop_pid sandbox; }

# A copy of a service's own build output (the classpath entries under this checkout) in the state
# dir, so that rebuilding the checkout (mvn package replaces jars and classes) cannot pull classes
# from under a running JVM. Prints the classpath to start with.
snapshot_classpath() {
  local name=$1 cp=$2 dir=$RUN/$1-classes entry out="" i=0
  rm -rf "$dir" && mkdir -p "$dir"
  IFS=':' read -ra entries <<<"$cp"
  for entry in "${entries[@]}"; do
    if [[ "$entry" == "$TG_ROOT"/* ]]; then
      i=$((i + 1))
      if [ -d "$entry" ]; then
        cp -r "$entry" "$dir/$i" && entry=$dir/$i
      elif [ -f "$entry" ]; then
        cp "$entry" "$dir/$i-$(basename "$entry")" && entry=$dir/$i-$(basename "$entry")
      fi
    fi
    out=${out:+$out:}$entry
  done
  echo "$out"
}

# ---------------------------------------------------------------- Hazelcast member with Jet
grid_up() { curl -sf "http://127.0.0.1:$GRID_PORT/hazelcast/health/ready" >/dev/null; }
grid_start() {
  port_open "$GRID_PORT" && return 0
  local m=$TG_ROOT/jet-pipelines/target
  [ -s "$m/member-classpath.txt" ] || die "grid member is not built (run ./ticketing build)"
  log "starting a Hazelcast member with Jet on 127.0.0.1:$GRID_PORT"
  local cp
  cp=$(snapshot_classpath grid "$m/classes:$(cat "$m/member-classpath.txt")")
  # shellcheck disable=SC2086
  spawn grid "$JAVA25/bin/java" -Xms512m -Xmx1g -XX:+UseZGC $HAZELCAST_JVM_FLAGS \
    -Dhazelcast.logging.type=slf4j \
    -cp "$cp" org.ticketgrid.grid.GridMember
}
grid_wait() { WAIT_PID_NAME=grid wait_for "grid member" 120 grid_up; }
grid_stop() { stop_pid grid; }

# ---------------------------------------------------------------- the web app
web_up() { curl -sf "http://127.0.0.1:$WEB_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }
web_start() {
  port_open "$WEB_PORT" && return 0
  local jar=$TG_ROOT/web-app/target/ticketgrid-web-app.jar
  [ -s "$jar" ] || die "web app is not built (run ./ticketing build)"
  log "starting the web app on http://localhost:$WEB_PORT"
  # Run a copy: a rebuild of the checkout must not swap the jar under the running app.
  cp "$jar" "$RUN/web-app.jar" && jar=$RUN/web-app.jar
  # shellcheck disable=SC2086
  # Local http: the session cookie cannot be Secure-only (production keeps the default, true).
  TICKETGRID_DEMO_DATA=${TICKETGRID_DEMO_DATA:-true} TICKETGRID_COOKIE_SECURE=${TICKETGRID_COOKIE_SECURE:-false} \
    spawn web "$JAVA25/bin/java" -Xms256m -Xmx768m -XX:+UseG1GC $HAZELCAST_JVM_FLAGS \
    -jar "$jar" --server.port="$WEB_PORT"
}
web_wait() { WAIT_PID_NAME=web wait_for "web app" 240 web_up; }
web_stop() { stop_pid web; }
