#!/usr/bin/env bash
# Slow clients against `regula serve` (issue #30): COUNT connections on loopback (20,000 by
# default), a third sending half their headers then a byte every 3 seconds, a third sending a
# POST's headers then its body a byte every 3 seconds, a third sending nothing, all against a
# release build started with --header-timeout 10 --body-timeout 10. Meanwhile wrk measures GET
# /healthz and POST /v1/deadlines (8 connections each, 25 s). Prints when the service closed the
# slow connections (seconds after each was opened), the most connections it held at once, its
# peak memory, and wrk's figures; then the same wrk figures without slow clients. Needs wrk and
# python3. Not a test: run it by hand on an idle machine; it ends within about a minute and a half.
#
#   benches/slow_clients.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benches/wrk.sh
. benches/wrk.sh
count="${1:-20000}"
timeout=10
regula=$(release_regula)
work="$(mktemp -d)"
# As many descriptors as allowed: each connection is one on each side.
ulimit -n "$(ulimit -Hn)"
echo "open files allowed per process: $(ulimit -n)"
# A port of its own: the connections the service closed on a port stay in TIME_WAIT for a
# minute, and a new connection that happens on one's ports waits a second for its SYN again.
"$regula" serve --listen 127.0.0.1:0 --header-timeout "$timeout" --body-timeout "$timeout" \
  2>"$work/serve.log" &
server=$!
watcher=
trap 'kill $server $watcher 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q 'serving on' "$work/serve.log" && break; sleep 0.1; done
port=$(sed -n 's/.*serving on http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$work/serve.log")

wrk_post "$work/deadlines.lua" "$PWD/examples/requests/deadlines.json"

# The service's open descriptors, once a second from when the slow clients start.
watch_server() {
  local second=0
  while kill -0 "$server" 2>/dev/null; do
    echo "$second $(find "/proc/$server/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)"
    second=$((second + 1))
    sleep 1
  done >"$work/fds"
}
wrk -t1 -c8 -d25s --latency "http://127.0.0.1:$port/healthz" >"$work/healthz" &
health=$!
wrk -t1 -c8 -d25s --latency -s "$work/deadlines.lua" "http://127.0.0.1:$port/v1/deadlines" >"$work/deadlines" &
deadlines=$!
sleep 1
watch_server &
watcher=$!
# Two clients of half the connections each: each side has its own descriptor limit.
half=$((count / 2))
python3 benches/slow_clients.py "$port" "$half" --rate 1500 --deadline 60 >"$work/slow1" &
one=$!
python3 benches/slow_clients.py "$port" "$((count - half))" --rate 1500 --deadline 60 >"$work/slow2" &
two=$!
wait $one $two $health $deadlines

echo "service: --header-timeout $timeout --body-timeout $timeout; $count slow connections"
python3 - "$work/slow1" "$work/slow2" <<'PY'
import json, sys
parts = [json.loads(open(p).read()) for p in sys.argv[1:]]
total = lambda k: sum(p[k] for p in parts)
lasted = {}
for p in parts:
    for k, v in p["lasted_histogram"].items():
        lasted[k] = lasted.get(k, 0) + v
print(f"opened {total('opened')} (failed to open {total('failed_to_open')}), "
      f"closed by the service {total('closed_by_service')}, of which 408 {total('answered_408')}, "
      f"still open at the end {total('still_open')}")
print("seconds each stayed open (from its opening to the service closing it):",
      ", ".join(f"{k}: {v}" for k, v in sorted(lasted.items(), key=lambda kv: int(kv[0][:-1]))))
print("max seconds open:", max(p["seconds_open_max"] or 0 for p in parts))
PY
kill -0 $server && curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && echo "service still up"
echo "most descriptors the service held at once: $(awk '$2 > m {m = $2} END {print m}' "$work/fds")"
echo "the service's descriptors, second by second: $(awk '{printf "%s%ss %s", (NR > 1 ? ", " : ""), $1, $2}' "$work/fds")"
echo "service's peak memory: $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")"
echo "accept errors logged (out of descriptors): $(grep -c 'cannot accept' "$work/serve.log" || true)"
echo "GET /healthz during:        $(wrk_figures "$work/healthz")"
echo "POST /v1/deadlines during:  $(wrk_figures "$work/deadlines")"

# The same without slow clients, for comparison.
wrk -t1 -c8 -d10s --latency "http://127.0.0.1:$port/healthz" >"$work/healthz" &
health=$!
wrk -t1 -c8 -d10s --latency -s "$work/deadlines.lua" "http://127.0.0.1:$port/v1/deadlines" >"$work/deadlines"
wait $health
echo "GET /healthz alone:         $(wrk_figures "$work/healthz")"
echo "POST /v1/deadlines alone:   $(wrk_figures "$work/deadlines")"
kill $watcher 2>/dev/null || true
