#!/usr/bin/env bash
# Checks that the jar starts on every system it is meant for: JavaFX's native libraries and platform classes for
# Windows (x64), macOS (Apple silicon, or Intel when built with -Djavafx.classifier.mac=mac) and Linux (x64) are
# in it, each library built for that system's processor, the manifest starts the plain Launcher, and no class of the
# benchmark is in it (it has its own jar).
# A second or so; CI runs it after the build (README, "One jar for Windows, macOS and Linux").
#
#   installer/check-jar.sh [JAR] [--mac-arch arm64|x86_64]
#
# Needs unzip and od. The names are those of the JavaFX 21 jars (javafx-graphics-21.0.11-{win,mac-aarch64,linux}):
# a JavaFX upgrade that renames a library makes this fail until the lists below are brought up to date.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=target/ecopark-ledger.jar
mac_arch=arm64
while [ $# -gt 0 ]; do
  case "$1" in
    --mac-arch) mac_arch="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "check-jar: unknown argument $1" >&2; exit 2 ;;
    *) jar="$1"; shift ;;
  esac
done
[ -f "$jar" ] || { echo "check-jar: $jar is missing: build it first (./mvnw -DskipTests package)" >&2; exit 1; }
command -v unzip >/dev/null || { echo "check-jar: unzip is needed (apt-get install unzip)" >&2; exit 1; }

# Windows: the libraries JavaFX loads, and the C++ runtime it brings along (it loads it before glass.dll).
readonly WINDOWS=(glass.dll prism_d3d.dll prism_sw.dll prism_common.dll javafx_font.dll javafx_iio.dll decora_sse.dll
  msvcp140.dll msvcp140_1.dll msvcp140_2.dll vcruntime140.dll vcruntime140_1.dll ucrtbase.dll
  com/sun/glass/ui/win/WinApplication.class com/sun/prism/d3d/D3DPipeline.class)
readonly MACOS=(libglass.dylib libprism_es2.dylib libprism_sw.dylib libprism_common.dylib libjavafx_font.dylib
  libjavafx_iio.dylib libdecora_sse.dylib com/sun/glass/ui/mac/MacApplication.class)
readonly LINUX=(libglass.so libglassgtk3.so libprism_es2.so libprism_sw.so libprism_common.so libjavafx_font.so
  libjavafx_font_freetype.so libjavafx_font_pango.so libjavafx_iio.so libdecora_sse.so
  com/sun/glass/ui/gtk/GtkApplication.class)

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
entries="$scratch/entries"
unzip -Z1 "$jar" >"$entries"
# the libraries at the jar's root, where JavaFX looks for them (-W: no * across a /)
unzip -q -W -d "$scratch/root" "$jar" '*.dll' '*.dylib' '*.so' 2>/dev/null || true
problems=0
problem() { echo "check-jar: $*" >&2; problems=$((problems + 1)); }

# Bytes of one library, from OFFSET, as hex without spaces.
bytes() { od -An -tx1 -j "$2" -N "$3" "$scratch/root/$1" | tr -d ' \n'; }

# The processor a native library is built for, from its header: PE (Windows), Mach-O (macOS), ELF (Linux).
arch_of() {
  local name="$1" magic
  case "$name" in
    *.dll)
      # the PE header's offset is at 0x3c (little-endian); the machine follows "PE\0\0"
      local at; at="$(bytes "$name" 60 4)"
      at=$((16#${at:6:2}${at:4:2}${at:2:2}${at:0:2}))
      [ "$(bytes "$name" "$at" 4)" = 50450000 ] || { echo "not-PE"; return; }
      case "$(bytes "$name" $((at + 4)) 2)" in 6486) echo x86_64 ;; 64aa) echo arm64 ;; 4c01) echo x86 ;; *) echo other ;; esac ;;
    *.dylib)
      magic="$(bytes "$name" 0 8)"
      case "$magic" in
        cffaedfe0c000001) echo arm64 ;; cffaedfe07000001) echo x86_64 ;; cafebabe*) echo universal ;; *) echo other ;;
      esac ;;
    *.so)
      [ "$(bytes "$name" 0 4)" = 7f454c46 ] || { echo "not-ELF"; return; }
      case "$(bytes "$name" 18 2)" in 3e00) echo x86_64 ;; b700) echo arm64 ;; *) echo other ;; esac ;;
  esac
}

check_system() {
  local system="$1" arch="$2"; shift 2
  local name found=0 libs=0
  for name in "$@"; do
    if grep -qxF "$name" "$entries"; then
      found=$((found + 1))
    else
      problem "$system: $name is not in $jar"
    fi
  done
  # every library of the system at the jar's root (where JavaFX looks for them), not only the listed ones
  local suffix="${1##*.}"
  while IFS= read -r name; do
    libs=$((libs + 1))
    local got; got="$(arch_of "$name")"
    [ "$got" = "$arch" ] || problem "$system: $name is built for $got, not $arch"
  done < <(grep -E "^[^/]+\.${suffix}\$" "$entries")
  echo "check-jar: $system: $found of $# expected entries, $libs .$suffix libraries for $arch"
}

check_system Windows x86_64 "${WINDOWS[@]}"
check_system macOS "$mac_arch" "${MACOS[@]}"
check_system Linux x86_64 "${LINUX[@]}"

main_class="$(unzip -p "$jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Main-Class: //p')"
[ "$main_class" = org.ecopark.ledger.Launcher ] || problem "the manifest's Main-Class is '$main_class', not org.ecopark.ledger.Launcher"

# The benchmark is a jar of its own (target/ecopark-ledger-bench.jar): none of it in the program users install.
bench_entries="$(grep -cE '^org/ecopark/ledger/(bench|logic/bench)/|/(StartupProbe|BareWindow|ProbedStart)[.$]' "$entries" || true)"
[ "$bench_entries" = 0 ] || problem "$bench_entries benchmark classes in the program's jar, e.g. $(grep -m1 -E \
  '^org/ecopark/ledger/(bench|logic/bench)/|/(StartupProbe|BareWindow|ProbedStart)[.$]' "$entries")"

if [ "$problems" -gt 0 ]; then
  echo "check-jar: FAILED: $problems problem(s) in $jar" >&2
  exit 1
fi
echo "check-jar: OK: $jar ($(du -h "$jar" | cut -f1)) carries JavaFX for Windows x86_64, macOS $mac_arch and Linux x86_64"
