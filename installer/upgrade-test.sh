#!/usr/bin/env bash
# The upgrade test: builds a .deb of an earlier commit and one of this checkout, then runs
# installer/test-deb.sh with them (install the older, make data, install the newer, data still there and
# upgraded, remove).
#
#   installer/upgrade-test.sh [--chroot DIR] [OLD_COMMIT]
#
# OLD_COMMIT defaults to the commit before the newest database migration was added, so the upgrade also
# upgrades the database. Both packages are built with this checkout's installer/ (the older commit may predate
# it); the older one is numbered by its own place in the history, so it is the lower version.
# --chroot DIR runs the test inside a Debian made with debootstrap (a fresh machine: nothing installed that the
# package does not bring), for example:
#   sudo debootstrap --variant=minbase bookworm DIR http://deb.debian.org/debian
# Without it, the test runs on this machine, as root: use one you can throw away.
# NEW_DEB=FILE tests that package as the newer one instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
CHROOT=
if [ "${1:-}" = --chroot ]; then
  CHROOT=$(realpath "$2"); shift 2
fi
OLD_COMMIT=${1:-$(git log -1 --format=%H --diff-filter=A -- src/main/resources/db/migration)^}
OLD_COMMIT=$(git rev-parse --short "$OLD_COMMIT")

WORK=$(mktemp -d)
cleanup() {
  git worktree remove --force "$WORK/old" 2>/dev/null || true
  if [ -n "$CHROOT" ]; then umount "$CHROOT/proc" "$CHROOT/dev/pts" "$CHROOT/dev" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The older package is kept in target/upgrade-test/COMMIT/, and built only when it is not there yet.
KEPT="target/upgrade-test/$OLD_COMMIT"
if ! ls "$KEPT"/*.deb >/dev/null 2>&1; then
  echo "Building the older package, from $OLD_COMMIT"
  git worktree add --detach --quiet "$WORK/old" "$OLD_COMMIT"
  rm -rf "$WORK/old/installer" && cp -r installer "$WORK/old/installer"
  (cd "$WORK/old" && BUILD_NUMBER=$(git rev-list --count "$OLD_COMMIT") installer/build.sh >"$WORK/old-build.log" 2>&1) \
    || { cat "$WORK/old-build.log"; exit 1; }
  mkdir -p "$KEPT" && cp "$WORK"/old/target/installer/*.deb "$KEPT/"
fi
OLD_DEB=$(ls "$KEPT"/*.deb)

if [ -z "${NEW_DEB:-}" ]; then
  echo "Building the newer package, from this checkout"
  installer/build.sh >"$WORK/new-build.log" 2>&1 || { cat "$WORK/new-build.log"; exit 1; }
  NEW_DEB=$(ls target/installer/*.deb)
fi

if [ -z "$CHROOT" ]; then
  installer/test-deb.sh "$OLD_DEB" "$NEW_DEB"
else
  mkdir -p "$CHROOT/tmp/upgrade-test"
  cp "$OLD_DEB" "$NEW_DEB" installer/test-deb.sh "$CHROOT/tmp/upgrade-test/"
  cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
  mount -t proc proc "$CHROOT/proc"
  mount --bind /dev "$CHROOT/dev"
  mount --bind /dev/pts "$CHROOT/dev/pts"
  chroot "$CHROOT" /bin/bash -c "apt-get update -q >/dev/null && cd /tmp/upgrade-test && ./test-deb.sh $(basename "$OLD_DEB") $(basename "$NEW_DEB")"
fi
