#!/usr/bin/env bash
# Runs fuzz targets for SECONDS each (issue #17, item 1), one after the other, from the corpora
# kept in fuzz/corpus/<target> (with SEEDS/<target> copied in first when SEEDS is a folder), then
# minimises each corpus (`cargo fuzz cmin`) and drops copies of files under DATA (the public data
# files stay outside the repository). Prints per target: executions; coverage when the corpus is
# loaded, after half, three quarters and all of the executions; what the last quarter gained (a
# plateau under 1%); corpus size; crashes. Needs the nightly toolchain and cargo-fuzz. Not a
# test: run it by hand on an idle machine.
#
#   fuzz/run.sh [SECONDS=600] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_boundary policy itc2007 toronto elmo registers timetable)
logs=target/fuzz
mkdir -p "$logs"
printf '| target | seconds | executions | coverage at the start | at half time | at three quarters | at the end | gained in the last quarter | corpus (minimised) | crashes |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for t in "${targets[@]}"; do
  corpus="fuzz/corpus/$t"
  mkdir -p "$corpus"
  if [ -n "${SEEDS:-}" ] && [ -d "$SEEDS/$t" ]; then cp -n "$SEEDS/$t"/* "$corpus"/ 2>/dev/null || true; fi
  status=0
  cargo +nightly fuzz run -O "$t" "$corpus" -- \
    -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    > "$logs/$t.log" 2>&1 || status=$?
  cargo +nightly fuzz cmin -O "$t" "$corpus" > "$logs/$t.cmin.log" 2>&1
  if [ -n "${DATA:-}" ] && [ -d "$DATA" ]; then
    find "$DATA" -type f -exec sha1sum {} + | cut -d' ' -f1 | sort -u > "$logs/data.sha1"
    for f in "$corpus"/*; do
      grep -qx "$(sha1sum "$f" | cut -d' ' -f1)" "$logs/data.sha1" && rm "$f"
    done
  fi
  python3 - "$logs/$t.log" "$t" "$seconds" "$status" "$(ls "$corpus" | wc -l)" <<'PY'
import re, sys
log, target, seconds, status, corpus = sys.argv[1:]
lines = open(log, errors="replace").read().splitlines()
points = [(int(m.group(1)), int(m.group(2))) for l in lines
          if (m := re.match(r"#(\d+)\s+\w+\s+cov: (\d+)", l))]
total = next((int(m.group(1)) for l in lines
              if (m := re.match(r"stat::number_of_executed_units:\s+(\d+)", l))), 0)
at = lambda share: max((c for n, c in points if n <= total * share), default=0)
start = next((c for l in lines if (m := re.match(r"#\d+\s+INITED cov: (\d+)", l))
              for c in [int(m.group(1))]), 0)
half, three, end = at(0.5), at(0.75), at(1)
gained = f"{100 * (end - three) / three:.1f}%" if three else "—"
crashes = "none" if status == "0" else f"exit {status}: see target/fuzz/{target}.log"
print(f"| `{target}` | {seconds} | {total:,} | {start:,} | {half:,} | {three:,} | {end:,} | {gained} | {corpus} | {crashes} |")
PY
done
