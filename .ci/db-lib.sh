# Sourced by .ci/run and .ci/bench: start the project's FerretDB on a free loopback port, on PostgreSQL when a
# server answers on loopback (a fresh throw-away database per run, dropped afterwards), on SQLite otherwise.
# After db_start: MONGODB_URI and DB_BACKEND are set; db_stop (call it from an EXIT trap) undoes everything.
#   CI_PG_HOST (127.0.0.1), CI_PG_PORT (5432), CI_PG_USER (postgres): where to look for PostgreSQL.
#   CI_DB_BACKEND=sqlite|postgresql: force one backend instead of choosing.

DB_PID=""
DB_PG_NAME=""
DB_TMP_DIR=""
DB_LOG=""
CI_PG_HOST="${CI_PG_HOST:-127.0.0.1}"
CI_PG_PORT="${CI_PG_PORT:-5432}"
CI_PG_USER="${CI_PG_USER:-postgres}"

db_log() { echo "${DB_LOG_PREFIX:-db}: $*" >&2; }

# True when a PostgreSQL server answers on loopback and we have the client tools to make a database there.
db_postgres_available() {
  command -v pg_isready >/dev/null 2>&1 && command -v createdb >/dev/null 2>&1 && command -v dropdb >/dev/null 2>&1 || return 1
  pg_isready -q -h "$CI_PG_HOST" -p "$CI_PG_PORT" -U "$CI_PG_USER" -t 3
}

db_free_port() {
  node -e '
const s = require("net").createServer();
s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => console.log(port)); });
'
}

db_start() {
  local ci_dir="$1"
  DB_TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-ci.XXXXXX")"
  DB_LOG="$DB_TMP_DIR/ferretdb.log"
  local backend="${CI_DB_BACKEND:-}"
  if [[ -z "$backend" ]]; then
    if db_postgres_available; then backend=postgresql; else backend=sqlite; fi
  fi
  local port args
  port="$(db_free_port)"
  args=(-listen "127.0.0.1:$port" -log-level warn)
  if [[ "$backend" == postgresql ]]; then
    DB_PG_NAME="wellbeing_ci_$(date +%s)_$$_$RANDOM"
    createdb -h "$CI_PG_HOST" -p "$CI_PG_PORT" -U "$CI_PG_USER" "$DB_PG_NAME"
    args+=(-handler postgresql -postgresql-url "postgres://$CI_PG_USER@$CI_PG_HOST:$CI_PG_PORT/$DB_PG_NAME")
    DB_BACKEND="FerretDB on PostgreSQL ($CI_PG_HOST:$CI_PG_PORT, throw-away database $DB_PG_NAME)"
  else
    args+=(-handler sqlite -data-dir "$DB_TMP_DIR/data")
    DB_BACKEND="FerretDB on SQLite (no PostgreSQL answered on $CI_PG_HOST:$CI_PG_PORT; data in $DB_TMP_DIR/data)"
  fi
  db_log "starting $DB_BACKEND on 127.0.0.1:$port"
  "$ci_dir/bin/ferretdb-ci" "${args[@]}" >"$DB_LOG" 2>&1 &
  DB_PID=$!
  export MONGODB_URI="mongodb://127.0.0.1:$port/"
  db_wait_for_ping
}

# Waits until the database answers a ping (up to ~60 s), or fails if FerretDB exits first.
db_wait_for_ping() {
  local started
  started=$(date +%s%N)
  if ! DB_PID="$DB_PID" node -e '
const { MongoClient } = require("mongodb");
const deadline = Date.now() + 60000;
(async () => {
  for (;;) {
    try { process.kill(Number(process.env.DB_PID), 0); } catch { console.error("FerretDB exited during start-up"); process.exit(1); }
    const client = new MongoClient(process.env.MONGODB_URI, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
    try { await client.db("admin").command({ ping: 1 }); await client.close(); process.exit(0); }
    catch (e) { await client.close().catch(() => {}); if (Date.now() > deadline) { console.error("no ping answer within 60 s: " + e.message); process.exit(1); } }
    await new Promise((r) => setTimeout(r, 250));
  }
})();
'; then
    db_log "FerretDB did not come up"
    return 1
  fi
  db_log "database answered a ping after $(( ($(date +%s%N) - started) / 1000000 )) ms: $DB_BACKEND"
}

# Stops what db_start started: FerretDB (SIGTERM, then SIGKILL after 10 s), the PostgreSQL database, the temp dir.
# $1: the exit status so far; the FerretDB log is shown when it is non-zero.
db_stop() {
  local status="${1:-0}"
  if [[ -n "$DB_PID" ]] && kill -0 "$DB_PID" 2>/dev/null; then
    kill -TERM "$DB_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$DB_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$DB_PID" 2>/dev/null; then
      db_log "FerretDB did not stop on SIGTERM; killing it"
      kill -KILL "$DB_PID" 2>/dev/null || true
    fi
    wait "$DB_PID" 2>/dev/null || true
  fi
  DB_PID=""
  if [[ -n "$DB_PG_NAME" ]]; then
    dropdb -h "$CI_PG_HOST" -p "$CI_PG_PORT" -U "$CI_PG_USER" --if-exists --force "$DB_PG_NAME" || db_log "could not drop $DB_PG_NAME"
    DB_PG_NAME=""
  fi
  if [[ "$status" -ne 0 && -s "$DB_LOG" ]]; then
    db_log "last lines of the FerretDB log:"
    tail -n 60 "$DB_LOG" >&2 || true
  fi
  [[ -n "$DB_TMP_DIR" ]] && rm -rf "$DB_TMP_DIR"
  DB_TMP_DIR=""
}
