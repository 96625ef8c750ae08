#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (600 by default), one after the other on one core,
# and prints per target the runs, the coverage reached and whether it found a crash. The
# corpus grows in fuzz/corpus/TARGET (kept between runs, not committed); the site-definition
# target starts from the example sites, the date target from the http-state date cases.
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]      (needs `cargo install cargo-fuzz` and nightly)
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
shared="$(cd .. && cd ../shared 2>/dev/null && pwd || true)"

cargo +nightly fuzz build --sanitizer none >&2
failed=0
for target in "${targets[@]}"; do
  mkdir -p "corpus/$target"
  seeds=()
  case "$target" in
    site_definition) seeds+=(../examples) ;;
    cookie_date)
      if [ -n "$shared" ] && [ -d "$shared/data/http-state" ]; then
        # One seed per date case of the http-state suite.
        python3 - "$shared/data/http-state" "corpus/$target" <<'PY'
import hashlib, json, pathlib, sys
source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
for path in source.rglob("*.json"):
    # The BSD file opens with its licence as `//` comments.
    text = "\n".join(l for l in path.read_text().splitlines() if not l.lstrip().startswith("//"))
    try:
        cases = json.loads(text)
    except ValueError:
        continue
    for case in cases if isinstance(cases, list) else []:
        if isinstance(case, dict) and isinstance(case.get("test"), str):
            text = case["test"].encode()
            (out / hashlib.sha1(text).hexdigest()).write_bytes(text)
PY
      fi
      ;;
  esac
  log="$(mktemp)"
  if cargo +nightly fuzz run "$target" "corpus/$target" "${seeds[@]}" --sanitizer none -- \
      -max_total_time="$seconds" -print_final_stats=1 >"$log" 2>&1; then
    outcome="no crash"
  else
    outcome="CRASH (see fuzz/artifacts/$target)"
    failed=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo '?')
  corpus=$(find "corpus/$target" -type f | wc -l)
  echo "$target: ${seconds}s, $runs runs, coverage $cov, corpus $corpus files, $outcome"
  rm -f "$log"
done
exit "$failed"
