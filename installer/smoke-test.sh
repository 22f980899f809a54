#!/usr/bin/env bash
# Smoke check of a built app-image or an installed program: the launcher starts, prints its version and exits 0,
# shows its help, and opens (creates, migrates) a database outside the program's folder. Needs no display.
#
#   installer/smoke-test.sh [APP_DIR] [EXPECTED_VERSION]
#
# APP_DIR: the app-image (default target/installer/EcoParkLedger) or an installation (/opt/ecopark-ledger).
set -euo pipefail

cd "$(dirname "$0")/.."
app="${1:-target/installer/EcoParkLedger}"
expected="${2:-}"
launcher="$app/bin/EcoParkLedger"

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
[ -x "$launcher" ] || fail "no launcher at $launcher"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# A scratch data folder (log, preferences), so the check never touches the user's own.
export ECOPARK_LEDGER_HOME="$scratch/data"
unset DISPLAY
touch "$scratch/started"

# run NAME ARGS...: runs the launcher with a time limit; output in $scratch/NAME.out, fails on a non-zero exit.
run() {
  local name="$1"; shift
  local rc=0
  timeout 120 "$launcher" "$@" >"$scratch/$name.out" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    cat "$scratch/$name.out" >&2
    fail "'$launcher $*' exited with $rc"
  fi
}

run version --version
version_line="$(head -n 1 "$scratch/version.out")"
[[ "$version_line" =~ ^EcoPark\ Ledger\ [0-9] ]] || fail "--version printed '$version_line'"
if [ -n "$expected" ] && [[ "$version_line" != "EcoPark Ledger $expected"* ]]; then
  fail "--version printed '$version_line', expected $expected"
fi
[ "$(wc -l <"$scratch/version.out")" = 1 ] || { cat "$scratch/version.out" >&2; fail "--version printed more than its version"; }

# The launcher's heap (jpackage-app-image.txt): at most 1 GB, not a quarter of the PC; and its compilers' thresholds.
cfg="$app/lib/app/EcoParkLedger.cfg"
[ -f "$cfg" ] && grep -qx 'java-options=-Xmx1g' "$cfg" || fail "the launcher does not set -Xmx1g ($cfg)"
grep -qx 'java-options=-XX:CompileThresholdScaling=4' "$cfg" \
  || fail "the launcher does not set -XX:CompileThresholdScaling=4 ($cfg)"

run help --help
grep -q '\binfo\b' "$scratch/help.out" || fail "--help does not list the info command"

run info info --db "$scratch/db/ledger"
[ -f "$scratch/db/ledger.mv.db" ] || fail "info did not create $scratch/db/ledger.mv.db"
grep -q "${version_line#EcoPark Ledger }" "$scratch/info.out" || fail "info does not show the version"
# Opening it again runs the migrations on an existing file, as an upgrade does.
run reopen info --db "$scratch/db/ledger"

# The program keeps nothing in its own folder: data, log and preferences belong to the data folder.
written="$(find "$app" -newer "$scratch/started" -type f \( -name '*.db' -o -name '*.log' -o -name '*.properties' \) | head -n 3)"
[ -z "$written" ] || fail "the program wrote into its own folder: $written"

echo "smoke-test: OK: $version_line; --help; info created and reopened a database ($(grep -c . "$scratch/info.out") lines)"
