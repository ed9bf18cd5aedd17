#!/usr/bin/env bash
# The installers' checks that .ci/run runs after the tests: builds this system's packages with the installer
# profile, holds them to their size limits, then runs the smoke test and the upgrade test of the .deb.
#   packaging/checks/check-packages.sh [MAVEN_ARGS...]     (e.g. -Drevision=1.2.0 -Dchangelist= for a release)
# Prints one "package checks: skipped ..." line and exits 0 where the machine cannot build a .deb.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(uname -s)" != Linux ] || ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "package checks: skipped: the .deb is built and tried on a Debian-like Linux only"
    exit 0
fi
missing=()
command -v jpackage >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    elif ! command -v jpackage >/dev/null 2>&1 || ! command -v fakeroot >/dev/null 2>&1; then
        echo "package checks: skipped: jpackage and fakeroot are needed (apt-get install -y fakeroot)"
        exit 0
    fi
fi

started=$SECONDS
mvn -B -q -Pinstaller -DskipTests package "$@"
deb=$(ls target/installer/creative-atlas_*_amd64.deb)
image_mb=$(du -sm target/installer/creative-atlas | cut -f1)
deb_mb=$(( $(stat -c %s "$deb") / 1048576 ))
tar_mb=$(( $(stat -c %s target/installer/creative-atlas-*-linux-x64.tar.gz) / 1048576 ))
echo "package checks: built in $(( SECONDS - started )) s: app image ${image_mb} MB on disk (limit 200)," \
    ".deb ${deb_mb} MB (limit 90), tar.gz ${tar_mb} MB"
[ "$image_mb" -le 200 ] || { echo "package checks: FAILED: the app image is over 200 MB" >&2; exit 1; }
[ "$deb_mb" -le 90 ] || { echo "package checks: FAILED: the .deb is over 90 MB" >&2; exit 1; }

packaging/checks/smoke-test.sh "$deb"

# the same app image packaged as the next version (compressed fast: only its version differs)
version=$(basename "$deb" | sed 's/^creative-atlas_\([0-9.]*\)-.*/\1/')
next=${version%.*}.$(( ${version##*.} + 1 ))
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 \
    mvn -B -q -Pinstaller exec:exec@deb -Drevision="$next"
next_deb=$(ls target/installer/creative-atlas_"$next"-*_amd64.deb)
trap 'rm -f "$next_deb"' EXIT   # only for the test: target/installer keeps the packages of this version
packaging/checks/upgrade-test.sh "$deb" "$next_deb"
echo "package checks: done in $(( SECONDS - started )) s"
