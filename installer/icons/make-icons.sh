#!/usr/bin/env bash
# Makes every icon from the one drawing, commissioning-desk.svg:
#   commissioning-desk.png   512 px, the Linux package's icon and the menu entry's
#   commissioning-desk.ico   16 to 256 px, the Windows installer's and launcher's
#   commissioning-desk.icns  16 to 1024 px, the macOS application bundle's
#   and the window's own icons (16 to 256 px) in the application's resources.
# The results are kept in the repository, so a build needs none of these tools; run this after changing the
# drawing. Needs (Debian): apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
SRC=commissioning-desk.svg
WINDOW=../../src/main/resources/org/commissioningdesk/app/icons
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" "$SRC" --output "$TMP/$size.png"
done

cp "$TMP/512.png" commissioning-desk.png
convert "$TMP/16.png" "$TMP/24.png" "$TMP/32.png" "$TMP/48.png" "$TMP/64.png" "$TMP/128.png" "$TMP/256.png" \
  commissioning-desk.ico
png2icns commissioning-desk.icns "$TMP/16.png" "$TMP/32.png" "$TMP/48.png" "$TMP/128.png" "$TMP/256.png" \
  "$TMP/512.png" "$TMP/1024.png" >/dev/null

mkdir -p "$WINDOW"
for size in 16 32 48 64 128 256; do
  cp "$TMP/$size.png" "$WINDOW/commissioning-desk-$size.png"
done
echo "Icons made from $SRC."
