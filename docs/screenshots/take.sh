#!/usr/bin/env bash
# Retakes the README screenshots: runs the real application under Xvfb on a fresh database set up
# with the London 2006/07 pack, drives it with xdotool (mouse clicks at the 1280x800 layout) and
# captures the screen; then exports the demo's documents and renders a page of each. Needs:
# apt-get install xvfb xdotool imagemagick libgtk-3-0 poppler-utils
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
click 810 569                         # Start with London 2006/07
shot dashboard 10                     # the starter pack takes a few seconds on a slow machine
click 70 165                          # rail: Prospectuses
shot prospectuses 2
xdotool mousemove 350 218 click --repeat 2 --delay 80 1   # open Tower Hamlets PCT's prospectus
sleep 4                               # the editor opens at its first tab once the prospectus is read
click 343 276                         # the Priorities tab
shot prospectus-editor
# The same at 1024x768, the smallest screen it is made for: header buttons wrap, money boxes stack.
xdotool windowsize "$WID" 1024 768; sleep 1.5
import -window root -crop 1024x768+0+0 "$OUT/prospectus-editor-1024x768.png"
xdotool windowsize "$WID" 1280 800; sleep 1.5
click 427 276                         # the Consultation tab
shot prospectus-consultation
click 300 56                          # back to the list

# Specifications: the demo's heart attack specification, agreed as version 1 with a draft version 2.
xdotool key ctrl+4                    # Go > Specifications
sleep 1.5
click 240 219                         # open out the heart attack specification (the third row)
xdotool mousemove 640 790
shot specifications
xdotool mousemove 300 267 click --repeat 2 --delay 80 1   # open its version 2, the draft
sleep 4
click 1200 685                        # Preview of 2 Outcomes
xdotool mousemove 640 790
shot specification-editor
click 354 246                         # the Care pathway tab
xdotool mousemove 640 790
shot specification-pathway
click 682 246                         # the Versions and history tab
click 719 471                         # Compare (with version 1)
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
click 1128 231; sleep 1; click 1040 256   # Type: the first item, PCT (once its list is open)
shot organisations-duplicate

# Exported documents, a page of each, as the people they are sent to see them.
EXPORTS=$(mktemp -d)
desk() { java -Duser.name=director -Dcommissioningdesk.dataFolder="$EXPORTS/data" -jar target/commissioning-desk.jar \
    --db "$EXPORTS/demo" "$@" >/dev/null; }
# The page of FILE whose text holds TEXT (the last such page: the contents list names headings too).
page_with() {
    local n found=1; n=$(pdfinfo "$2" | awk '/^Pages:/ {print $2}')
    for ((i = 1; i <= n; i++)); do
        if pdftotext -f "$i" -l "$i" "$2" - | grep -qF "$1"; then found=$i; fi
    done
    echo "$found"
}
page() { local p; p=$(page_with "$2" "$3"); pdftoppm -r 70 -png -singlefile -f "$p" -l "$p" "$3" "$OUT/$1"; }
desk init --starter london-2006 --demo
cat > "$EXPORTS/paper.json" <<'JSON'
{"meeting": "PCT Board", "date": "2007-03-29", "agendaItem": "7", "paperNumber": "TB 42/07",
 "sponsor": "Director of Commissioning", "purpose": "approval",
 "recommendation": "THAT the Board approves the Commissioning Prospectus 2007/08 for publication, subject to the changes agreed in response to the consultation.",
 "objectives": "Improve health and narrow the gap in life expectancy; stay in financial balance.",
 "bafRisks": "BAF 2: financial balance in 2007/08. BAF 5: the 18-week wait by December 2008.",
 "financialImplications": "Net disinvestment of £500,000 over three years, within the financial plan.",
 "equalityImpact": "The priorities target Bangladeshi and Somali communities; the consultation was held in Bengali and Somali.",
 "involvement": "Eight consultation responses, answered in the \"You said, we did\" table.",
 "previouslyConsidered": "Professional Executive Committee, 1 March 2007", "part": "public"}
JSON
desk export prospectus "Tower Hamlets PCT Commissioning Prospectus 2007/08" --format pdf \
    --board-paper "$EXPORTS/paper.json" --out "$EXPORTS/paper.pdf"
page board-paper-cover "Agenda item" "$EXPORTS/paper.pdf"
page export-prospectus-finance "By service area" "$EXPORTS/paper.pdf"
desk export spec "Primary angioplasty for heart attack (Network Heart Attack Centre)" --format pdf --out "$EXPORTS/spec.pdf"
page export-specification-pathway "3.3 Population covered" "$EXPORTS/spec.pdf"
desk export spec-compare "Primary angioplasty for heart attack (Network Heart Attack Centre)" --from 1 --to 2 \
    --format pdf --out "$EXPORTS/changes.pdf"
page export-comparison "Parts changed" "$EXPORTS/changes.pdf"
desk export register organisations --format pdf --out "$EXPORTS/organisations.pdf"
page export-register "Filter" "$EXPORTS/organisations.pdf"
rm -rf "$EXPORTS"
