#!/usr/bin/env bash
# Two `serve` nodes behind nginx and two gateways, all on one PostgreSQL database, under
# consent load through all three fronts; one `serve` node is killed mid-load. Then: one valid
# chain, every acknowledged consent stored, and a choice made through one node honoured by
# the others (the other gateway tells the application, the other node shows it).
#
#   scripts/reliability/nodes.sh [SECONDS]
set -euo pipefail
seconds="${1:-20}"
source "$(dirname "$0")/common.sh"

database="$(postgres_schema)"
serve_a="$(free_port)"; serve_b="$(free_port)"; balancer="$(free_port)"
gateway_1="$(free_port)"; gateway_2="$(free_port)"; application="$(free_port)"

# Both nodes start together on the empty database.
"$bin" serve --demo --listen "127.0.0.1:$serve_a" --database "$database" >"$work/a.log" 2>&1 &
node_a=$!; pids+=("$node_a")
"$bin" serve --demo --listen "127.0.0.1:$serve_b" --database "$database" >"$work/b.log" 2>&1 &
node_b=$!; pids+=("$node_b")
wait_up "$serve_a"; wait_up "$serve_b"

python3 "$root/crates/cookiewarden-gateway/tests/data/upstream_app.py" "$application" >/dev/null &
pids+=("$!")
for port in "$gateway_1" "$gateway_2"; do
  "$bin" gateway --site shop --upstream "http://127.0.0.1:$application" --listen "127.0.0.1:$port" \
    --database "$database" >"$work/gateway-$port.log" 2>&1 &
  pids+=("$!")
  wait_up "$port" /_cookiewarden/healthz
done

cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  upstream platform { server 127.0.0.1:$serve_a max_fails=1 fail_timeout=2s; server 127.0.0.1:$serve_b max_fails=1 fail_timeout=2s; }
  server {
    listen 127.0.0.1:$balancer;
    location / { proxy_pass http://platform; proxy_next_upstream error timeout http_502; proxy_set_header Host \$host; }
  }
}
CONF
nginx -c "$work/nginx.conf"
trap 'nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; cleanup' EXIT
wait_up "$balancer" /sites/shop/config.json

python3 "$root/scripts/reliability/consent_load.py" \
  --target "http://127.0.0.1:$balancer/sites/shop" \
  --target "http://127.0.0.1:$gateway_1/_cookiewarden" \
  --target "http://127.0.0.1:$gateway_2/_cookiewarden" \
  --seconds "$seconds" --threads 8 --acked "$work/acked.txt" --summary "$work/summary.json" &
load=$!
sleep $((seconds / 3))
kill -9 "$node_a"
echo "node A killed mid-load" >&2
wait "$load"

"$bin" ledger verify --database "$database" --site shop
echo "answers=$(cat "$work/summary.json")"
count_lost "$work/acked.txt" "$database" shop

# A choice made through gateway 1 is honoured by gateway 2 and by node B.
version=$(curl -fs "http://127.0.0.1:$gateway_1/_cookiewarden/config.json" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["policy"]["policy_version"])')
answer=$(curl -fs -H 'Content-Type: application/json' \
  -d "{\"method\": \"accept_all\", \"policy_version\": \"$version\"}" \
  "http://127.0.0.1:$gateway_1/_cookiewarden/consent")
cookie=$(echo "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["cookie"])')
id=$(echo "$answer" | python3 -c 'import json, sys; print(json.load(sys.stdin)["consent_id"])')
seen=$(curl -fs -H "Cookie: cookies_preferences=$cookie" "http://127.0.0.1:$gateway_2/echo")
echo "$seen" | grep -q 'marketing=?1' || { echo "gateway 2 did not honour the choice: $seen" >&2; exit 1; }
curl -fs -H "Cookie: cookies_preferences=$cookie" "http://127.0.0.1:$serve_b/sites/shop/my-consent" |
  grep -q "$id" || { echo "node B does not show the choice" >&2; exit 1; }
echo "a choice made through gateway 1 is honoured by gateway 2 and node B"
