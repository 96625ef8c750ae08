#!/usr/bin/env bash
# Bytes a first visitor downloads for the banner (loader + script + styles + configuration,
# each gzip -9), side by side with vanilla-cookieconsent 3.1.0 (JS + CSS from its npm package);
# then the same for the platform's own site in each of the thirty languages (the configuration
# carries only the visitor's), with the largest, and for a visitor in California (the GPP
# strings come on top there).
# Usage: bench/banner-size.sh   (builds the binary, needs npm for the peer's package)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

cargo build -q -p cookiewarden  # sizes do not depend on the build profile
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
bin="$target_dir/debug/cookiewarden"
(cd "$work" && exec "$bin" serve --demo --listen 127.0.0.1:18099 --region-header CF-IPCountry >/dev/null 2>&1) &
server=$!
for _ in $(seq 1 50); do curl -fs http://127.0.0.1:18099/healthz >/dev/null && break; sleep 0.2; done

base=http://127.0.0.1:18099
loader=$(curl -fs "$base/sites/shop/banner.js")
js=$(grep -o '/assets/banner\.[0-9a-f]*\.js' <<<"$loader")
css=$(grep -o '/assets/banner\.[0-9a-f]*\.css' <<<"$loader")
total=0
for path in /sites/shop/banner.js "$js" "$css" /sites/shop/config.json; do
  bytes=$(curl -fs "$base$path" | gzip -9 | wc -c)
  total=$((total + bytes))
  printf '  %-40s %6d bytes gzip -9\n' "$path" "$bytes"
done
printf 'cookiewarden (shop example)                %6d bytes\n' "$total"

assets=0
for path in /sites/platform/banner.js "$js" "$css"; do
  assets=$((assets + $(curl -fs "$base$path" | gzip -9 | wc -c)))
done
largest=0
for lang in ar bg ca cs da de el en es et fi fr ga hr hu is it lt lv mt nb nl pl pt ro sk sl sv tr uk; do
  config=$(curl -fs "$base/sites/platform/config.json?lang=$lang" | gzip -9 | wc -c)
  sum=$((assets + config))
  printf '  platform, %-3s config %5d, total %6d bytes\n' "$lang" "$config" "$sum"
  if [ "$sum" -gt "$largest" ]; then largest=$sum; largest_lang=$lang; fi
done
printf 'largest first visit over 30 languages: %d bytes (%s)\n' "$largest" "$largest_lang"
# A visitor in the United States also loads the GPP API, and a configuration with its strings.
gpp=$(curl -fs "$base$(grep -o '/assets/banner-gpp\.[0-9a-f]*\.js' <<<"$loader")" | gzip -9 | wc -c)
california=$(curl -fs -H 'CF-IPCountry: US-CA' "$base/sites/shop/config.json" | gzip -9 | wc -c)
printf 'shop, visitor in California: config with GPP %d bytes, GPP API %d bytes, total %d bytes\n' \
  "$california" "$gpp" "$((total - $(curl -fs "$base/sites/shop/config.json" | gzip -9 | wc -c) + california + gpp))"

(cd "$work" && npm pack --silent vanilla-cookieconsent@3.1.0 >/dev/null && tar xzf vanilla-cookieconsent-3.1.0.tgz)
peer=0
for file in "$work"/package/dist/cookieconsent.umd.js "$work"/package/dist/cookieconsent.css; do
  peer=$((peer + $(gzip -9 -c "$file" | wc -c)))
done
printf 'vanilla-cookieconsent 3.1.0 (JS + CSS)     %6d bytes (without its configuration)\n' "$peer"
awk -v a="$total" -v b="$peer" 'BEGIN { printf "ratio cookiewarden / vanilla-cookieconsent: %.2f\n", a / b }'
