#!/usr/bin/env bash
# Statistics beacons over HTTP: wrk posts page views to `serve` (release build, SQLite) as fast
# as it can for DURATION with 64 connections, each beacon from one of 30,000 browsers (so no
# visitor reaches the flood limit); then, after the collector's next write, the page views
# stored are counted. Prints accepted beacons per second, stored page views per second and the
# ratio to 800 page views/s, what a widely used self-hosted counter publishes for a small
# server. Needs wrk. Run from the repository: bench/beacon-ingestion.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-20s}"
PORT=18095
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --locked -q -p cookiewarden
target="${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')}"
"$target/release/cookiewarden" serve --demo --listen "127.0.0.1:$PORT" \
  --database "sqlite://$work/beacons.db" > "$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done

cat > "$work/beacon.lua" <<'LUA'
wrk.method = "POST"
request = function()
  local browser = math.random(1, 30000)
  local page = math.random(1, 500)
  return wrk.format("POST", "/sites/shop/hit", {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 b" .. browser,
  }, '{"p":"/products/' .. page .. '","r":"https://search.example/q","l":"en-GB"}')
end
LUA

wrk -t2 -c64 -d"$DURATION" -s "$work/beacon.lua" "http://127.0.0.1:$PORT" > "$work/wrk.txt"
cat "$work/wrk.txt"
sleep 3  # the collector writes at least every second
python3 - "$work/beacons.db" "$work/wrk.txt" "$DURATION" <<'PY'
import re, sqlite3, sys
stored = sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM page_views").fetchone()[0]
wrk = open(sys.argv[2]).read()
sent = int(re.search(r"(\d+) requests in", wrk).group(1))
refused = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
refused = int(refused.group(1)) if refused else 0
seconds = float(re.search(r"in ([\d.]+)s", wrk).group(1))
print(f"beacons sent {sent}, refused {refused}, page views stored {stored}")
print(f"accepted {(sent - refused) / seconds:,.0f}/s, stored {stored / seconds:,.0f} page views/s, "
      f"{stored / seconds / 800:.1f}x the 800/s of a widely used self-hosted counter")
PY
