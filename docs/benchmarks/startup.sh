#!/usr/bin/env bash
# Start-up benchmark: launch-to-window time of Commissioning Desk, as a ratio against a bare JavaFX window
# started with plain `java -cp`, all measured in the same run on the same machine, in turn.
#
#   docs/benchmarks/startup.sh            # 7 runs of each, medians
#   RUNS=15 docs/benchmarks/startup.sh
#
# Measures, from the moment the process is started:
#   bare      a bare JavaFX window (one label) is visible, started with `java -cp` (JavaFX jars on the class path)
#   jar       Commissioning Desk's window is visible, started with `java -jar target/commissioning-desk.jar`
#   packaged  the same, started by the packaged launcher (target/installer/image, made by
#             `installer/build.sh app-image`: a jlinked runtime and the application's class-data archive)
#   ready     the database is opened and migrated (trace mark database-ready), for jar and packaged
# and, for the command line, the time `prospectus list` takes from start to finish, jar and packaged.
# The packaged columns are left out when there is no app image. Needs Xvfb and xdotool when no display is set
# (Debian: apt-get install xvfb xdotool libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-7}

mvn -q -B -DskipTests -Djacoco.skip=true package test-compile >/dev/null
CP="target/test-classes:$(ls target/lib/*.jar | tr '\n' ':')"
PACKAGED=target/installer/image/commissioning-desk/bin/commissioning-desk
[ -x "$PACKAGED" ] || { echo "No app image: run installer/build.sh app-image to measure the packaged app too."; PACKAGED=; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${XVFB:-}" ] && kill $XVFB 2>/dev/null || true' EXIT
if [ -z "${DISPLAY:-}" ]; then
  # Xvfb picks a free display and writes its number once it is ready.
  Xvfb -displayfd 1 -screen 0 1440x900x24 >"$WORK/display" 2>/dev/null &
  XVFB=$!
  for _ in $(seq 1 200); do [ -s "$WORK/display" ] && break; sleep 0.05; done
  [ -s "$WORK/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(cat "$WORK/display")"
fi
# Nothing of the person running this is touched: data, log and preferences go to the work folder.
AWAY=(-Dcommissioningdesk.dataFolder="$WORK/data" -Dcommissioningdesk.logFolder="$WORK/logs"
      -Djava.util.prefs.userRoot="$WORK/prefs")
# A realistic database: the London 2006/07 register, already set up.
java "${AWAY[@]}" -jar target/commissioning-desk.jar --db "$WORK/bench" init --starter london-2006 >/dev/null

now_ms() { date +%s%3N; }

# Prints "start end pid": the milliseconds at start and when a window titled $1 is visible; the rest is the command.
time_to_window() {
  local title=$1; shift
  local start end pid
  # The window of the run before must be gone first, or it would be taken for this one's.
  for _ in $(seq 1 500); do xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1 || break; sleep 0.02; done
  start=$(now_ms)
  "$@" 2>"$WORK/stderr" >/dev/null &
  pid=$!
  # Poll every 20 ms (xdotool's own --sync waits in steps of half a second, too coarse here); give up after a minute.
  until xdotool search --onlyvisible --name "^${title}\$" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null || [ $(( $(now_ms) - start )) -gt 60000 ]; then
      echo "no window titled '$title' appeared:" >&2; cat "$WORK/stderr" >&2; exit 1
    fi
    sleep 0.02
  done
  end=$(now_ms)
  echo "$start $end $pid"
}

# Milliseconds from $1 until the trace's database-ready mark.
until_ready() {
  for _ in $(seq 1 300); do grep -q "startup database-ready" "$WORK/stderr" && break; sleep 0.05; done
  echo $(( $(awk '/startup database-ready/ {print $3}' "$WORK/stderr") - $1 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

bare=(); jar=(); jar_ready=(); packaged=(); packaged_ready=()
for i in $(seq 1 "$RUNS"); do
  read -r s e pid < <(time_to_window "Bare JavaFX Window" java -cp "$CP" org.commissioningdesk.bench.BareWindow)
  bare+=($((e - s)))
  kill "$pid"; wait "$pid" 2>/dev/null || true

  read -r s e pid < <(time_to_window "Commissioning Desk" java "${AWAY[@]}" -Dcommissioningdesk.startupTrace=true \
      -jar target/commissioning-desk.jar --db "$WORK/bench")
  jar+=($((e - s)))
  jar_ready+=("$(until_ready "$s")")
  kill "$pid"; wait "$pid" 2>/dev/null || true

  if [ -n "$PACKAGED" ]; then
    # The launcher takes extra options only through JAVA_TOOL_OPTIONS.
    read -r s e pid < <(JAVA_TOOL_OPTIONS="${AWAY[*]} -Dcommissioningdesk.startupTrace=true" \
        time_to_window "Commissioning Desk" "$PACKAGED" --db "$WORK/bench")
    packaged+=($((e - s)))
    packaged_ready+=("$(until_ready "$s")")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  fi
done

# The command line, start to finish: listing the prospectuses of the benchmark database.
cli() { local s; s=$(now_ms); "$@" >/dev/null 2>&1; echo $(( $(now_ms) - s )); }
cli_jar=(); cli_packaged=()
for i in $(seq 1 "$RUNS"); do
  cli_jar+=("$(cli java "${AWAY[@]}" -jar target/commissioning-desk.jar --db "$WORK/bench" prospectus list)")
  if [ -n "$PACKAGED" ]; then
    cli_packaged+=("$(JAVA_TOOL_OPTIONS="${AWAY[*]}" cli "$PACKAGED" --db "$WORK/bench" prospectus list)")
  fi
done

mb=$(printf '%s\n' "${bare[@]}" | median)
mj=$(printf '%s\n' "${jar[@]}" | median)
mjr=$(printf '%s\n' "${jar_ready[@]}" | median)
echo "runs: $RUNS (medians, milliseconds from process start)"
echo "bare JavaFX window visible (java -cp):   $mb   [${bare[*]}]"
echo "window visible, java -jar:               $mj   [${jar[*]}]"
echo "database ready, java -jar:               $mjr   [${jar_ready[*]}]"
awk -v b="$mb" -v w="$mj" -v r="$mjr" 'BEGIN {printf "ratio to bare, java -jar: window %.2f, ready %.2f\n", w/b, r/b}'
echo "command line, prospectus list, java -jar: $(printf '%s\n' "${cli_jar[@]}" | median)   [${cli_jar[*]}]"
if [ -n "$PACKAGED" ]; then
  mp=$(printf '%s\n' "${packaged[@]}" | median)
  mpr=$(printf '%s\n' "${packaged_ready[@]}" | median)
  echo "window visible, packaged:                $mp   [${packaged[*]}]"
  echo "database ready, packaged:                $mpr   [${packaged_ready[*]}]"
  awk -v b="$mb" -v w="$mp" -v r="$mpr" 'BEGIN {printf "ratio to bare, packaged:  window %.2f, ready %.2f\n", w/b, r/b}'
  echo "command line, prospectus list, packaged: $(printf '%s\n' "${cli_packaged[@]}" | median)   [${cli_packaged[*]}]"
  # Each run's packaged window against the bare window measured just before it: steadier than the ratio of
  # medians on a machine whose load comes and goes.
  paired=$(for i in "${!bare[@]}"; do awk -v p="${packaged[$i]}" -v b="${bare[$i]}" 'BEGIN {printf "%.3f\n", p/b}'; done)
  echo "packaged window / bare window, run by run: median $(echo "$paired" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'), at most 1.0 in $(echo "$paired" | awk '$1 <= 1.0' | wc -l) of $RUNS runs"
fi
