#!/usr/bin/env bash
# Builds Commissioning Desk's native installer for the system this runs on, into target/installer/.
#
#   installer/build.sh             the app image, then the package: .deb on Linux, .msi on Windows, .dmg on macOS
#   installer/build.sh app-image   the app image only (target/installer/image/), as CI builds and tries it
#
# Steps: Maven builds the jar; jdeps finds the JDK modules it needs; jlink makes a Java runtime of those
# modules and JavaFX's, with a class-data archive of the JDK's classes (--generate-cds-archive); jpackage makes
# the app image (launcher, runtime, jars) from the argument files in installer/jpackage/; one training start
# under a display lists the classes a start-up loads (the class list for the application's class-data
# archive, see installer/linux/make-class-archive); then jpackage makes the package from the image.
#
# Needs: JDK 17 or later (jlink, jpackage, jdeps) and Maven. Linux: dpkg-deb and fakeroot, and a display for
# the training start (Xvfb is started when there is none: apt-get install xvfb). Windows: run it in Git Bash,
# with the WiX Toolset 3 on the PATH. macOS: the Xcode command line tools. See README.md, "Build installers".
#
# The version is MAJOR.MINOR from pom.xml and the build number: BUILD_NUMBER if set, else the number of
# commits on this branch, so every build of main is numbered above the one before and an install of it
# replaces the older one (Windows' upgrade code is fixed in installer/jpackage/windows-package.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

WHAT=${1:-package}
case "$WHAT" in
  package|app-image) ;;
  *) echo "usage: installer/build.sh [app-image]" >&2; exit 2 ;;
esac

case "$(uname -s)" in
  Linux) OS=linux; FX=linux; PACKAGE=deb; NATIVE='\.so$'; NATIVE_DIR=lib ;;
  Darwin) OS=mac; FX=mac; PACKAGE=dmg; NATIVE='\.dylib$'; NATIVE_DIR=lib ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; FX=win; PACKAGE=msi; NATIVE='\.dll$'; NATIVE_DIR=bin ;;
  *) echo "installer/build.sh: $(uname -s) is not a system jpackage builds for" >&2; exit 1 ;;
esac

# --- the version -----------------------------------------------------------------------------------------------
POM_VERSION=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)
MAJOR_MINOR=$(echo "$POM_VERSION" | sed -n 's|^\([0-9]*\.[0-9]*\).*|\1|p')
if [ -z "${BUILD_NUMBER:-}" ]; then
  BUILD_NUMBER=$(git rev-list --count HEAD 2>/dev/null) \
    || { echo "installer/build.sh: not a git clone; set BUILD_NUMBER" >&2; exit 1; }
fi
VERSION="$MAJOR_MINOR.$BUILD_NUMBER"
echo "Building Commissioning Desk $VERSION ($OS, $WHAT)"

OUT="$PWD/target/installer"
rm -rf "$OUT"
mkdir -p "$OUT/javafx" "$OUT/input"

# --- the jar and its libraries ---------------------------------------------------------------------------------
if [ -z "${SKIP_MAVEN:-}" ]; then
  rm -rf target/lib
  mvn -B -q -Dstyle.color=never -DskipTests -Djacoco.skip=true -Dapp.version="$VERSION" package
fi
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-"$FX".jar) cp "$jar" "$OUT/javafx/" ;;   # JavaFX goes into the runtime, as modules
    javafx-*) ;;                                     # the empty, platform-neutral JavaFX jars
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
cp target/commissioning-desk.jar "$OUT/input/"

# --- the runtime -----------------------------------------------------------------------------------------------
# jdeps lists what the jars use; some of it only tools inside libraries use, never this application:
# jdk.javadoc (ICU's doc taglet), java.compiler, java.instrument and java.scripting (H2's compiled functions,
# agents and scripting, none of which a database of ours runs).
# Added: jdk.unsupported (libraries' Unsafe), jdk.crypto.ec (TLS to a shared PostgreSQL server),
# jdk.charsets (files in older encodings), jdk.zipfs, jdk.localedata (British formats).
MODULES=$(jdeps --print-module-deps --ignore-missing-deps -q --recursive --multi-release 17 \
  --module-path "$OUT/javafx" --class-path "$OUT/input/*" "$OUT/input/commissioning-desk.jar" \
  | tr ',' '\n' | grep -v -x -E 'jdk\.javadoc|java\.compiler|java\.instrument|java\.scripting' | paste -sd, -)
MODULES="$MODULES,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.zipfs,jdk.localedata"
echo "Runtime modules: $MODULES"
jlink --module-path "$OUT/javafx" --add-modules "$MODULES" --include-locales=en,en-GB \
  --strip-debug --no-header-files --no-man-pages --generate-cds-archive --output "$OUT/runtime" >/dev/null
