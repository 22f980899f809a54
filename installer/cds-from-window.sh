#!/usr/bin/env bash
# Makes the class-data-sharing archive of a built or installed program from a window start: the demo in a scratch
# data folder, then the window opened on it with -XX:ArchiveClassesAtExit, started exactly as the launcher starts it
# (the program's jar alone on the class path: Java 17 takes an archive only with the class path it was made with).
# Once the window has settled (the dashboard filled in: the process has used no processor for 2 s), it is ended with
# SIGTERM, on which the JVM writes the archive as on a normal exit. build-installer.sh runs it for the app-image and,
# seen at /opt/ecopark-ledger, for the .deb.
#
#   installer/cds-from-window.sh JAVA APP_DIR LOG
#
# JAVA: the runtime's java; APP_DIR: the folder of ecopark-ledger.jar, where ecopark-ledger.jsa is written.
# Needs a display: DISPLAY, else Xvfb (started here, and stopped). Linux only (reads /proc).
# Exit 0 with the archive made, else non-zero and no archive.
set -uo pipefail

java="$1" app_dir="$2" log="$3"
archive="$app_dir/ecopark-ledger.jsa"
readonly SETTLE_SECONDS=2 LIMIT_SECONDS=180
rm -f "$archive"
scratch="$(mktemp -d)"
xvfb_pid=""
window_pid=""
cleanup() {
  [ -z "$window_pid" ] || kill -KILL "$window_pid" 2>/dev/null
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT
give_up() { echo "cds-from-window: $*" >>"$log"; rm -f "$archive"; exit 1; }

if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || give_up "no display and no Xvfb"
  Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$scratch/display" >>"$log" 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -s "$scratch/display" ] && break; sleep 0.1; done
  [ -s "$scratch/display" ] || give_up "Xvfb did not start"
  export DISPLAY=":$(cat "$scratch/display")"
fi

# As the launcher starts it: the launcher's own options (jpackage-app-image.txt), but for the archive it reads (this
# start writes one), and the same class path.
mapfile -t launcher < <(sed -n 's/^--java-options //p' "$(dirname "$0")/jpackage-app-image.txt" \
  | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xlog:cds')
[ "${#launcher[@]}" -gt 0 ] || give_up "no --java-options in $(dirname "$0")/jpackage-app-image.txt"
options=("${launcher[@]}" -cp "$app_dir/ecopark-ledger.jar")
ECOPARK_LEDGER_HOME="$scratch" "$java" "${options[@]}" org.ecopark.ledger.Launcher demo --db "$scratch/ledger" \
  >>"$log" 2>&1 || give_up "the demo could not be made"
ECOPARK_LEDGER_HOME="$scratch" "$java" "-XX:ArchiveClassesAtExit=$archive" "${options[@]}" \
  org.ecopark.ledger.Launcher --db "$scratch/ledger" >>"$log" 2>&1 &
window_pid=$!

# the processor time (clock ticks) the window's JVM has used so far
ticks() { awk '{print $14 + $15}' "/proc/$window_pid/stat" 2>/dev/null; }
last="$(ticks)" idle=0
for ((second = 1; second <= LIMIT_SECONDS; second++)); do
  sleep 1
  now="$(ticks)"
  [ -n "$now" ] || give_up "the window ended by itself"
  # settled: less than 2 ticks (20 ms) a second, after the first 5 s
  if [ "$second" -gt 5 ] && [ $((now - last)) -lt 2 ]; then idle=$((idle + 1)); else idle=0; fi
  last="$now"
  [ "$idle" -lt "$SETTLE_SECONDS" ] || break
done
[ "$idle" -ge "$SETTLE_SECONDS" ] || give_up "the window did not settle in $LIMIT_SECONDS s"
kill -TERM "$window_pid"
wait "$window_pid" 2>/dev/null
window_pid=""
[ -f "$archive" ] || give_up "no archive written"
exit 0
