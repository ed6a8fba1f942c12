#!/usr/bin/env bash
# Start-up benchmark (issue 2, SPEC 5): seconds from launching the README's run command
# (bin/gongkai, with the build already done) to the first HTTP 200 of the public home page `/`.
# Runs RUNS first starts on a fresh data folder (migrations and demo data included) and RUNS
# restarts on the data folder the first start left, and prints each figure and the medians.
#   bench/startup/run.sh [runs]
source "$(dirname "$0")/../common.sh"
RUNS="${1:-3}"
WORK="$(mktemp -d)"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Build and train the start-up archive once, outside the measured time.
GONGKAI_PREPARE_ONLY=1 "$ROOT/bin/gongkai" >/dev/null

# Launches bin/gongkai on data folder $1 and prints the seconds until `/` answers 200.
measure() {
  local data="$1" port start now
  port="$(free_port)"
  start=$(date +%s.%N)
  GONGKAI_NO_BUILD=1 GONGKAI_DATA="$data" GONGKAI_PORT="$port" "$ROOT/bin/gongkai" --logging.file.name= \
    >"$data.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" 2>/dev/null)" = "200" ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited; see $data.log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s.%N)
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  python3 -c "print(f'{$now - $start:.2f}')"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

machine
first=(); again=()
for i in $(seq 1 "$RUNS"); do
  data="$WORK/data-$i"
  first+=("$(measure "$data")")
  again+=("$(measure "$data")")
  echo "run $i: first start ${first[-1]} s, restart ${again[-1]} s (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "=== first page after start: first start median $(printf '%s\n' "${first[@]}" | median) s," \
  "restart median $(printf '%s\n' "${again[@]}" | median) s (target < 10 s)"
