# Shared by the package checks (sourced): a private X display and waiting for a window on it.

# Starts Xvfb on a display number it picks itself; exports DISPLAY and sets XVFB_PID.
start_xvfb() {
    local number_file
    number_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$number_file" 2>/dev/null &
    XVFB_PID=$!
    for _ in $(seq 200); do
        [ -s "$number_file" ] && break
        sleep 0.05
    done
    export DISPLAY=":$(cat "$number_file")"
    rm -f "$number_file"
}

stop_xvfb() {
    if [ -n "${XVFB_PID:-}" ]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=
    fi
}

# wait_window TITLE PID [SECONDS]: prints the id of a visible window whose name matches the regular expression TITLE
# once there is one; fails if process PID ends first or none appears in time (60 s).
wait_window() {
    local title=$1 pid=$2 limit=${3:-60} start=$SECONDS id
    while :; do
        id=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -1 || true)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "the program ended before its window '$title' appeared" >&2
            return 1
        fi
        if (( SECONDS - start >= limit )); then
            echo "no window '$title' after ${limit} s" >&2
            return 1
        fi
        sleep 0.01
    done
}

# stop_app PID: ends the app and waits for it
stop_app() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
