#!/usr/bin/env bash
# Adds to the .deb that jpackage made the files a Debian desktop expects, as files of the package (so that
# removing the package removes them): the command on the PATH, /usr/bin/commissioning-desk; the menu entry,
# /usr/share/applications/commissioning-desk.desktop; and its icon in the hicolor theme. (jpackage's own menu
# entry is installed by its postinst with xdg-desktop-menu, which fails on a machine with no menu folders.)
#   installer/linux/add-to-deb.sh FILE.deb
set -euo pipefail
DEB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS="$HERE/../icons"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fakeroot -- sh -e -c '
  dpkg-deb -R "$1" "$2/pkg"
  cd "$2/pkg"
  mkdir -p usr/bin usr/share/applications usr/share/icons/hicolor/scalable/apps usr/share/icons/hicolor/512x512/apps
  ln -s /opt/commissioning-desk/bin/commissioning-desk usr/bin/commissioning-desk
  install -m 644 "$3/commissioning-desk.desktop" usr/share/applications/
  install -m 644 "$4/commissioning-desk.svg" usr/share/icons/hicolor/scalable/apps/
  install -m 644 "$4/commissioning-desk.png" usr/share/icons/hicolor/512x512/apps/
  # The installed size (KiB) counts the added files too.
  size=$(du -sk --exclude=DEBIAN . | cut -f1)
  sed -i "s/^Installed-Size:.*/Installed-Size: $size/" DEBIAN/control
  dpkg-deb --build -Zxz "$2/pkg" "$2/out.deb" >/dev/null
' sh "$DEB" "$WORK" "$HERE" "$ICONS"
mv "$WORK/out.deb" "$DEB"