# JavaFX looks for its native libraries in the runtime first; placed there, nothing is unpacked into the
# user's home folder at each start.
for jar in "$OUT"/javafx/*.jar; do
  libs=$(jar tf "$jar" | grep -E "$NATIVE" || true)
  if [ -n "$libs" ]; then
    (cd "$OUT/runtime/$NATIVE_DIR" && jar xf "$jar" $libs)
  fi
done

# --- the app image ---------------------------------------------------------------------------------------------
IMAGE_ARGS=(@installer/jpackage/common.txt @installer/jpackage/app-image.txt @installer/jpackage/$OS.txt)
[ -f installer/jpackage/$OS-app-image.txt ] && IMAGE_ARGS+=(@installer/jpackage/$OS-app-image.txt)
jpackage --type app-image "${IMAGE_ARGS[@]}" \
  --app-version "$VERSION" --input "$OUT/input" --runtime-image "$OUT/runtime" --dest "$OUT/image"
case "$OS" in
  linux) IMAGE="$OUT/image/commissioning-desk"; APP="$IMAGE/lib/app"; LAUNCHER="$IMAGE/bin/commissioning-desk"
         cp installer/linux/make-class-archive "$IMAGE/lib/" ;;
  mac) IMAGE="$OUT/image/Commissioning Desk.app"; APP="$IMAGE/Contents/app"
       LAUNCHER="$IMAGE/Contents/MacOS/Commissioning Desk" ;;
  windows) IMAGE="$OUT/image/Commissioning Desk"; APP="$IMAGE/app"; LAUNCHER="$IMAGE/commissioning-desk.exe" ;;
esac

# --- the training start: which classes a start-up loads --------------------------------------------------------
# The packaged launcher opens a demo database in a throwaway folder, shows its window and first screen; every
# class it loads is listed. Nothing of the builder's own (data, log, preferences) is touched.
TRAIN=$(mktemp -d)
# Paths handed to Java inside an environment variable are not translated by Git Bash on Windows: do it here.
native_path() { if command -v cygpath >/dev/null; then cygpath -m "$1"; else echo "$1"; fi; }
TRAIN_JAVA=$(native_path "$TRAIN")
XVFB=
cleanup() { [ -n "$XVFB" ] && kill "$XVFB" 2>/dev/null; rm -rf "$TRAIN"; }
trap cleanup EXIT
if [ "$OS" = linux ] && [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "installer/build.sh: no display, and no Xvfb to start one (apt-get install xvfb)" >&2; exit 1; }
  # Xvfb picks a free display and writes its number once it is ready.
  Xvfb -displayfd 1 -screen 0 1440x900x24 >"$TRAIN/display" 2>/dev/null &
  XVFB=$!
  for _ in $(seq 1 200); do [ -s "$TRAIN/display" ] && break; sleep 0.05; done
  [ -s "$TRAIN/display" ] || { echo "installer/build.sh: Xvfb did not start" >&2; exit 1; }
  export DISPLAY=":$(cat "$TRAIN/display")"
fi
AWAY="-Dcommissioningdesk.dataFolder=$TRAIN_JAVA/data -Dcommissioningdesk.logFolder=$TRAIN_JAVA/logs -Djava.util.prefs.userRoot=$TRAIN_JAVA/prefs"
JAVA_TOOL_OPTIONS="$AWAY" "$LAUNCHER" --db "$TRAIN_JAVA/train" init --starter london-2006 --demo >/dev/null 2>&1
JAVA_TOOL_OPTIONS="$AWAY -Dcommissioningdesk.startupTrace=true -XX:DumpLoadedClassList=$(native_path "$APP")/commissioning-desk.classlist" \
  "$LAUNCHER" --db "$TRAIN_JAVA/train" >/dev/null 2>"$TRAIN/trace" &
TRAINEE=$!
for _ in $(seq 1 600); do
  grep -q "startup screen-shown" "$TRAIN/trace" && break
  kill -0 "$TRAINEE" 2>/dev/null || break
  sleep 0.1
done
grep -q "startup screen-shown" "$TRAIN/trace" \
  || { echo "installer/build.sh: the training start did not show its first screen:" >&2; cat "$TRAIN/trace" >&2; exit 1; }
sleep 2   # the screen's own data, read in the background
kill "$TRAINEE"; wait "$TRAINEE" 2>/dev/null || true
# A person starting it from a terminal sees nothing from Java or its libraries: no stack trace, no logging
# set-up notice, no class-data warning.
if grep -E 'Exception|SLF4J|\[cds|WARNING' "$TRAIN/trace" >&2; then
  echo "installer/build.sh: the training start wrote the lines above to the terminal" >&2; exit 1
fi
echo "Class list: $(wc -l < "$APP/commissioning-desk.classlist") classes"

# --- the package -----------------------------------------------------------------------------------------------
if [ "$WHAT" = package ]; then
  jpackage --type "$PACKAGE" --app-image "$IMAGE" @installer/jpackage/common.txt @installer/jpackage/$OS.txt \
    @installer/jpackage/$OS-package.txt --app-version "$VERSION" --dest "$OUT"
  if [ "$OS" = linux ]; then
    installer/linux/add-to-deb.sh "$OUT"/commissioning-desk_"$VERSION"*.deb
  fi
  ls -l "$OUT"/*."$PACKAGE"
fi

# The app image's own class-data archive, made where it lies (the package's is made when it is installed).
if [ "$OS" = linux ]; then
  "$IMAGE/lib/make-class-archive"
fi
echo "App image: $IMAGE"
