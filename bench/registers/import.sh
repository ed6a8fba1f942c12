#!/usr/bin/env bash
# Register bulk import benchmark (issue 12): a 100,000-line A-grade taxpayer list (纳税信用A级纳税人
# 名单, header 统一社会信用代码,纳税人名称,评价年度, valid GB 32100 check digits) imported all or nothing
# through POST /api/v1/registers/a-grade-taxpayers/imports on the embedded database (H2).
# Target: under 60 s. The load average is recorded before and after (the machine is shared).
#   bench/registers/import.sh [lines=100000]
source "$(dirname "$0")/../common.sh"
LINES="${1:-100000}"
JAR="$(app_jar)"
WORK="$(mktemp -d /tmp/gongkai-registers-import.XXXXXX)"
PORT="$(free_port)"
APP="http://127.0.0.1:$PORT"
PASSWORD="bench-Passw0rd"
cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# The file: codes computed as GB 32100-2015 (and GB 11714 for the embedded organization code) say.
python3 - "$LINES" "$WORK/a-grade.csv" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
cw = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ow = [3, 7, 9, 10, 5, 8, 4, 2]
def code(i):
    body = "%08d" % i
    c9 = 11 - sum(int(body[k]) * ow[k] for k in range(8)) % 11
    first = "91440300" + body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    return first + alphabet[(31 - sum(alphabet.index(first[k]) * cw[k] for k in range(17)) % 31) % 31]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("统一社会信用代码,纳税人名称,评价年度\r\n")
    for i in range(n):
        f.write("%s,深圳市基准测试%d科技有限公司,2024\r\n" % (code(1000000 + i), i))
PY
echo "file: $LINES lines, $(du -h "$WORK/a-grade.csv" | cut -f1)"

mkdir -p "$WORK/data"
GONGKAI_DATA="$WORK/data" GONGKAI_DEMO=on GONGKAI_DEMO_PASSWORD="$PASSWORD" GONGKAI_ANTIROBOT=off \
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --logging.file.name= >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_up "$APP" 300
for _ in $(seq 1 120); do grep -q "Demo records published" "$WORK/app.log" && break; sleep 1; done
TOKEN="$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"sat-publisher\",\"password\":\"$PASSWORD\"}" \
  "$APP/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
machine
run=1
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
START="$(date +%s.%N)"
STATUS="$(curl -sS -o "$WORK/answer.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  -F "file=@$WORK/a-grade.csv;type=text/csv" "$APP/api/v1/registers/a-grade-taxpayers/imports")"
END="$(date +%s.%N)"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
IMPORTED="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("imported"))' "$WORK/answer.json" 2>/dev/null || echo '?')"
python3 -c "
s=$END-$START
print(f'=== run $run: HTTP $STATUS, {\"$IMPORTED\"} rows imported of $LINES in {s:.1f} s ({$LINES/s:,.0f} lines/s); target < 60 s: {\"met\" if s < 60 and \"$STATUS\" == \"201\" else \"NOT met\"}')"
echo "load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
[ "$STATUS" = "201" ] || head -c 2000 "$WORK/answer.json"
# the server's own split: reading, checking and staging vs the final commit (RowStore.commitBatch)
grep -o 'register import [0-9]* (a-grade-taxpayers).*' "$WORK/app.log" || true
