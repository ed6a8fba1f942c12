#!/usr/bin/env bash
# Record page benchmark (SPEC 5): the hot public page of the Implementation Measures record, served
# by the application and, as the same bytes from a static file, by nginx on loopback; wrk with 64
# connections against both. Target: the application at least 40% of nginx's requests/s, p99 < 20 ms.
#   bench/record-page/run.sh [seconds]
source "$(dirname "$0")/../common.sh"
SECONDS_RUN="${1:-20}"
need nginx nginx-light
need wrk wrk
JAR="$(app_jar)"
WORK="$(mktemp -d /tmp/gongkai-record-page.XXXXXX)"
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
PAGE=""
for _ in $(seq 1 60); do
  PAGE="$(curl -fsS "$APP/api/v1/public/search?q=%E3%80%942017%E3%80%9544" | python3 -c 'import json,sys; h=json.load(sys.stdin)["hits"]; print(h[0]["path"] if h else "")')"
  [ -n "$PAGE" ] && break
  sleep 1
done
[ -n "$PAGE" ] || { echo "the Implementation Measures record was not found" >&2; exit 1; }
serve_reference_page "$APP" "$PAGE" "$NGINX_PORT" "$WORK"
echo "record page $PAGE: $(wc -c <"$WORK/www/page.html") bytes"

echo "warming up the application"
wrk -t2 -c64 -d10s "$APP$PAGE" >/dev/null
machine
echo "--- nginx (static file, same bytes)"
wrk -t2 -c64 -d"${SECONDS_RUN}s" --latency "http://127.0.0.1:$NGINX_PORT$PAGE" | tee "$WORK/nginx.txt"
echo "--- application"
wrk -t2 -c64 -d"${SECONDS_RUN}s" --latency "$APP$PAGE" | tee "$WORK/app.txt"
read -r NGINX_RPS NGINX_P50 NGINX_P99 < <(wrk_figures <"$WORK/nginx.txt")
read -r APP_RPS APP_P50 APP_P99 < <(wrk_figures <"$WORK/app.txt")
echo "=== record page, 64 connections, ${SECONDS_RUN}s"
echo "nginx:       ${NGINX_RPS} req/s, p50 ${NGINX_P50} ms, p99 ${NGINX_P99} ms"
echo "application: ${APP_RPS} req/s, p50 ${APP_P50} ms, p99 ${APP_P99} ms"
python3 -c "r=$APP_RPS/$NGINX_RPS; print(f'ratio application/nginx: {r:.2f} (target >= 0.40: {\"met\" if r >= 0.40 else \"NOT met\"}); application p99 {$APP_P99} ms (target < 20 ms: {\"met\" if $APP_P99 < 20 else \"NOT met\"})')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
