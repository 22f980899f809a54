#!/usr/bin/env bash
# Retakes the pictures of the user guide (src/main/resources/guide/images/) from the real window on the demo
# ledger, so that they can be kept current with the program. Needs Xvfb, xdotool and ImageMagick (import, convert).
#
#   ./mvnw -DskipTests package && src/site/guide-screenshots.sh [DISPLAY_NUMBER]
#
# The window runs on its own virtual screen (1366x768, :99 unless given) with the scratch data folder
# /tmp/EcoParkLedger (made afresh, removed at the end; the status bar shows its path), so the user's ledger and
# preferences are not touched. Each picture is the window cropped and scaled to 960 pixels wide
# with a 256-colour palette (about 60-130 KB each).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/target/ecopark-ledger.jar"
OUT="$ROOT/src/main/resources/guide/images"
NUM="${1:-99}"
export DISPLAY=":$NUM"
WORK=/tmp/EcoParkLedger
rm -rf "$WORK"
mkdir -p "$WORK"
export ECOPARK_LEDGER_HOME="$WORK"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
Xvfb "$DISPLAY" -screen 0 1366x768x24 >/dev/null 2>&1 &
PIDS+=($!)
sleep 2
java -jar "$JAR" demo --db "$WORK/ledger" >/dev/null

APP=""
start_window() {  # start_window DB WAIT: the window on DB, its place in WX WY, WAIT seconds after the first frame
    java -jar "$JAR" --db "$1" >"$WORK/window.log" 2>&1 &
    APP=$!
    PIDS+=("$APP")
    for _ in $(seq 60); do
        WID="$(xdotool search --onlyvisible --pid "$APP" 2>/dev/null | head -1 || true)"
        [ -n "$WID" ] && break
        sleep 1
    done
    sleep "$2"  # the ledger opens (a new one is made) and the dashboard is evaluated behind the first frame
    eval "$(xdotool getwindowgeometry --shell "$WID")"
    WX=$X WY=$Y WW=$WIDTH WH=$HEIGHT
}
stop_window() {
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
}
click() {  # click X Y, relative to the main window
    xdotool mousemove $((WX + $1)) $((WY + $2)) click 1
    sleep "${3:-2}"
}
nav() {  # nav N: the N-th entry of the navigation (0 = 总览)
    click 62 $((63 + 36 * $1)) 3
}
shot() {  # shot NAME [GEOMETRY]: the window (or a part of the screen) as NAME.png
    import -window root "$WORK/raw.png"
    convert "$WORK/raw.png" -crop "${2:-${WW}x${WH}+${WX}+${WY}}" +repage -resize '960x>' \
        -colors 256 -strip "PNG8:$OUT/$1.png"
    echo "$OUT/$1.png $(stat -c %s "$OUT/$1.png") bytes"
}

mkdir -p "$OUT"

# The first start on a new ledger file: the demo is offered; 选择园区 asks which park this PC serves.
start_window "$WORK/new/ledger" 25
shot first-start
click 667 497          # 选择园区
shot choose-park
stop_window

start_window "$WORK/ledger" 10
shot dashboard
click 535 290 4        # the card 主营业务收入: its trajectory and records
shot target-detail
nav 1
shot targets
nav 2
shot enterprises
nav 8
shot statistics
nav 10
shot collection-templates
click 265 156
shot collection-import
click 350 156
shot collection-lists
nav 11
shot submissions
click 27 18 1          # 文件 → 备份, then 文件 → 恢复…
click 40 100 5
xdotool key Return
sleep 1
click 27 18 1
click 40 135 4
shot restore
xdotool key Escape
sleep 1
click 62 699 3         # 设置
shot settings
stop_window
