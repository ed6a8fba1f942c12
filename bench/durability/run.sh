#!/usr/bin/env bash
# Write-heavy benchmark (issue 10 A.2): what making H2 durable on commit costs. Starts the
# application jar on a fresh data folder twice — once with H2's lazy log writer (WRITE_DELAY
# default, 500 ms: the old embedded default, which lost up to ~0.9 s of acknowledged commits on
# kill -9) and once with WRITE_DELAY=0 (the embedded default now: every commit is written before
# it is acknowledged) — and runs wrk with CONNECTIONS connections for SECONDS seconds of
# disclosure requests (POST /api/v1/public/requests, anti-robot check off, rate limit lifted),
# after a warm-up of the same length. Prints requests/s, p50, p99 and the database file's size.
#   bench/durability/run.sh [seconds=20] [connections=8]
source "$(dirname "$0")/../common.sh"
SECONDS_RUN="${1:-20}"
CONNECTIONS="${2:-8}"
need wrk wrk
JAR="$(app_jar)"
WORK="$(mktemp -d)"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"

# Runs the write loop against a fresh data folder with JDBC URL options $2 (label $1).
measure() {
  local label="$1" extra="$2" data="$WORK/$1" port out
  mkdir -p "$data"
  port="$(free_port)"
  GONGKAI_DATA="$data" GONGKAI_DEMO=on GONGKAI_DEMO_PASSWORD=bench-Passw0rd GONGKAI_ANTIROBOT=off \
    GONGKAI_DB_URL="jdbc:h2:file:$data/db/gongkai;$H2_OPTIONS$extra" \
    java -Dspring.aot.enabled=true -Xmx512m -jar "$JAR" --server.port="$port" --logging.file.name= \
      --gongkai.requests.apply-burst=100000000 >"$data.log" 2>&1 &
  APP_PID=$!
  wait_up "http://127.0.0.1:$port" 300
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" -s "$(dirname "$0")/apply.lua" "http://127.0.0.1:$port/api/v1/public/requests" >/dev/null
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency -s "$(dirname "$0")/apply.lua" \
    "http://127.0.0.1:$port/api/v1/public/requests")"
  echo "$out" | grep -E "Non-2xx|Socket errors" || true
  read -r rps p50 p99 <<<"$(echo "$out" | wrk_figures)"
  local size; size="$(du -sm "$data/db" | cut -f1)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
  echo "$label: $rps requests/s, p50 $p50 ms, p99 $p99 ms, database folder ${size} MB after the run (load $(cut -d' ' -f1 /proc/loadavg))"
}

machine
measure lazy-500ms ""
measure durable ";WRITE_DELAY=0"
