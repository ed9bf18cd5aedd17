#!/usr/bin/env bash
# Smoke test of the Linux package, as a user meets it: install the .deb (dpkg -i when root; otherwise unpacked with
# dpkg-deb -x), run the command line and open the window from the installed launcher, then remove the package.
#   packaging/checks/smoke-test.sh [DEB]     (after mvn -B -Pinstaller -DskipTests package)
# Prints one "smoke test: skipped ..." line and exits 0 where the machine cannot do a step.
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/checks/x11.sh

deb=${1:-$(ls target/installer/creative-atlas_*_amd64.deb 2>/dev/null | head -1 || true)}
if ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "smoke test: skipped: no dpkg-deb on this machine (not Debian-like)"
    exit 0
fi
if [ ! -f "$deb" ]; then
    echo "smoke test: no .deb to test: build it with mvn -B -Pinstaller -DskipTests package" >&2
    exit 1
fi

work=$(mktemp -d)
installed=
app_pid=
made_dirs=()
cleanup() {
    [ -n "$app_pid" ] && stop_app "$app_pid"
    stop_xvfb
    if [ -n "$installed" ]; then
        dpkg --purge creative-atlas >/dev/null 2>&1 || true
    fi
    for dir in "${made_dirs[@]}"; do
        rm -rf "$dir"
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "smoke test: FAILED: $*" >&2
    exit 1
}

echo "smoke test: $(basename "$deb"), $(( $(stat -c %s "$deb") / 1048576 )) MB"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libgtk-3-0 libgl1 xdg-utils; do
    [[ ", $depends," == *", $needed,"* || ", $depends," == *", $needed "* ]] || fail "Depends lacks $needed: $depends"
done

if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null 2>&1; then
    for dir in /etc/xdg/menus /usr/share/desktop-directories /usr/share/applications; do
        if [ ! -d "$dir" ]; then
            # a machine without a desktop lacks the menu folders; made for the test so the menu entry is checked too
            mkdir -p "$dir"
            made_dirs+=("$dir")
        fi
    done
    # the package's own Depends must be enough: apt fetches what this machine lacks
    if ! dpkg -i "$deb" >"$work/dpkg.log" 2>&1; then
        apt-get install -f -y -qq >>"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i"; }
    fi
    installed=yes
    root=
    dpkg-query -W -f='${Status}\n' creative-atlas | grep -q "install ok installed" || fail "package not installed"
    echo "smoke test: installed with dpkg -i into /opt/creative-atlas"
else
    root="$work/root"
    dpkg-deb -x "$deb" "$root"
    echo "smoke test: not root, so unpacked with dpkg-deb -x instead of installed"
fi
launcher="$root/opt/creative-atlas/bin/creative-atlas"
desktop=$(ls "$root"/opt/creative-atlas/lib/*.desktop)
grep -q '^Categories=Office;Education;' "$desktop" || fail "desktop entry not in Office/Education: $desktop"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root$icon" ] || fail "desktop entry's icon $icon is not in the package"
if [ -n "$installed" ]; then
    ls /usr/share/applications/*creative-atlas*.desktop >/dev/null 2>&1 || fail "no menu entry installed"
fi

# the app's default catalogue and preferences go here, not into the home folder of whoever runs the test
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
version=$("$launcher" --version) || fail "--version exited with $?"
echo "smoke test: --version: $(head -1 <<<"$version")"
[[ $version == "Creative Atlas "* ]] || fail "--version printed: $version"
stats=$("$launcher" stats --db "$work/new.db") || fail "stats exited with $?"
grep -q "0 actors" <<<"$stats" || fail "stats on a new file printed: $stats"
set +e
"$launcher" stats --db "$work/no-such-folder/x.db" 2>"$work/err.txt"
code=$?
set -e
[ "$code" = 1 ] || fail "a user error should exit 1, exited $code"
echo "smoke test: stats on a new catalogue: exit 0; on an unwritable path: exit 1 ($(head -1 "$work/err.txt"))"

if command -v Xvfb >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1; then
    start_xvfb
    started=$(date +%s%N)
    "$launcher" --db "$work/gui.db" >"$work/gui.log" 2>&1 &
    app_pid=$!
    wait_window "^Creative Atlas" "$app_pid" 90 >/dev/null || { cat "$work/gui.log" >&2; fail "no window"; }
    echo "smoke test: the window appeared after $(( ($(date +%s%N) - started) / 1000000 )) ms"
    if [ -n "${SMOKE_SCREENSHOT:-}" ]; then
        sleep 3
        import -window root "$SMOKE_SCREENSHOT"
    fi
    stop_app "$app_pid"
    app_pid=
    stop_xvfb
else
    echo "smoke test: window check skipped: no Xvfb or xdotool (apt-get install -y xvfb xdotool)"
fi

if [ -n "$installed" ]; then
    dpkg --purge creative-atlas >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg --purge"; }
    installed=
    [ ! -e /opt/creative-atlas ] || fail "/opt/creative-atlas left behind by dpkg --purge"
    ! ls /usr/share/applications/*creative-atlas*.desktop >/dev/null 2>&1 || fail "menu entry left behind"
    echo "smoke test: removed with dpkg --purge"
fi
echo "smoke test: passed"
