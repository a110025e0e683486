#!/usr/bin/env bash
# The Debian package's install, upgrade and removal test, as a director's machine meets them:
#
#   installer/test-deb.sh OLDER.deb NEWER.deb
#
# 1. installs OLDER.deb with apt-get (which fetches what it depends on, GTK among them);
# 2. as an ordinary person (the account "director", made if missing) sets up a database with the London
#    starter pack and the demo prospectuses, from the command on the PATH;
# 3. installs NEWER.deb over it: the data is still there, upgraded, with the before-upgrade copy beside it;
#    a PDF is exported from the installed launcher;
# 4. removes the package: nothing of it is left on the machine, and the person's data is left alone.
# Checks, at each step, that nothing is written inside the install folder. Run it as root on a Debian or
# Ubuntu machine you can throw away (a container, a virtual machine, or a debootstrap chroot); it stops at the
# first check that fails. installer/upgrade-test.sh builds an OLDER.deb from an earlier commit.
set -euo pipefail
OLD=$(realpath "$1")
NEW=$(realpath "$2")
APP=/opt/commissioning-desk
PERSON=director
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*"; }
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; exit 1; }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
as_person() { su - "$PERSON" -c "$*"; }
version_of() { dpkg-deb -f "$1" Version | sed 's/-[0-9]*$//'; }

id "$PERSON" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$PERSON"
HOME_DIR=$(getent passwd "$PERSON" | cut -d: -f6)
DATA="$HOME_DIR/.local/share/commissioning-desk"
if dpkg -s commissioning-desk >/dev/null 2>&1; then
  apt-get remove -y -q commissioning-desk >/dev/null
fi
rm -rf "$DATA"

step "install $(basename "$OLD")"
apt-get install -y -q "$OLD" >/tmp/commissioning-desk-apt.log 2>&1 || { cat /tmp/commissioning-desk-apt.log; fail "apt-get install"; }
pass "apt-get install ./$(basename "$OLD")"
check "it declares libgtk-3-0" sh -c "dpkg -s commissioning-desk | grep -q '^Depends:.*libgtk-3-0'"
check "libgtk-3-0 is installed" dpkg -s libgtk-3-0 >/dev/null
check "the application is under $APP" test -x "$APP/bin/commissioning-desk"
check "commissioning-desk is on the PATH" sh -c "command -v commissioning-desk | grep -q /usr/bin/commissioning-desk"
check "a menu entry" sh -c "grep -q '^Exec=$APP/bin/commissioning-desk' /usr/share/applications/commissioning-desk.desktop"
check "the menu entry's icon" test -f /usr/share/icons/hicolor/512x512/apps/commissioning-desk.png
check "the start-up class-data archive was made" test -s "$APP/lib/app/commissioning-desk.jsa"
OLD_VERSION=$(version_of "$OLD")
# (Builds before the installers reported their Maven version, not the package's.)
check "it starts and says its version" sh -c "su - $PERSON -c 'commissioning-desk --version' | grep -q '^Commissioning Desk [0-9]'"

step "a director sets up a database"
touch /tmp/commissioning-desk-marker
as_person commissioning-desk init --starter london-2006 --demo | sed 's/^/  | /'
check "the database is in the person's data folder" test -f "$DATA/commissioning-desk.mv.db"
check "the log is in the person's data folder" sh -c "ls '$DATA'/logs/commissioning-desk-*.log >/dev/null"
check "nothing was written inside $APP" sh -c "[ -z \"\$(find $APP -newer /tmp/commissioning-desk-marker -print -quit)\" ]"
BEFORE=$(as_person commissioning-desk prospectus list)
echo "$BEFORE" | sed 's/^/  | /'
three_rows() { echo "$BEFORE" | grep -q '^3 rows'; }
check "three prospectuses" three_rows

step "upgrade to $(basename "$NEW")"
apt-get install -y -q "$NEW" >/tmp/commissioning-desk-apt.log 2>&1 || { cat /tmp/commissioning-desk-apt.log; fail "apt-get install"; }
NEW_VERSION=$(version_of "$NEW")
check "installed $NEW_VERSION over $OLD_VERSION" sh -c "dpkg -s commissioning-desk | grep -q '^Version: $NEW_VERSION'"
check "it says its version ($NEW_VERSION)" sh -c "su - $PERSON -c 'commissioning-desk --version' | grep -qx 'Commissioning Desk $NEW_VERSION'"
check "the start-up class-data archive was made again" test -s "$APP/lib/app/commissioning-desk.jsa"
touch /tmp/commissioning-desk-marker
AFTER=$(as_person commissioning-desk prospectus list)
echo "$AFTER" | sed 's/^/  | /'
same_prospectuses() { [ "$(echo "$BEFORE" | cut -c1-62)" = "$(echo "$AFTER" | cut -c1-62)" ]; }
check "the same prospectuses, by id and title" same_prospectuses
ls -1 "$DATA" | sed 's/^/  | /'
check "the copy taken before upgrading is kept beside it" sh -c "ls '$DATA'/commissioning-desk.before-v*.mv.db >/dev/null 2>&1 || [ '$OLD_VERSION' = '$NEW_VERSION' ]"
as_person commissioning-desk export prospectus --format pdf --out "$HOME_DIR/prospectus.pdf" 3 | sed 's/^/  | /'
check "a PDF exported from the installed launcher" sh -c "head -c 5 '$HOME_DIR/prospectus.pdf' | grep -q '%PDF-'"
check "nothing was written inside $APP" sh -c "[ -z \"\$(find $APP -newer /tmp/commissioning-desk-marker -print -quit)\" ]"

step "remove"
apt-get remove -y -q commissioning-desk >/tmp/commissioning-desk-apt.log 2>&1 || { cat /tmp/commissioning-desk-apt.log; fail "apt-get remove"; }
pass "apt-get remove commissioning-desk"
check "$APP is gone" test ! -e "$APP"
check "the command is gone" test ! -e /usr/bin/commissioning-desk
check "the menu entry is gone" test ! -e /usr/share/applications/commissioning-desk.desktop
check "the icon is gone" test ! -e /usr/share/icons/hicolor/512x512/apps/commissioning-desk.png
check "dpkg knows nothing of it" sh -c "! dpkg -s commissioning-desk 2>/dev/null | grep -q '^Status: install'"
check "the person's data is left alone" test -f "$DATA/commissioning-desk.mv.db"
rm -f /tmp/commissioning-desk-marker
printf '\nAll checks passed.\n'
