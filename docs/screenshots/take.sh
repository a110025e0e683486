#!/usr/bin/env bash
# Retakes the README screenshots: runs the real application under Xvfb on a fresh database set up
# with the London 2006/07 pack, drives it with xdotool (mouse clicks at the 1280x800 layout) and
# captures the screen. Needs: apt-get install xvfb xdotool imagemagick libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=docs/screenshots
mvn -q -B -DskipTests package >/dev/null

# Another display can be chosen when :98 is taken: SCREENSHOT_DISPLAY=:97 docs/screenshots/take.sh
export DISPLAY=${SCREENSHOT_DISPLAY:-:98}
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
# A believable home for a commissioning manager (the status bar shows the database as ~/...).
HOME_DIR=$(mktemp -d)
mkdir -p "$HOME_DIR/Documents/Commissioning"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$HOME_DIR"; }
trap cleanup EXIT
sleep 1

java -Duser.name=director -Duser.home="$HOME_DIR" -Djava.util.prefs.userRoot="$HOME_DIR/.java" \
    -jar target/commissioning-desk.jar --db "$HOME_DIR/Documents/Commissioning/camden" >/dev/null 2>&1 &
APP=$!
WID=$(xdotool search --sync --onlyvisible --name '^Commissioning Desk$' | head -n 1)
xdotool windowmove "$WID" 0 0
sleep 2
shot() { sleep "${2:-1}"; import -window root -crop 1280x800+0+0 "$OUT/$1.png"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep 0.4; }

shot starter-pack                     # the first-start dialog
click 453 434                         # with the demonstration prospectuses
click 810 553                         # Start with London 2006/07
shot dashboard 4
click 70 165                          # rail: Prospectuses
shot prospectuses 2
xdotool mousemove 350 218 click --repeat 2 --delay 80 1   # open Tower Hamlets PCT's prospectus
sleep 1
click 343 174                         # the Priorities tab
shot prospectus-editor
click 427 174                         # the Consultation tab
shot prospectus-consultation
click 300 56                          # back to the list

# Specifications: the demo's heart attack specification, agreed as version 1 with a draft version 2.
xdotool key ctrl+4                    # Go > Specifications
sleep 1.5
click 240 219                         # open out the heart attack specification (the third row)
xdotool mousemove 640 790
shot specifications
xdotool mousemove 300 267 click --repeat 2 --delay 80 1   # open its version 2, the draft
sleep 1.5
click 1200 365                        # Preview of 2 Outcomes
xdotool mousemove 640 790
shot specification-editor
click 354 174                         # the Care pathway tab
xdotool mousemove 640 790
shot specification-pathway
click 682 174                         # the Versions and history tab
click 719 395                         # Compare (with version 1)
xdotool mousemove 640 790
shot specification-compare 1.5
click 330 56                          # back to the specification
click 300 56                          # back to the library
sleep 1
click 70 129                          # rail: Organisations
sleep 1
click 410 88; xdotool type --delay 30 "north central"
click 330 139                         # the first row
shot organisations
click 1195 88                         # New organisation
click 1128 181; xdotool type --delay 30 "Camden PCT"
click 1128 213; click 1128 240        # Type: the first item, PCT
shot organisations-duplicate
