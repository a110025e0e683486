#!/usr/bin/env bash
# Start-up benchmark: launch-to-window time of Commissioning Desk, as a ratio against a bare
# JavaFX window measured in the same run on the same machine (both from the class path).
#
#   docs/benchmarks/startup.sh            # 7 runs of each, medians
#   RUNS=15 docs/benchmarks/startup.sh
#
# Needs Xvfb and xdotool when no display is set (Debian: apt-get install xvfb xdotool libgtk-3-0).
# Measures three things per run, from the moment the java process is started:
#   bare     the bare window is visible (xdotool sees it mapped)
#   window   Commissioning Desk's main window is visible
#   ready    Commissioning Desk has opened and migrated its database (startup database-ready);
#            the trace also marks "screen-shown" once the first screen is built and on show
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}

mvn -q -B -DskipTests package test-compile >/dev/null
CP="target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1440x900x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB 2>/dev/null || true' EXIT
  sleep 1
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${XVFB:-}" ] && kill $XVFB 2>/dev/null || true' EXIT
# A realistic database: the London 2006/07 register, already set up.
java -jar target/commissioning-desk.jar --db "$WORK/bench" init --starter london-2006 >/dev/null

now_ms() { date +%s%3N; }

# Prints the milliseconds until a window titled $1 is visible; the rest is the command to start.
time_to_window() {
  local title=$1; shift
  local start end pid
  start=$(now_ms)
  "$@" 2>"$WORK/stderr" >/dev/null &
  pid=$!
  # Poll every 20 ms (xdotool's own --sync waits in steps of half a second, too coarse here).
  until xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do sleep 0.02; done
  end=$(now_ms)
  echo "$start $end $pid"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

bare=(); window=(); ready=()
for i in $(seq 1 "$RUNS"); do
  read -r s e pid < <(time_to_window "Bare JavaFX Window" java -cp "$CP" org.commissioningdesk.bench.BareWindow)
  bare+=($((e - s)))
  kill "$pid"; wait "$pid" 2>/dev/null || true

  read -r s e pid < <(time_to_window "Commissioning Desk" java -Dcommissioningdesk.startupTrace=true \
      -jar target/commissioning-desk.jar --db "$WORK/bench")
  window+=($((e - s)))
  for _ in $(seq 1 200); do grep -q "startup database-ready" "$WORK/stderr" && break; sleep 0.05; done
  r=$(awk '/startup database-ready/ {print $3}' "$WORK/stderr")
  ready+=($((r - s)))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

mb=$(printf '%s\n' "${bare[@]}" | median)
mw=$(printf '%s\n' "${window[@]}" | median)
mr=$(printf '%s\n' "${ready[@]}" | median)
echo "runs: $RUNS (medians, milliseconds from process start)"
echo "bare JavaFX window visible:        $mb   [${bare[*]}]"
echo "Commissioning Desk window visible: $mw   [${window[*]}]"
echo "Commissioning Desk database ready: $mr   [${ready[*]}]"
awk -v b="$mb" -v w="$mw" -v r="$mr" 'BEGIN {printf "ratio window/bare: %.2f   ratio ready/bare: %.2f\n", w/b, r/b}'
