#!/usr/bin/env bash
# Builds and runs the calendar benchmark (1,000,000 due-date computations per operation).
# Extra arguments go to JMH, e.g. ./run.sh -f 1 -wi 1 -i 3 for a quicker run.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package
mkdir -p results
java -jar target/benchmarks.jar -rf json -rff results/calendar.json "$@"
