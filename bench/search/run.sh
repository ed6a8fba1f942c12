#!/usr/bin/env bash
# Search benchmark (SPEC 5): N generated records (default 1,000,000) in a fresh data folder (H2 file
# database + Lucene index, built by the bench generator cn.gongkai.bench.ScaleDataGenerator, which
# lives in test code and runs on the test classpath, not in the shipped jar), then 16 concurrent clients
# (wrk, 16 connections) run the fixed list of searches in queries.txt against the public search
# page for a bounded time. Target: p99 < 100 ms.
#   bench/search/run.sh [records] [seconds] [data folder]
# TARGET=api measures the public JSON API (/api/v1/public/search) instead of the HTML page.
# RESULT_CACHE=0 turns the application's cache of recent search results off, so that every
# search runs the query and the highlighting (the cost of a search nobody made before); the
# default (1000 kept results) is what a deployment runs.
# The data folder is kept and reused by later runs of the same size (delete it to regenerate).
source "$(dirname "$0")/../common.sh"
N="${1:-1000000}"
SECONDS_RUN="${2:-60}"
DATA="$(realpath -m "${3:-$ROOT/bench/search/data-$N}")"
HERE="$ROOT/bench/search"
need wrk wrk
JAR="$(app_jar)"
PORT="$(free_port)"
APP="http://127.0.0.1:$PORT"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

if [ ! -f "$DATA/generated.done" ]; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  echo "generating $N records into $DATA"
  START=$(date +%s)
  generate "$N" "$DATA" 2>&1 | tee "$DATA/generate.log" | grep -E "Generated|GENERATED|ERROR" || true
  grep -q "GENERATED records=$N" "$DATA/generate.log" || { echo "generation failed, see $DATA/generate.log" >&2; exit 1; }
  echo "generation took $(( $(date +%s) - START )) s in all (JVM start, inserts and index build)"
  grep -o "GENERATED.*" "$DATA/generate.log" > "$DATA/generated.done"
fi
cat "$DATA/generated.done"
du -sh "$DATA/db" "$DATA/index"

ENDPOINT="/search"
[ "${TARGET:-page}" = "api" ] && ENDPOINT="/api/v1/public/search"
python3 - "$HERE/queries.txt" "$ENDPOINT" > "$DATA/paths.txt" <<'PY'
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    q, _, filters = line.partition("\t")
    print(sys.argv[2] + "?q=" + urllib.parse.quote(q) + ("&" + filters if filters else ""))
PY

echo "starting the application on port $PORT"
java -Xmx1g -jar "$JAR" --gongkai.data="$DATA" --server.port="$PORT" --logging.file.name= \
  ${RESULT_CACHE:+--gongkai.search.result-cache=$RESULT_CACHE} >"$DATA/app.log" 2>&1 &
APP_PID=$!
wait_up "$APP" 600
if grep -q "Rebuilding the search index" "$DATA/app.log"; then
  echo "the start-up check is rebuilding the index; waiting" >&2
  until grep -q "Search index rebuilt" "$DATA/app.log"; do sleep 5; done
fi
COUNT="$(curl -fsS "$APP/api/v1/public/search?q=%E5%8F%91%E7%A5%A8" | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["total"], "(lower bound)" if r["totalIsLowerBound"] else "")')"
echo "hits for 发票: $COUNT"

# The JIT needs about a minute of this load before the figures settle (C2 compiles the query,
# highlighting and template paths); a shorter warm-up reads a cold engine.
echo "warming up (60 s)"
PATHS_FILE="$DATA/paths.txt" wrk -t2 -c16 -d60s -s "$HERE/rotate.lua" "$APP" >/dev/null
sleep 5
machine
echo "--- $ENDPOINT, 16 connections, ${SECONDS_RUN}s, $(wc -l <"$DATA/paths.txt") searches in rotation," \
  "result cache ${RESULT_CACHE:-1000}"
PATHS_FILE="$DATA/paths.txt" wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency -s "$HERE/rotate.lua" "$APP" | tee "$DATA/wrk.txt"
read -r RPS P50 P99 < <(wrk_figures <"$DATA/wrk.txt")
echo "=== search over $N records: ${RPS} searches/s, p50 ${P50} ms, p99 ${P99} ms (target p99 < 100 ms: $(python3 -c "print('met' if $P99 < 100 else 'NOT met')"))"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
