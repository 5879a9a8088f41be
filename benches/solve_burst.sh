#!/usr/bin/env bash
# A burst of solves against `regula serve` (issue #30): 50 `schedule solve` requests sent at once
# (examples/requests/schedule-solve.json searching until its 2-second time limit) to a release
# build with its default --max-solves and --solve-queue, while wrk measures POST /v1/deadlines
# (2 threads, 64 connections, 15 s). Counts the solves answered 200, 503 (with Retry-After) and
# 500, and prints wrk's figures. Needs wrk and python3. Not a test: run it by hand on an idle
# machine; it ends within about 30 seconds.
#
#   benches/solve_burst.sh [SOLVES] [-- extra flags of regula serve]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=benches/wrk.sh
. benches/wrk.sh
solves="${1:-50}"
shift || true
[ "${1:-}" = "--" ] && shift
port=18283
regula=$(release_regula)
work="$(mktemp -d)"
"$regula" serve --listen "127.0.0.1:$port" --max-solve-seconds 10 "$@" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
"$regula" serve --help | grep -A0 -- '--max-solves\|--solve-queue' | sed 's/^ */  /'

# The example's session, searched until the time limit.
python3 - "$work/solve.json" <<'PY'
import json, sys
request = json.load(open("examples/requests/schedule-solve.json"))
request["options"]["max_iterations"] = 10**12
json.dump(request, open(sys.argv[1], "w"))
PY
wrk_post "$work/deadlines.lua" "$PWD/examples/requests/deadlines.json"

wrk -t2 -c64 -d15s --latency -s "$work/deadlines.lua" "http://127.0.0.1:$port/v1/deadlines" >"$work/wrk" &
load=$!
sleep 1
# One light client sends them all at once (50 processes would load the machine themselves).
python3 - "$port" "$solves" "$work/solve.json" <<'PY'
import http.client, sys, threading, time
port, count, body = int(sys.argv[1]), int(sys.argv[2]), open(sys.argv[3], "rb").read()
answers = []
go = threading.Barrier(count)
def solve():
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    go.wait()
    sent = time.monotonic()
    try:
        connection.request("POST", "/v1/schedule/solve?time_limit=2", body,
                           {"Content-Type": "application/json"})
        response = connection.getresponse()
        text = response.read()
        answers.append((response.status, time.monotonic() - sent,
                        response.getheader("Retry-After"), b'"status": "solved"' in text))
    except OSError as err:
        answers.append((str(err), time.monotonic() - sent, None, False))
threads = [threading.Thread(target=solve) for _ in range(count)]
started = time.monotonic()
for t in threads: t.start()
for t in threads: t.join()
took = time.monotonic() - started
status = lambda s: [a for a in answers if a[0] == s]
ok, busy, failed = status(200), status(503), status(500)
print(f"{count} solves at once: {len(ok)} answered 200 ({sum(a[3] for a in ok)} solved timetables, "
      f"the slowest in {max((a[1] for a in ok), default=0):.1f} s), {len(busy)} answered 503 "
      f"(within {max((a[1] for a in busy), default=0):.3f} s, Retry-After: "
      f"{sorted(set(a[2] for a in busy))}), {len(failed)} answered 500, "
      f"{count - len(ok) - len(busy) - len(failed)} other; all answered in {took:.1f} s")
PY
wait $load
echo "POST /v1/deadlines meanwhile: $(wrk_figures "$work/wrk")"
