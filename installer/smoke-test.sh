#!/usr/bin/env bash
# The packaged launcher's smoke test, with no display (CI runs it after installer/build.sh app-image):
#   --version says the version it was built as, and nothing else (no Java warning in a person's terminal);
#   init sets up a database in the user data folder, which is outside the install folder, and writes
#   nothing inside the install folder;
#   exports (a prospectus as PDF and Word, the organisations register as CSV) are read back.
#
#   installer/smoke-test.sh [APP_IMAGE_FOLDER]     default: target/installer/image/commissioning-desk
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=$(realpath "${1:-target/installer/image/commissioning-desk}")
LAUNCHER="$IMAGE/bin/commissioning-desk"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# A person's session with no display, whose data folder is under WORK.
unset DISPLAY WAYLAND_DISPLAY JAVA_TOOL_OPTIONS
export XDG_DATA_HOME="$WORK/data"
DATA="$XDG_DATA_HOME/commissioning-desk"
touch "$WORK/marker"
sleep 1

version=$("$LAUNCHER" --version 2>&1)
expected=$(sed -n 's/^java-options=-Djpackage.app-version=//p' "$IMAGE/lib/app/commissioning-desk.cfg")
[ "$version" = "Commissioning Desk $expected" ] || fail "--version said '$version', expected 'Commissioning Desk $expected'"
ok "--version: $version"

"$LAUNCHER" init --starter london-2006 --demo >"$WORK/init.txt" 2>&1 || { cat "$WORK/init.txt"; fail "init"; }
grep -q "114 organisations" "$WORK/init.txt" || { cat "$WORK/init.txt"; fail "init did not set up the starter pack"; }
[ -f "$DATA/commissioning-desk.mv.db" ] || fail "no database at $DATA/commissioning-desk.mv.db"
case "$(realpath "$DATA")/" in
  "$IMAGE"/*) fail "the data folder $DATA is inside the install folder $IMAGE" ;;
esac
ls "$DATA"/logs/commissioning-desk-*.log >/dev/null 2>&1 || fail "no log in $DATA/logs"
ok "init: the database and the log are in the data folder, $DATA"

"$LAUNCHER" export prospectus --format pdf --out "$WORK/prospectus.pdf" 3 >/dev/null || fail "export as PDF"
[ "$(head -c 5 "$WORK/prospectus.pdf")" = "%PDF-" ] || fail "the PDF export is not a PDF"
tail -c 32 "$WORK/prospectus.pdf" | grep -q "%%EOF" || fail "the PDF export is not whole"
"$LAUNCHER" export prospectus --format docx --out "$WORK/prospectus.docx" 3 >/dev/null || fail "export as Word"
python3 - "$WORK/prospectus.docx" <<'EOF' || fail "the Word export does not hold the prospectus"
import sys, zipfile
text = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
sys.exit(0 if "Tower Hamlets PCT Commissioning Prospectus 2007/08" in text else 1)
EOF
"$LAUNCHER" export register organisations --format csv --out "$WORK/organisations.csv" >/dev/null \
  || fail "export of the register as CSV"
grep -q "Barts and The London NHS Trust" "$WORK/organisations.csv" || fail "the CSV export does not hold the register"
[ "$(grep -c . "$WORK/organisations.csv")" -ge 115 ] || fail "the CSV export is short"
ok "exports: PDF, Word and CSV read back"

changed=$(find "$IMAGE" -newer "$WORK/marker" -print -quit)
[ -z "$changed" ] || fail "the launcher wrote inside the install folder: $changed"
ok "nothing was written inside the install folder"
echo "Packaged launcher smoke test passed."
