#!/usr/bin/env bash
# Register benchmark: the registers and editors on a large database against the demo database, in the
# same run. The large database (LargeDatabase: the London pack, ~3,000 more organisations, ten years of
# prospectuses for the 31 PCTs and 5 LCGs in up to three versions, ~1,000 prospectuses and 10,000
# priorities, ~2,000 specifications, all made through the services) takes a few minutes to build and is
# kept for the next run; the demo database is `init --starter london-2006 --demo`. Measures, in one JVM
# after warm-up, each register's service call and the read behind opening an editor (median of the timed
# rounds), and `java -jar target/commissioning-desk.jar --db DB prospectus list` as separate processes
# (median of its runs). Prints large, demo and their ratio.
#
#   docs/benchmarks/registers.sh            # 21 timed rounds in-process, 5 command-line runs
#   docs/benchmarks/registers.sh 41 7
#   BENCH_DIR=/tmp/desk-bench docs/benchmarks/registers.sh   # where the databases are kept
#   COMPACT=1 docs/benchmarks/registers.sh  # compact the large database as soon as it is built (the
#                                           # application compacts a file grown past twice its data when it
#                                           # closes it, so any first run compacts it anyway)
#
# Targets (large database): a register's service call under 150 ms, an editor's read under 100 ms,
# `prospectus list` at most 1.1x its time on the demo database.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=${BENCH_DIR:-target/bench-registers}
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
mvn -q -B -DskipTests -Djacoco.skip=true package dependency:build-classpath -Dmdep.outputFile="$LOGS/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$LOGS/cp.txt")"
if [ ! -f "$DIR/large.mv.db" ]; then
  echo "building the large database in $DIR (a few minutes; kept for the next run)..."
  java -Dcommissioningdesk.logFolder="$LOGS" -cp "$CP" org.commissioningdesk.bench.LargeDatabase "$DIR/large" \
      ${COMPACT:+--compact}
fi
if [ ! -f "$DIR/demo.mv.db" ]; then
  java -Dcommissioningdesk.logFolder="$LOGS" -jar target/commissioning-desk.jar --db "$DIR/demo" \
      init --starter london-2006 --demo >/dev/null
fi
ls -l "$DIR"/large.mv.db "$DIR"/demo.mv.db | awk '{printf "%-45s %6.1f MB\n", $NF, $5/1e6}'
java -Dcommissioningdesk.logFolder="$LOGS" -cp "$CP" org.commissioningdesk.bench.RegisterBenchmark \
    "${1:-21}" "${2:-5}" "$DIR/large" "$DIR/demo" target/commissioning-desk.jar
