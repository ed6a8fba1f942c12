#!/usr/bin/env bash
# H2 alone (no application): a single JDBC writer commits one row per transaction on a file
# database; after SECONDS seconds it is killed with SIGKILL and the acknowledged ids are compared
# with the rows the database kept, for H2's default (lazy writer, WRITE_DELAY 500 ms) and for
# WRITE_DELAY=0. Prints commits/s, lost acknowledged commits and the database file's size.
#   bench/durability/jdbc.sh [seconds=10]
source "$(dirname "$0")/../common.sh"
RUN="${1:-10}"
H2="${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/2.4.*/h2-2.4.*.jar | tail -1)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
javac -d "$WORK" -cp "$H2" "$(dirname "$0")"/jdbc/*.java
machine
for mode in "" ";WRITE_DELAY=0"; do
  java -cp "$H2:$WORK" Writer "$WORK/db/t" "$mode" >"$WORK/acked.txt" 2>"$WORK/rate.txt" &
  pid=$!
  sleep "$RUN"
  kill -9 "$pid"; wait "$pid" 2>/dev/null || true
  echo "options [${mode:-default}]: $(( $(wc -l <"$WORK/acked.txt") / RUN )) commits/s," \
    "$(java -cp "$H2:$WORK" Check "$WORK/db/t" "$WORK/acked.txt"), file $(du -sm "$WORK/db" | cut -f1) MB"
  rm -rf "$WORK/db"
done
