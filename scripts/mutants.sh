#!/usr/bin/env bash
# Mutation testing of the rule crates (issue #17, item 3): `cargo mutants` changes each crate's
# code one mutant at a time and runs that crate's tests; a mutant the tests do not notice is
# "missed". Prints caught / missed / timeout / unviable and the score (caught over viable) per
# crate (a timeout counts as caught: the tests did not pass). Mutants excluded with their reason
# are in .cargo/mutants.toml. Not a test: about 1 h 30 min for all nine crates with one job
# (2026-11-27, the other core fuzzing or running CI), run by hand.
#
#   scripts/mutants.sh [JOBS=1] [CRATE...]      (crates: grading calendar appeals fees ects
#                                                 mobility catalog counselling scheduling)
#
# For scheduling only the validator's files are mutated (the search is judged by benchmarks), and
# its unit tests and tests/validator.rs are run.
# Set REGULA_ELMO_DATA and REGULA_BENCHMARK_DATA, as CI does, so that the tests reading public
# data take part. ITERATE=1 retests only what earlier runs did not catch (after adding tests:
# their caught mutants are kept, and only those of the code as it is now are counted).
# TABLE_ONLY=1 prints the table of the runs already made.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${1:-1}"
shift || true
crates=("$@")
[ ${#crates[@]} -gt 0 ] || crates=(grading calendar appeals fees ects mobility catalog counselling scheduling)
out=target/mutants
mkdir -p "$out"
for c in "${crates[@]}"; do
  files=()
  tests=()
  if [ "$c" = scheduling ]; then
    for f in validate rules links policy model quiz_year; do
      files+=(--file "crates/regula-scheduling/src/$f.rs")
    done
    # The validator's own tests (the solver's property tests take minutes per mutant).
    tests=(-- --lib --test validator)
  fi
  if [ "${TABLE_ONLY:-}" = 1 ]; then
    cargo mutants --list --package "regula-$c" "${files[@]}" > "$out/$c.list"
    continue
  fi
  iterate=()
  if [ "${ITERATE:-}" = 1 ] && [ -d "$out/$c/mutants.out" ]; then
    iterate=(--iterate)
  else
    rm -f "$out/$c.unviable" "$out/$c.caught"
  fi
  cargo mutants --package "regula-$c" --jobs "$jobs" --output "$out/$c" --gitignore true "${files[@]}" \
    "${iterate[@]}" "${tests[@]}" > "$out/$c.log" 2>&1 || true
  # What every run so far found unviable or caught (an iteration lists only what it retested).
  cat "$out/$c/mutants.out/unviable.txt" >> "$out/$c.unviable"
  cat "$out/$c/mutants.out/caught.txt" >> "$out/$c.caught"
  sort -u -o "$out/$c.unviable" "$out/$c.unviable"
  sort -u -o "$out/$c.caught" "$out/$c.caught"
  cargo mutants --list --package "regula-$c" "${files[@]}" > "$out/$c.list"
done
python3 - "$out" "${crates[@]}" <<'PY'
import sys
out, crates = sys.argv[1], sys.argv[2:]
print(f"| crate | mutants | caught | missed | timeout | unviable | score |")
print(f"|---|---|---|---|---|---|---|")
for c in crates:
    lines = lambda f: {l for l in open(f).read().splitlines() if l.strip()}
    result = f"{out}/{c}/mutants.out"
    # Only the mutants of the code as it is now (an earlier run may have named other lines).
    current = lines(f"{out}/{c}.list")
    unviable_names = lines(f"{out}/{c}.unviable") & current
    caught = len((lines(f"{out}/{c}.caught") & current) - unviable_names)
    missed, timeout = len(lines(f"{result}/missed.txt")), len(lines(f"{result}/timeout.txt"))
    unviable = len(unviable_names)
    viable = caught + missed + timeout
    score = f"{100 * (caught + timeout) / viable:.1f}%" if viable else "—"
    print(f"| regula-{c} | {viable + unviable} | {caught} | {missed} | {timeout} | {unviable} | {score} |")
PY
