#!/usr/bin/env bash
# How long the packaged app's window takes to appear, against a bare JavaFX window holding an empty table that is
# packaged with the same runtime and started by the same kind of launcher; the two take turns in one run.
#   packaging/checks/measure-startup.sh [APP_IMAGE] [RUNS]   (after mvn -B -Pinstaller -DskipTests package)
# Needs a JDK (javac, jar, jpackage), Xvfb and xdotool (apt-get install -y xvfb xdotool).
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/checks/x11.sh
app_image=${1:-target/installer/creative-atlas}
runs=${2:-10}
work=$(mktemp -d)
cleanup() {
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT
start_xvfb

mkdir -p "$work/bare-in"
javac --system "$app_image/lib/runtime" -d "$work/bare-classes" packaging/checks/BareWindow.java
jar --create --file "$work/bare-in/bare.jar" -C "$work/bare-classes" .
jpackage --type app-image --name bare-window --dest "$work" --input "$work/bare-in" --main-jar bare.jar \
    --main-class BareWindow --runtime-image "$app_image/lib/runtime"

# time_window TITLE COMMAND...: milliseconds from starting COMMAND until its window TITLE is on the screen
time_window() {
    local title=$1 start end pid
    shift
    start=$(date +%s%N)
    XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$@" >/dev/null 2>&1 &
    pid=$!
    wait_window "$title" "$pid" >/dev/null
    end=$(date +%s%N)
    stop_app "$pid"
    echo $(( (end - start) / 1000000 ))
}

median() {
    sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

app=("$app_image/bin/creative-atlas" --db "$work/empty.db")
bare=("$work/bare-window/bin/bare-window")
time_window "^Creative Atlas" "${app[@]}" >/dev/null   # first runs: file cache, preferences
time_window "^Bare window$" "${bare[@]}" >/dev/null
for _ in $(seq "$runs"); do
    time_window "^Bare window$" "${bare[@]}" >>"$work/bare.ms"
    time_window "^Creative Atlas" "${app[@]}" >>"$work/app.ms"
done
bare_ms=$(median <"$work/bare.ms")
app_ms=$(median <"$work/app.ms")
echo "bare window:    $(paste -sd' ' "$work/bare.ms") ms, median $bare_ms"
echo "Creative Atlas: $(paste -sd' ' "$work/app.ms") ms, median $app_ms"
awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "ratio: %.2f (target at most 1.20)\n", a / b }'
