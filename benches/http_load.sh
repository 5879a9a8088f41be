#!/usr/bin/env bash
# HTTP load benchmark of `regula serve` (issue #13): wrk on loopback, 64 connections, requests per
# second and p50/p99 latency for /healthz, deadlines, grade course (30 students) and schedule check
# (the 10,000-exam session), each as a ratio to /healthz; then deadlines again while a 10-second
# solve runs. Needs wrk (Debian: apt-get install wrk). Not a test: run it by hand on an idle machine.
#
#   benches/http_load.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benches/wrk.sh
. benches/wrk.sh
seconds="${1:-10}"
port=18181
regula=$(release_regula)
work="$(mktemp -d)"
cargo bench -q --bench http_bodies -- "$work" >/dev/null
"$regula" serve --listen "127.0.0.1:$port" --max-solve-seconds 10 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done

# A wrk script that posts one body.
script() {
  wrk_post "$work/$1.lua" "$work/$2"
  echo "$work/$1.lua"
}

# rps p50 p99 of one run: wrk's "Requests/sec" and its latency distribution.
measure() {
  local path="$1" lua="${2:-}"
  local args=(-t2 -c64 -d"${seconds}s" --latency)
  [ -n "$lua" ] && args+=(-s "$lua")
  wrk "${args[@]}" "http://127.0.0.1:$port$path" >"$work/out"
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/out")
  p50=$(awk '$1 == "50%" {print $2}' "$work/out")
  p99=$(awk '$1 == "99%" {print $2}' "$work/out")
  errors=$(awk '/Non-2xx/ {print $NF}' "$work/out")
  echo "$rps $p50 $p99 ${errors:-0}"
}

printf '%-40s %12s %10s %10s %8s %10s\n' endpoint requests/s p50 p99 non-2xx 'vs healthz'
read -r base p50 p99 err < <(measure /healthz)
printf '%-40s %12s %10s %10s %8s %10s\n' "GET /healthz" "$base" "$p50" "$p99" "$err" 1.00
row() {
  local name="$1" path="$2" body="$3"
  read -r rps p50 p99 err < <(measure "$path" "$(script "$name" "$body")")
  ratio=$(awk -v a="$rps" -v b="$base" 'BEGIN {printf "%.3f", a / b}')
  printf '%-40s %12s %10s %10s %8s %10s\n' "$4" "$rps" "$p50" "$p99" "$err" "$ratio"
}
row deadlines /v1/deadlines deadlines.json "POST /v1/deadlines"
row course /v1/grade/course grade-course-30.json "POST /v1/grade/course (30 students)"
row check /v1/schedule/check schedule-check-10k.json "POST /v1/schedule/check (10,000 exams)"

# While a 10-second solve runs on the blocking pool, deadlines keep their latency.
curl -fs -o /dev/null -H 'Content-Type: application/json' --data "@$work/schedule-solve-long.json" \
  "http://127.0.0.1:$port/v1/schedule/solve?time_limit=10" &
solver=$!
sleep 0.5
row during /v1/deadlines deadlines.json "POST /v1/deadlines during a 10 s solve"
wait $solver || true
