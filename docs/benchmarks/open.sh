#!/usr/bin/env bash
# Open benchmark: what the safe open costs (read-only schema reading, safety copy, then the open for
# work) against opening a database the way it was opened before (H2 for writing at once, then
# Flyway's migrate with nothing to do), in the same run, on the demo database and on one grown to
# about 30 MB. Prints the medians and their ratio.
#
#   docs/benchmarks/open.sh          # 15 timed rounds of each, after 5 to warm up
#   docs/benchmarks/open.sh 31
set -euo pipefail
cd "$(dirname "$0")/../.."
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$LOGS/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$LOGS/cp.txt")"
java -Dcommissioningdesk.logFolder="$LOGS" -cp "$CP" org.commissioningdesk.bench.OpenBenchmark "${1:-15}"
