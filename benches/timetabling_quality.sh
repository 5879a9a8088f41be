#!/usr/bin/env bash
# Solution quality on the public exam-timetabling benchmarks (issue #15, item 6): every instance
# of DIR, one search per run (one core), SECONDS per instance, seeds 0..SEEDS-1; then the median
# per instance. JOBS runs go side by side (one per core: each run is still single-threaded, so
# the figure stays the single-core one). Not a test: run it by hand on an idle machine.
#
#   benches/timetabling_quality.sh DIR [SECONDS=300] [SEEDS=5] [JOBS=1]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:?the folder of the .exam, .crs and .stu files}"
seconds="${2:-300}"
seeds="${3:-5}"
jobs="${4:-1}"
cargo build --release -q -p regula-cli
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
seq 0 $((seeds - 1)) | xargs -P "$jobs" -I{} sh -c \
  "./target/release/regula schedule benchmarks '$dir' --time-limit '$seconds' --seed {} > '$out/{}.txt'"
echo "seconds per instance: $seconds; seeds 0..$((seeds - 1)); $jobs runs side by side"
python3 - "$out" "$seeds" <<'PY'
import statistics, sys
out, seeds = sys.argv[1], int(sys.argv[2])
costs = {}
for seed in range(seeds):
    for line in open(f"{out}/{seed}.txt").read().splitlines()[1:]:
        f = line.split()
        costs.setdefault(f[0], []).append(f[3] if f[2] == "yes" else "infeasible")
print(f"{'instance':16} " + " ".join(f"{'seed ' + str(s):>9}" for s in range(seeds)) + f" {'median':>9}")
for name, row in costs.items():
    numbers = [float(c) for c in row if c != "infeasible"]
    median = statistics.median(numbers) if len(numbers) == len(row) else "—"
    print(f"{name:16} " + " ".join(f"{c:>9}" for c in row) + f" {median:>9}")
PY
