#!/usr/bin/env bash
# Regulations library benchmark (issue 11): provision lookup and point-in-time rendering of the
# largest demo document, 企业所得税法实施条例 (132 articles), p99 at 16 clients, target p99 < 30 ms.
# Reference run in the same session: nginx serving the same document page's bytes from a static
# file (as bench/record-page does); the application's runs are given as a ratio against it.
#   bench/regulations/run.sh [seconds=20]
source "$(dirname "$0")/../common.sh"
SECONDS_RUN="${1:-20}"
HERE="$(cd "$(dirname "$0")" && pwd)"
need nginx nginx-light
need wrk wrk
JAR="$(app_jar)"
WORK="$(mktemp -d /tmp/gongkai-regulations.XXXXXX)"
PORT="$(free_port)"
NGINX_PORT="$(free_port)"
APP="http://127.0.0.1:$PORT"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_demo_app "$JAR" "$PORT" "$WORK"
wait_up "$APP" 300
ID=""
for _ in $(seq 1 60); do
  ID="$(curl -fsS "$APP/api/v1/public/regulations?type=ADMINISTRATIVE_REGULATION&size=100" | python3 -c '
import json,sys
items=[i for i in json.load(sys.stdin)["items"] if i["title"].endswith("企业所得税法实施条例")]
print(items[0]["id"] if items else "")')"
  [ -n "$ID" ] && break
  sleep 1
done
[ -n "$ID" ] || { echo "企业所得税法实施条例 is not in the demo library" >&2; exit 1; }
DOC="/regulations/$ID"
ARTICLES="$(curl -fsS "$APP/api/v1/public/regulations/$ID" | python3 -c '
import json,sys
def walk(ps): return sum((p["kind"]=="ARTICLE") + walk(p.get("children",[])) for p in ps)
print(walk(json.load(sys.stdin)["provisions"]))')"
serve_reference_page "$APP" "$DOC?on=2020-01-01" "$NGINX_PORT" "$WORK"
echo "document $DOC: $ARTICLES articles, page $(wc -c <"$WORK/www/page.html") bytes"

# A session cookie sends a request past the public page cache: the page is rendered every time.
NO_CACHE=(-H "Cookie: JSESSIONID=bench-no-page-cache")
declare -A RUNS=(
  [1-provision]="$APP/api/v1/public/regulations/$ID/provisions/art_33|-s $HERE/days.lua"
  [2-document-json]="$APP/api/v1/public/regulations/$ID|-s $HERE/days.lua"
  [3-document-page]="$APP$DOC|-s $HERE/days.lua|nocache"
  [4-document-page-kept]="$APP$DOC?on=2020-01-01|"
)
echo "warming up the application"
for key in "${!RUNS[@]}"; do
  IFS='|' read -r url args nocache <<<"${RUNS[$key]}"
  # shellcheck disable=SC2086
  wrk -t2 -c16 -d5s $args ${nocache:+"${NO_CACHE[@]}"} "$url" >/dev/null
done
machine
echo "--- reference: nginx, the same page's bytes from a static file"
wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency "http://127.0.0.1:$NGINX_PORT$DOC" | tee "$WORK/nginx.txt"
read -r REF_RPS REF_P50 REF_P99 < <(wrk_figures <"$WORK/nginx.txt")
RESULTS=()
for key in $(printf '%s\n' "${!RUNS[@]}" | sort); do
  IFS='|' read -r url args nocache <<<"${RUNS[$key]}"
  echo "--- $key: $url ${args:+($args)} ${nocache:+(past the page cache)}"
  # shellcheck disable=SC2086
  wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency $args ${nocache:+"${NO_CACHE[@]}"} "$url" | tee "$WORK/$key.txt"
  read -r RPS P50 P99 < <(wrk_figures <"$WORK/$key.txt")
  RESULTS+=("$key $RPS $P50 $P99")
done
echo "=== regulations library, 16 connections, ${SECONDS_RUN}s, document $ID ($ARTICLES articles)"
echo "reference nginx: ${REF_RPS} req/s, p50 ${REF_P50} ms, p99 ${REF_P99} ms"
for r in "${RESULTS[@]}"; do
  read -r key RPS P50 P99 <<<"$r"
  python3 -c "print(f'{\"$key\":22} {$RPS:>10} req/s ({$RPS/$REF_RPS:.2f} of nginx), p50 {$P50} ms, p99 {$P99} ms ({$P99/max($REF_P99,0.01):.1f}x nginx p99; target < 30 ms: {\"met\" if $P99 < 30 else \"NOT met\"})')"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
