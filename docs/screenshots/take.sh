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

# Specifications: one made from the cardiology template, agreed, then a second version changed.
xdotool key ctrl+4                    # Go > Specifications
sleep 1
click 360 120                         # New from template…
sleep 1
click 903 632                         # Use template (the first: cardiology and primary PCI)
sleep 1
xdotool type --delay 30 "Primary PCI for heart attack"   # the title, selected on opening
click 515 166; click 380 311          # Commissioner: Camden PCT
click 1035 166; click 868 239         # Provider: Barts and The London NHS Trust
xdotool key ctrl+s
sleep 1.5
click 335 86                          # Agree…
sleep 1
click 640 420; xdotool type --delay 30 "Agreed at the Camden contract meeting"
click 870 490                         # Agree
sleep 1.5
click 428 86                          # New version
sleep 1.5
click 1100 650; xdotool key ctrl+a    # 3.1 Aims and objectives, rewritten
xdotool type --delay 15 "To give every patient with a heart attack primary angioplasty at a heart attack centre within 150 minutes of calling for help, and rehabilitation close to home."
click 354 196                         # the Care pathway tab
click 265 511                         # Add step
sleep 0.5
xdotool type --delay 20 "GP practice"; xdotool key Tab
xdotool type --delay 20 "GP"; xdotool key Tab
xdotool type --delay 20 "Annual review of secondary prevention medicines"; xdotool key ctrl+Tab
xdotool type --delay 20 "365"
sleep 0.5
xdotool key ctrl+s
sleep 1.5
click 267 196                         # the Sections tab
click 1200 387                        # Preview of 2 Outcomes
xdotool mousemove 640 790
shot specification-editor
click 354 196                         # the Care pathway tab
xdotool mousemove 640 790
shot specification-pathway
click 682 196                         # the Versions and history tab
click 719 417                         # Compare with v1
xdotool mousemove 640 790
shot specification-compare
click 330 56                          # back to the specification
click 300 56                          # back to the library
sleep 1
click 360 120; sleep 1; click 460 284; click 903 632   # from the intermediate care template
sleep 1; xdotool key ctrl+s; sleep 1.5; click 300 56
sleep 1
click 360 120; sleep 1; click 428 358; click 903 632   # from the community mental health template
sleep 1; xdotool key ctrl+s; sleep 1.5; click 300 56
sleep 1
click 240 219                         # open out Primary PCI for heart attack
click 330 243                         # its first version
xdotool mousemove 640 790
shot specifications
click 70 129                          # rail: Organisations
sleep 1
click 410 88; xdotool type --delay 30 "north central"
click 330 139                         # the first row
shot organisations
click 1195 88                         # New organisation
click 1128 181; xdotool type --delay 30 "Camden PCT"
click 1128 213; click 1128 240        # Type: the first item, PCT
shot organisations-duplicate
