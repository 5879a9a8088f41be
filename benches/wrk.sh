# Helpers of the HTTP benchmarks, sourced by http_load.sh, slow_clients.sh and solve_burst.sh.

# wrk_post LUA BODY: writes to LUA a wrk script that posts the JSON file BODY.
wrk_post() {
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$2", "rb")
wrk.body = f:read("*all")
f:close()
LUA
}

# wrk_figures OUT: requests/s, p50, p99 and max latency, non-2xx answers and socket errors of one
# wrk output (run with --latency).
wrk_figures() {
  awk '/Requests\/sec/ {rps=$2} $1 == "50%" {p50=$2} $1 == "99%" {p99=$2}
       /^    Latency/ {max=$4} /Non-2xx/ {bad=$NF}
       /Socket errors/ {err=$0; sub(/.*Socket errors: /, "", err)}
       END {printf "%s req/s, p50 %s, p99 %s, max %s, non-2xx %s, socket errors: %s\n",
            rps, p50, p99, max, bad ? bad : 0, err ? err : "none"}' "$1"
}

# release_regula: checks that wrk is there, builds the release `regula` and prints its path.
release_regula() {
  command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
  cargo build --release -q -p regula-cli
  echo "${CARGO_TARGET_DIR:-target}/release/regula"
}
