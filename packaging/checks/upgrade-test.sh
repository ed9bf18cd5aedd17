#!/usr/bin/env bash
# Upgrading keeps the researcher's data: install OLD_DEB, make a catalogue and preferences with it as a user would,
# install NEW_DEB over it, and check that both are untouched and the new version reads them.
#   packaging/checks/upgrade-test.sh OLD_DEB NEW_DEB      (root, dpkg, Xvfb and xdotool; skips with one line otherwise)
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/checks/x11.sh
old_deb=$1
new_deb=$2

if [ "$(id -u)" != 0 ] || ! command -v dpkg >/dev/null 2>&1; then
    echo "upgrade test: skipped: installing packages needs root and dpkg"
    exit 0
fi
if ! command -v Xvfb >/dev/null 2>&1 || ! command -v xdotool >/dev/null 2>&1; then
    echo "upgrade test: skipped: the preferences are made in the window, which needs Xvfb and xdotool"
    exit 0
fi

work=$(mktemp -d)
app_pid=
cleanup() {
    [ -n "$app_pid" ] && stop_app "$app_pid"
    stop_xvfb
    dpkg --purge creative-atlas >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "upgrade test: FAILED: $*" >&2
    exit 1
}
launcher=/opt/creative-atlas/bin/creative-atlas
# the researcher's own folders (the XDG ones the app uses on Linux), kept out of the tester's home folder
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
catalogue="$XDG_DATA_HOME/creative-atlas/atlas.db"
preferences="$XDG_CONFIG_HOME/creative-atlas/preferences.json"
start_xvfb

install() {
    dpkg -i "$1" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg -i $1"; }
    echo "upgrade test: installed $(dpkg-query -W -f='${Package} ${Version}' creative-atlas)"
}

# starts the installed app on the default catalogue
start_app() {
    "$launcher" >"$work/gui.log" 2>&1 &
    app_pid=$!
}

# loaded_window TITLE: the id of the app's window once the catalogue is loaded (the name then matches TITLE)
loaded_window() {
    wait_window "$1" "$app_pid" 120 || { cat "$work/gui.log" >&2; fail "no window $1"; }
}

quit_app() {
    xdotool windowfocus --sync "$1" key ctrl+q
    for _ in $(seq 200); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$app_pid" 2>/dev/null && fail "ctrl+Q did not quit the app"
    app_pid=
}

actors() {
    "$launcher" stats | sed -n 's/.*: \([0-9]*\) actors.*/\1/p'
}

install "$old_deb"
seeded=$(actors)   # the first use seeds the default catalogue
printf 'Name,Country\nUpgrade Check Studio,KZ\n' >"$work/own.csv"
"$launcher" import-csv "$work/own.csv" --type organisation >/dev/null
[ "$(actors)" = $((seeded + 1)) ] || fail "the researcher's row was not added"
# a preference set in the window: its size, which quitting saves
start_app
window=$(loaded_window "^Creative Atlas — atlas.db")
xdotool windowsize --sync "$window" 1000 640
sleep 1
quit_app "$window"
grep -q '"windowWidth" *: *1000' "$preferences" || fail "the window size was not saved: $(cat "$preferences" 2>&1)"
before=$(sha256sum "$catalogue" "$preferences")
echo "upgrade test: made a catalogue of $((seeded + 1)) actors (one added by hand) and preferences (window 1000 x 640)"

install "$new_deb"
[ "$(sha256sum "$catalogue" "$preferences")" = "$before" ] || fail "the upgrade changed the catalogue or preferences"
[ "$(actors)" = $((seeded + 1)) ] || fail "the new version does not see the researcher's catalogue"
start_app
window=$(loaded_window "^Creative Atlas — atlas.db")
sleep 1
geometry=$(xdotool getwindowgeometry "$window" | sed -n 's/.*Geometry: //p')
quit_app "$window"
[ "$geometry" = "1000x640" ] || fail "the new version opened a $geometry window, not the saved 1000x640"
echo "upgrade test: after the upgrade the catalogue and preferences are unchanged, and the new version shows" \
    "$((seeded + 1)) actors in a $geometry window"
echo "upgrade test: passed"
