#!/usr/bin/env bash
# Solution quality on the public exam-timetabling benchmarks (issue #15, item 6): every instance
# of DIR, one search per run (one core), SECONDS per instance, seeds 0..SEEDS-1; then the median
# per instance. JOBS runs go side by side (one per core: each run is still single-threaded, so
# the figure stays the single-core one). Not a test: run it by hand on an idle machine. Every public
# instance is listed (benches/timetabling_published.tsv: ITC2007 sets 1-8, the 13 Toronto
# instances, each with its best published result and source); one whose files DIR lacks is said to
# be missing, and the ratio median / best published is printed for the others.
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
python3 - "$out" "$seeds" benches/timetabling_published.tsv <<'PY'
import statistics, sys
out, seeds, published = sys.argv[1], int(sys.argv[2]), sys.argv[3]
# Every public instance (ITC2007 sets 1-8, the 13 Toronto instances), with its best published
# result; an instance whose files are not in DIR is said to be missing.
best = {}
for line in open(published, encoding="utf-8"):
    if line.startswith("#") or line.startswith("instance\t") or not line.strip():
        continue
    name, value, kind, source, provenance = line.rstrip("\n").split("\t")
    best[name] = (float(value), kind, source, provenance)
costs = {}
for seed in range(seeds):
    for line in open(f"{out}/{seed}.txt").read().splitlines()[1:]:
        f = line.split()
        costs.setdefault(f[0], []).append(f[3] if f[2] == "yes" else "infeasible")
print(f"{'instance':16} " + " ".join(f"{'seed ' + str(s):>9}" for s in range(seeds))
      + f" {'median':>9} {'published':>10} {'ratio':>6}  source")
for name in list(best) + [n for n in costs if n not in best]:
    row = costs.get(name)
    published_value, kind, source, provenance = best.get(name, (None, "", "", ""))
    cited = f"{source} ({kind}, {provenance})" if source else "no published value listed"
    if row is None:
        print(f"{name:16} missing from DIR: not measured; published {published_value} — {cited}")
        continue
    numbers = [float(c) for c in row if c != "infeasible"]
    median = statistics.median(numbers) if len(numbers) == len(row) else None
    ratio = f"{median / published_value:6.3f}" if median is not None and published_value else "     —"
    shown = "—" if median is None else f"{median:g}"
    print(f"{name:16} " + " ".join(f"{c:>9}" for c in row)
          + f" {shown:>9} {published_value if published_value is not None else '—':>10} {ratio}  {cited}")
PY
