#!/usr/bin/env bash
# Memory soak: one `serve --demo` and one gateway on one SQLite database under mixed load
# (visitors, beacons from ever new browsers and pages, made-up methods, failed logins with ever
# new account names, pages through the gateway with ever new cookies) for SECONDS, the resident
# memory of both sampled every INTERVAL seconds into rss.csv. At the end: the curve's first,
# lowest, highest and last figures after the warm-up, and a failure when a request got a 5xx
# other than 503 or no answer.
#
#   scripts/reliability/soak.sh [SECONDS] [INTERVAL]    (default 1200 s, every 30 s)
#   SOAK_CSV=docs/soak.csv scripts/reliability/soak.sh  (keeps the samples)
set -euo pipefail
seconds="${1:-1200}"
interval="${2:-30}"
source "$(dirname "$0")/common.sh"

database="sqlite://$work/soak.db"
serve_port="$(free_port)"; gateway_port="$(free_port)"; application="$(free_port)"
start_serve "$serve_port" "$database"
serve_pid=$started

python3 "$root/crates/cookiewarden-gateway/tests/data/upstream_app.py" "$application" >/dev/null &
pids+=("$!")
"$bin" gateway --site shop --upstream "http://127.0.0.1:$application" --listen "127.0.0.1:$gateway_port" \
  --database "$database" >"$work/gateway.log" 2>&1 &
gateway_pid=$!; pids+=("$gateway_pid")
wait_up "$gateway_port" /_cookiewarden/healthz

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

csv="${SOAK_CSV:-$work/rss.csv}"
echo "seconds,serve_rss_kib,gateway_rss_kib" >"$csv"
echo "0,$(rss_kib "$serve_pid"),$(rss_kib "$gateway_pid")" >>"$csv"

python3 "$root/scripts/reliability/mixed_load.py" --serve "http://127.0.0.1:$serve_port" \
  --gateway "http://127.0.0.1:$gateway_port" --seconds "$seconds" --threads 6 \
  --summary "$work/summary.json" &
load=$!
started_at=$SECONDS
while kill -0 "$load" 2>/dev/null; do
  sleep "$interval"
  echo "$((SECONDS - started_at)),$(rss_kib "$serve_pid"),$(rss_kib "$gateway_pid")" >>"$csv"
done
wait "$load"

echo "answers: $(python3 -c 'import json, sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$work/summary.json")"
# The curve after the first tenth (caches filling up is expected, growth after it is not).
python3 - "$csv" "$seconds" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
warm = [r for r in rows if int(r["seconds"]) >= float(sys.argv[2]) / 10] or rows
for who in ("serve", "gateway"):
    values = [int(r[f"{who}_rss_kib"]) / 1024 for r in warm]
    print(f"{who}: idle {int(rows[0][who + '_rss_kib']) / 1024:.1f} MB; after warm-up "
          f"first {values[0]:.1f}, lowest {min(values):.1f}, highest {max(values):.1f}, "
          f"last {values[-1]:.1f} MB over {len(values)} samples")
PY
python3 - "$work/summary.json" <<'PY'
import json, sys
counts = json.load(open(sys.argv[1]))
bad = {k: v for k, v in counts.items() if k.endswith("no-answer") or (k.split()[-1].startswith("5") and not k.endswith("503"))}
total = sum(counts.values())
print(f"requests={total} errors={sum(bad.values())}")
if bad:
    print(f"errors: {bad}", file=sys.stderr)
    sys.exit(1)
PY
"$bin" ledger verify --database "$database" --site shop
