#!/usr/bin/env bash
# The gateway side by side with nginx, each with one worker, in front of the same upstream (a
# third nginx serving static files with the application's Set-Cookie headers), on this machine:
#   1. pass-through: requests per second (wrk, 32 connections) and added p50 latency
#      (one connection, each proxy's p50 minus the upstream's own);
#   2. a ~100 KB HTML page: the gateway injects the banner and filters Set-Cookie, nginx runs
#      sub_filter (it cannot filter cookies by consent);
#   3. the same page carrying its vendors' tags (Google Tag Manager and Analytics, Meta Pixel,
#      Hotjar, Clarity, TikTok, LinkedIn, HubSpot, Google Fonts, reCAPTCHA, YouTube, Vimeo,
#      Maps, X), asked for without consent: the gateway holds every tracker back, nginx runs the
#      same sub_filter (it cannot do this at all);
#   4. the cost of auto-blocking on a page without trackers: the gateway without it (its default)
#      and with it;
#   5. idle memory (RSS) of each proxy.
# Needs nginx (Debian's nginx-light) and wrk (and valgrind with INSTRUCTIONS=1). Run from the
# repository: bench/gateway-vs-nginx.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
work="$(mktemp -d)"
chmod 755 "$work"  # nginx workers run as another user
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

cargo build --release --locked -q -p cookiewarden
target="${CARGO_TARGET_DIR:-$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')}"
cookiewarden="$target/release/cookiewarden"

UPSTREAM=18090 NGINX=18091 GATEWAY=18092 GATEWAY_BLOCK=18093

# The upstream: a small response and a ~100 KB page, both setting a necessary and a marketing cookie.
mkdir -p "$work/www"
printf 'ok\n' > "$work/www/small"
python3 - "$work/www" crates/cookiewarden-gateway/tests/data/vendor-tags/index.html <<'PY'
import sys
rows = "".join(f"<p>Product {i}: a very fine item, in stock, ships tomorrow.</p>\n" for i in range(1700))
open(sys.argv[1] + "/page.html", "w").write(f"<!doctype html><html><head><title>Shop</title></head><body>{rows}</body></html>\n")
vendors = open(sys.argv[2]).read()
head = vendors.split("<head>")[1].split("</head>")[0]
body = vendors.split("<body>")[1].split("</body>")[0]
open(sys.argv[1] + "/trackers.html", "w").write(f"<!doctype html><html><head><title>Shop</title>{head}</head><body>{body}{rows}</body></html>\n")
PY
common="worker_processes 1; daemon off; error_log stderr error; pid $work/nginx-\$port.pid;
events { worker_connections 1024; }"
cat > "$work/upstream.conf" <<CONF
worker_processes 1; daemon off; error_log stderr error; pid $work/upstream.pid;
events { worker_connections 1024; }
http {
  access_log off; include /etc/nginx/mime.types; keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$UPSTREAM; root $work/www;
    add_header Set-Cookie "app_session=s1; Path=/; HttpOnly" always;
    add_header Set-Cookie "ad_id=a1; Path=/; Max-Age=7776000" always;
    location = /small { default_type text/plain; }
  }
}
CONF
cat > "$work/proxy.conf" <<CONF
worker_processes 1; daemon off; error_log stderr error; pid $work/proxy.pid;
events { worker_connections 1024; }
http {
  access_log off; keepalive_requests 1000000;
  upstream app { server 127.0.0.1:$UPSTREAM; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX;
    location / {
      proxy_pass http://app; proxy_http_version 1.1; proxy_set_header Connection "";
      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_buffering on;
      sub_filter '<head>' '<head><script src="/_cookiewarden/banner.js"></script>'; sub_filter_once on;
    }
  }
}
CONF
nginx -c "$work/upstream.conf" -p "$work" & pids+=($!)
nginx -c "$work/proxy.conf" -p "$work" & pids+=($!)

db="sqlite://$work/bench.db"
"$cookiewarden" --database "$db" site apply crates/cookiewarden-gateway/tests/data/upstream-site.toml >/dev/null
TOKIO_WORKER_THREADS=1 "$cookiewarden" --database "$db" gateway --site testshop \
  --upstream "http://127.0.0.1:$UPSTREAM" --listen "127.0.0.1:$GATEWAY" >/dev/null 2>&1 & pids+=($!)
gateway_pid=$!
# The first gateway writes the key file; the second starts once it is there.
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$GATEWAY/small" && break; sleep 0.1; done
TOKIO_WORKER_THREADS=1 "$cookiewarden" --database "$db" gateway --site testshop --auto-blocking on \
  --upstream "http://127.0.0.1:$UPSTREAM" --listen "127.0.0.1:$GATEWAY_BLOCK" >/dev/null 2>&1 & pids+=($!)
for port in $UPSTREAM $NGINX $GATEWAY $GATEWAY_BLOCK; do
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/small" && break; sleep 0.1; done
done
sleep 1
rss() { ps -o rss= -p "$1" | tr -d ' '; }
gateway_idle=$(rss "$gateway_pid")
nginx_worker=$(pgrep -f "nginx: worker process" -P "$(cat "$work/proxy.pid")" | head -n 1)
nginx_idle=$(( $(rss "$(cat "$work/proxy.pid")") + $(rss "$nginx_worker") ))

rps() { wrk -t1 -c32 -d"$DURATION" "$@" | awk '/Requests\/sec/ {print $2}'; }
p50() { wrk -t1 -c1 -d"$DURATION" --latency "$@" | awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub("us","",v); print v/1000} else if (v ~ /ms$/) {sub("ms","",v); print v} else {sub("s","",v); print v*1000}}'; }

