#!/usr/bin/env bash
# PostgreSQL restarted under consent load: clients get 503 with a message while it is away
# (never a 500, never a hang), `serve` recovers without a restart, and no acknowledged consent
# is lost. Restarts the machine's PostgreSQL cluster: run it where that is allowed.
#
#   scripts/reliability/postgres-restart.sh [SECONDS]
set -euo pipefail
seconds="${1:-30}"
source "$(dirname "$0")/common.sh"

database="$(postgres_schema)"
port="$(free_port)"
start_serve "$port" "$database"
python3 "$root/scripts/reliability/consent_load.py" --target "http://127.0.0.1:$port/sites/shop" \
  --seconds "$seconds" --threads 8 --acked "$work/acked.txt" --summary "$work/summary.json" &
load=$!
version=$(curl -fs "http://127.0.0.1:$port/sites/shop/config.json" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["policy"]["policy_version"])')
sleep $((seconds / 4))
cluster="$(ls /etc/postgresql | head -n 1)"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
echo "PostgreSQL stopped" >&2
# What a visitor gets while it is away, asked side by side.
curl -s -o "$work/during" -w '%{http_code} in %{time_total} s' -X POST -H 'Content-Type: application/json' \
  -d "{\"method\": \"reject_all\", \"policy_version\": \"$version\"}" \
  "http://127.0.0.1:$port/sites/shop/consent" >"$work/consent.txt" &
probes=("$!")
curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$port/readyz" >"$work/readyz.txt" &
probes+=("$!")
curl -s -o /dev/null -w '%{http_code} in %{time_total} s' \
  "http://127.0.0.1:$port/sites/shop/cookies-policy" >"$work/policy.txt" &
probes+=("$!")
curl -s -o /dev/null -w '%{http_code} in %{time_total} s' \
  "http://127.0.0.1:$port/sites/shop/config.json" >"$work/config.txt" &
probes+=("$!")
sleep 4
wait "${probes[@]}"
pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
echo "PostgreSQL started" >&2
before=$(wc -l <"$work/acked.txt")
wait "$load"
after=$(wc -l <"$work/acked.txt")
echo "while down: consent $(cat "$work/consent.txt") ($(cat "$work/during")), /readyz $(cat "$work/readyz.txt"), policy $(cat "$work/policy.txt"), config.json $(cat "$work/config.txt")"
echo "answers=$(cat "$work/summary.json")"
python3 - "$work/summary.json" <<'PY'
import json, sys
counts = json.load(open(sys.argv[1]))
assert counts["5xx_not_503"] == 0, counts
assert counts["slow"] == 0, counts
PY
[ "$after" -gt "$before" ] || { echo "no consent acknowledged after PostgreSQL came back" >&2; exit 1; }
echo "acknowledged after the restart: $((after - before))"
count_lost "$work/acked.txt" "$database" shop
