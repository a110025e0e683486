#!/usr/bin/env bash
# Export benchmark: a prospectus of 100 priorities exported to PDF and Word in-process (after
# warm-up), against LibreOffice converting that Word file to PDF in the same run, the way someone
# without the app would make a PDF; and a register of 10,000 rows written to Excel, timed, with the
# heap's peak, in a JVM held to 256 MB of heap. Prints medians and ratios.
#
#   docs/benchmarks/export.sh        # 11 timed rounds, after 30 to warm up
#   docs/benchmarks/export.sh 21
#
# Needs LibreOffice: sudo apt-get install libreoffice-writer-nogui
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is needed: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$LOGS/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$LOGS/cp.txt")"
java -Djava.awt.headless=true -Dcommissioningdesk.logFolder="$LOGS" -cp "$CP" \
    org.commissioningdesk.bench.ExportBenchmark "${1:-11}" documents
java -Xmx256m -Djava.awt.headless=true -Dcommissioningdesk.logFolder="$LOGS" -cp "$CP" \
    org.commissioningdesk.bench.ExportBenchmark "${1:-11}" register