direct_p50=$(p50 "http://127.0.0.1:$UPSTREAM/small")
nginx_p50=$(p50 "http://127.0.0.1:$NGINX/small")
gateway_p50=$(p50 "http://127.0.0.1:$GATEWAY/small")
nginx_rps=$(rps "http://127.0.0.1:$NGINX/small")
gateway_rps=$(rps "http://127.0.0.1:$GATEWAY/small")
nginx_html=$(rps -H "Accept: text/html" "http://127.0.0.1:$NGINX/page.html")
gateway_html=$(rps -H "Accept: text/html" "http://127.0.0.1:$GATEWAY/page.html")
nginx_trackers=$(rps -H "Accept: text/html" "http://127.0.0.1:$NGINX/trackers.html")
gateway_trackers=$(rps -H "Accept: text/html" "http://127.0.0.1:$GATEWAY_BLOCK/trackers.html")
blocking_plain=$(rps -H "Accept: text/html" "http://127.0.0.1:$GATEWAY_BLOCK/page.html")

# The gateway really injected and filtered while being measured.
curl -s -D "$work/headers" -H "Accept: text/html" "http://127.0.0.1:$GATEWAY/page.html" > "$work/body"
grep -q '_cookiewarden/banner.js' "$work/body" || { echo "the gateway did not inject" >&2; exit 1; }
if grep -qi '^set-cookie: ad_id' "$work/headers"; then echo "the gateway let ad_id through" >&2; exit 1; fi
curl -s -H "Accept: text/html" "http://127.0.0.1:$GATEWAY_BLOCK/trackers.html" > "$work/held"
held=$(grep -o 'data-service="[^"]*"' "$work/held" | sort -u | wc -l)
[ "$held" -ge 10 ] || { echo "the gateway held back $held services, not ten" >&2; exit 1; }

python3 - "$direct_p50" "$nginx_p50" "$gateway_p50" "$nginx_rps" "$gateway_rps" "$nginx_html" "$gateway_html" "$nginx_idle" "$gateway_idle" "$nginx_trackers" "$gateway_trackers" "$blocking_plain" "$held" <<'PY'
import sys
d, n, g, nr, gr, nh, gh, ni, gi, nt, gt, gb, held = map(float, sys.argv[1:])
print("| measure | nginx | cookiewarden gateway | ratio |")
print("| --- | ---: | ---: | ---: |")
print(f"| pass-through, requests/s (32 connections) | {nr:,.0f} | {gr:,.0f} | {gr/nr:.2f}x |")
added_n, added_g = n - d, g - d
print(f"| added p50 latency, ms (upstream alone: {d:.3f}) | {added_n:.3f} | {added_g:.3f} | {added_g/added_n if added_n > 0 else float('nan'):.2f}x |")
print(f"| ~100 KB HTML page, requests/s (nginx sub_filter; gateway injection + Set-Cookie filtering) | {nh:,.0f} | {gh:,.0f} | {gh/nh:.2f}x |")
print(f"| the page with its vendors' tags, no consent, requests/s (nginx sub_filter; gateway holding back {held:.0f} services) | {nt:,.0f} | {gt:,.0f} | {gt/nt:.2f}x |")
print(f"| ~100 KB page without trackers, no consent, requests/s: gateway without auto-blocking (first column), then with it | {gh:,.0f} | {gb:,.0f} | {gb/gh:.2f}x |")
print(f"| idle memory (RSS, MB; nginx master + worker) | {ni/1024:.1f} | {gi/1024:.1f} | |")
PY

# With INSTRUCTIONS=1: user-space instructions per pass-through request of each proxy under
# valgrind's callgrind, counted over 10 s of load after start-up. Unlike requests per second,
# the count does not move with what else the machine is doing, which makes it the figure to
# compare two builds by.
if [ "${INSTRUCTIONS:-0}" = 1 ]; then
  per_request() {  # PID PORT NAME: instructions per request of PID while wrk loads PORT
    for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$2/small" && break; sleep 0.2; done
    callgrind_control -z "$1" >/dev/null
    local done_requests
    done_requests=$(wrk -t1 -c4 -d10s "http://127.0.0.1:$2/small" | awk '/requests in/ {print $1}')
    callgrind_control -d "$1" >/dev/null
    sleep 1
    kill "$1"; wait "$1" 2>/dev/null || true
    local total
    total=$(callgrind_annotate "$work/$3.out.1" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
    echo $(( total / done_requests ))
  }
  sed -e 's/worker_processes 1;/master_process off;/' -e "s/$NGINX/18094/" -e 's/proxy.pid/proxy-cg.pid/' \
    "$work/proxy.conf" > "$work/proxy-cg.conf"
  valgrind --tool=callgrind --callgrind-out-file="$work/nginx.out" \
    nginx -c "$work/proxy-cg.conf" -p "$work" >/dev/null 2>&1 &
  nginx_ir=$(per_request $! 18094 nginx)
  TOKIO_WORKER_THREADS=1 valgrind --tool=callgrind --callgrind-out-file="$work/gateway.out" \
    "$cookiewarden" --database "$db" gateway --site testshop \
    --upstream "http://127.0.0.1:$UPSTREAM" --listen 127.0.0.1:18095 >/dev/null 2>&1 &
  gateway_ir=$(per_request $! 18095 gateway)
  python3 -c "import sys; n, g = map(int, sys.argv[1:]); print(f'| pass-through, instructions per request (callgrind) | {n:,} | {g:,} | {g/n:.2f}x |')" "$nginx_ir" "$gateway_ir"
fi
