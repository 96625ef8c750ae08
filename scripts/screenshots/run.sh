#!/usr/bin/env bash
# Makes the README's screenshots again: builds the binary, starts `serve --demo` on a fresh
# database (with its made-up month), logs in as the demo's administrator, and has Debian's
# headless Chromium photograph the banner, the shop's policy, its dashboard and its settings
# into docs/screenshots/.
# Usage: scripts/screenshots/run.sh   (needs /usr/bin/chromium, node 20 or later, curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${CARGO_TARGET_DIR:-$HOME/.cache/cookiewarden/target}"
CARGO_TARGET_DIR="$target" cargo build -q --release -p cookiewarden
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$target/release/cookiewarden" serve --demo --listen 127.0.0.1:0 \
  --database "sqlite://$work/demo.db" >"$work/out" 2>"$work/log" &
server=$!
for _ in $(seq 1 100); do grep -q "serving http" "$work/out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^cookiewarden is serving \(http:\/\/[^/]*\)\/$/\1/p' "$work/out")
password=$(sed -n 's/^  password: //p' "$work/out")
[ -n "$base" ] && [ -n "$password" ] || { cat "$work/log" >&2; exit 1; }

# The login form, as a browser fills it: its CSRF cookie and token, then the session.
jar="$work/cookies"
page=$(curl -s -c "$jar" "$base/admin/login")
token=$(printf '%s' "$page" | sed -n 's/.*name="csrfmiddlewaretoken" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrfmiddlewaretoken=$token" \
  --data-urlencode "username=admin" --data-urlencode "password=$password" "$base/admin/login"
cookie() { awk -v name="$1" '$6 == name { print $7 }' "$jar"; }
mkdir -p docs/screenshots
node --experimental-websocket scripts/screenshots/shoot.mjs "$base" "$(cookie sessionid)" "$(cookie csrftoken)" docs/screenshots
