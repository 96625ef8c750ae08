# Shared by the reliability scripts: the binary, a scratch directory, a key ring, free ports,
# fresh PostgreSQL schemas, starting nodes and counting what was acknowledged and stored.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pg_base="${COOKIEWARDEN_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}"

# The release binary unless COOKIEWARDEN_BIN names one: crash timing means little on a debug build.
if [ -z "${COOKIEWARDEN_BIN:-}" ]; then
  (cd "$root" && cargo build --release --locked -p cookiewarden >&2)
  COOKIEWARDEN_BIN="${CARGO_TARGET_DIR:-$root/target}/release/cookiewarden"
fi
bin="$COOKIEWARDEN_BIN"

work="$(mktemp -d)"
pids=()
schemas=()
cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for schema in "${schemas[@]}"; do psql -q "$pg_base" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Every node of one deployment shares the key ring.
COOKIEWARDEN_KEYS="reliability:$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
export COOKIEWARDEN_KEYS

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# A fresh schema on the test PostgreSQL; prints the URL that opens it.
postgres_schema() {
  local schema="rel_$(python3 -c 'import secrets; print(secrets.token_hex(5))')"
  psql -q "$pg_base" -c "CREATE SCHEMA $schema" >/dev/null
  schemas+=("$schema")
  local separator='?'
  case "$pg_base" in *\?*) separator='&' ;; esac
  echo "${pg_base}${separator}options[search_path]=${schema}"
}

# Waits until http://127.0.0.1:PORT/healthz (or PORT PATH) answers.
wait_up() {
  for _ in $(seq 1 200); do
    curl -fs "http://127.0.0.1:$1${2:-/healthz}" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "nothing answers on port $1" >&2
  return 1
}

# `serve --demo` on PORT over DATABASE, in the background; sets $started to its pid.
start_serve() {
  "$bin" serve --demo --listen "127.0.0.1:$1" --database "$2" >>"$work/serve-$1.log" 2>&1 &
  started=$!
  pids+=("$started")
  wait_up "$1"
}

# The consent ids of DATABASE's ledger for SITE, one per line, sorted.
stored_ids() {
  "$bin" ledger export --database "$1" --site "$2" --format jsonl |
    python3 -c 'import json, sys; [print(json.loads(l)["consent_id"]) for l in sys.stdin]' | sort -u
}

# Prints "acknowledged=N stored=N lost=N" for ACKED (a file of ids) against DATABASE's SITE,
# and fails when one acknowledged consent is missing.
count_lost() {
  sort -u "$1" >"$work/acked.sorted"
  stored_ids "$2" "$3" >"$work/stored.sorted"
  local acked stored lost
  acked=$(wc -l <"$work/acked.sorted")
  stored=$(wc -l <"$work/stored.sorted")
  lost=$(comm -23 "$work/acked.sorted" "$work/stored.sorted" | wc -l)
  echo "acknowledged=$acked stored=$stored lost=$lost"
  [ "$lost" -eq 0 ]
}
