#!/usr/bin/env bash
# kill -9 under consent load: `serve` is killed ROUNDS times while eight clients post consents,
# restarted on the same database each time, and the ledger verified after every crash. At the
# end every consent a client saw acknowledged must be in the ledger.
#
#   scripts/reliability/crash-loop.sh sqlite 20
#   scripts/reliability/crash-loop.sh postgres 20
set -euo pipefail
backend="${1:-sqlite}"
rounds="${2:-20}"
source "$(dirname "$0")/common.sh"

case "$backend" in
  sqlite) database="sqlite://$work/crash.db" ;;
  postgres) database="$(postgres_schema)" ;;
  *) echo "usage: $0 sqlite|postgres [ROUNDS]" >&2; exit 2 ;;
esac
port="$(free_port)"
start_serve "$port" "$database"
python3 "$root/scripts/reliability/consent_load.py" --target "http://127.0.0.1:$port/sites/shop" \
  --seconds $((rounds * 2 + 5)) --threads 8 --acked "$work/acked.txt" --summary "$work/summary.json" &
load=$!
for round in $(seq 1 "$rounds"); do
  sleep "1.$((RANDOM % 9))"
  kill -9 "$started"
  wait "$started" 2>/dev/null || true
  if ! "$bin" ledger verify --database "$database" --site shop >/dev/null; then
    echo "the chain does not verify after crash $round" >&2
    exit 1
  fi
  start_serve "$port" "$database"
done
wait "$load"
kill -TERM "$started"
wait "$started" 2>/dev/null || true
"$bin" ledger verify --database "$database" --site shop
echo "backend=$backend crashes=$rounds answers=$(cat "$work/summary.json")"
count_lost "$work/acked.txt" "$database" shop
