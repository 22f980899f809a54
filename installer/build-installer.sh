#!/usr/bin/env bash
# Builds the Linux installer from the shaded jar: a jlink'd runtime, an app-image with that runtime, the .deb,
# a class-data-sharing archive for the app-image, then the smoke check. Maven runs it in the `installer`
# profile (`./mvnw -Pinstaller package`); CI runs it with --app-image-only against the jar it already built.
#
#   installer/build-installer.sh [--version X.Y.Z] [--jar PATH] [--app-image-only] [--no-smoke]
#
# The class-data-sharing archives come from a window start (installer/cds-from-window.sh), which needs a display
# or Xvfb; the .deb's is made at build time for /opt/ecopark-ledger in a mount namespace of its own (unshare).
#
# Needs a JDK 17 (jlink, jpackage: JAVA_HOME, else the one on PATH) and, for the .deb, fakeroot and dpkg-deb.
# The build is mostly dpkg-deb compressing ~120 MB with xz (a minute or more); --app-image-only is ~30-60 s.
# Output in target/installer/: runtime/, EcoParkLedger/ (the app-image), ecopark-ledger_<version>-1_amd64.deb.
set -euo pipefail

cd "$(dirname "$0")/.."
readonly OUT=target/installer
readonly APP_NAME=EcoParkLedger

version=""
jar=target/ecopark-ledger.jar
app_image_only=false
smoke=true
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --app-image-only) app_image_only=true; shift ;;
    --no-smoke) smoke=false; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build-installer: unknown argument $1" >&2; exit 2 ;;
  esac
done

fail() { echo "build-installer: $*" >&2; exit 1; }
step() { echo "[installer] ${SECONDS}s: $*"; }

[ "$(uname -s)" = Linux ] || fail "this script builds the Linux packages; on Windows use installer/build-installer.ps1; \
there is no macOS installer (installer/README.md): run the jar there with java -jar"
[ -f "$jar" ] || fail "$jar is missing: build it first (./mvnw -DskipTests package)"

# The JDK's tools: JAVA_HOME (set by the Maven wrapper's caller or CI), else the java on PATH.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  jdk_bin="$JAVA_HOME/bin"
else
  jdk_bin="$(dirname "$(readlink -f "$(command -v java)")")"
fi
[ -x "$jdk_bin/jpackage" ] && [ -x "$jdk_bin/jlink" ] || fail "no jpackage/jlink next to $jdk_bin/java: a full JDK 17 is needed"
# The bundled runtime is made from this JDK, so its version is the version users get.
java_feature="$("$jdk_bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
[ "${java_feature%%.*}" -ge 17 ] 2>/dev/null || fail "the JDK at $jdk_bin is Java $java_feature; 17 is needed"
[ "$java_feature" = 17 ] || echo "[installer] note: bundling a Java $java_feature runtime; the program is built and tested on 17" >&2

# The version comes from the pom (Maven passes it); alone, the script reads the pom's own <version>.
if [ -z "$version" ]; then
  version="$(sed -n '/<artifactId>ecopark-ledger<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q}' pom.xml)"
fi
# Packages want a plain number: 0.2.0-SNAPSHOT is packaged as 0.2.0.
app_version="${version%%-*}"
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "cannot make a package version out of '$version'"

mkdir -p "$OUT"

# 1. The runtime. jlink takes ~15 s, so an existing runtime is kept while jlink.txt and the JDK are unchanged.
runtime="$OUT/runtime"
stamp="$(cat installer/jlink.txt; "$jdk_bin/java" -version 2>&1)"
if [ -f "$runtime/release" ] && [ -f "$OUT/runtime.stamp" ] && [ "$(cat "$OUT/runtime.stamp")" = "$stamp" ]; then
  step "runtime: reusing $runtime"
else
  step "runtime: jlink into $runtime"
  rm -rf "$runtime" "$OUT/runtime.stamp"
  # jlink prints its class-data-sharing progress; only a failure is worth showing.
  "$jdk_bin/jlink" @installer/jlink.txt --output "$runtime" >"$OUT/jlink.log" 2>&1 || { cat "$OUT/jlink.log" >&2; fail "jlink failed"; }
  printf '%s' "$stamp" >"$OUT/runtime.stamp"
fi

# 2. The app-image: the launcher, the runtime and the jar (alone in the input folder).
step "app-image: $OUT/$APP_NAME ($app_version)"
rm -rf "$OUT/input" "$OUT/$APP_NAME"
mkdir -p "$OUT/input"
cp "$jar" "$OUT/input/ecopark-ledger.jar"
"$jdk_bin/jpackage" --type app-image @installer/jpackage-common.txt @installer/jpackage-app-image.txt \
  --app-version "$app_version" --input "$OUT/input" --runtime-image "$runtime" \
  --icon installer/icons/ecopark-ledger.png --dest "$OUT"
app_image="$OUT/$APP_NAME"

# The class-data-sharing archives. Best made from a window start (JavaFX, the controls, the styles, the dashboard and
# the database classes all in it; the benchmark measured the dashboard filled 30 % sooner than with an archive made
# by `info`): installer/cds-from-window.sh. Without a display or Xvfb, the `info` command still archives picocli,
# H2, Flyway, jOOQ and logging.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
: >"$OUT/cds.log"
# info_archive JAVA APP_DIR: the archive from the info command.
info_archive() {
  rm -f "$2/ecopark-ledger.jsa"
  ECOPARK_LEDGER_HOME="$scratch" "$1" "-XX:ArchiveClassesAtExit=$2/ecopark-ledger.jsa" -Dfile.encoding=UTF-8 -Xmx1g \
    -cp "$2/ecopark-ledger.jar" org.ecopark.ledger.Launcher info --db "$scratch/info-ledger-$RANDOM" >>"$OUT/cds.log" 2>&1
}

# 3. The .deb, from the app-image. Java 17 takes an archive only for the path (and time stamp) of the jar it was
# made from, so the .deb's is made with the app-image seen at /opt/ecopark-ledger, where the .deb installs it: in a
# mount namespace of this script's own (unshare; as root, or as a user where user namespaces are allowed). jpackage
# gives the jar it packages a new time stamp, so the jar's time stamp at the archive's making goes beside it
# (ecopark-ledger.jsa.jar-time) for the postinst to put back on the installed jar, the same bytes; the postinst keeps
# the archive when the JVM then takes it, else it makes one from `info`.
if [ "$app_image_only" = false ]; then
  command -v fakeroot >/dev/null || fail "fakeroot is needed for the .deb (apt-get install fakeroot)"
  command -v dpkg-deb >/dev/null || fail "dpkg-deb is needed for the .deb (it comes with dpkg: build on Debian or Ubuntu)"
  app_image_abs="$(cd "$app_image" && pwd -P)"
  # shellcheck disable=SC2016 # expanded by the inner shell
  if command -v unshare >/dev/null && unshare -rm bash -c 'mount -t tmpfs tmpfs /opt && mkdir /opt/ecopark-ledger \
        && mount --bind "$1" /opt/ecopark-ledger \
        && "$2" /opt/ecopark-ledger/lib/runtime/bin/java /opt/ecopark-ledger/lib/app "$3" \
        && stat -c %Y /opt/ecopark-ledger/lib/app/ecopark-ledger.jar >/opt/ecopark-ledger/lib/app/ecopark-ledger.jsa.jar-time' \
        _ "$app_image_abs" "$PWD/installer/cds-from-window.sh" "$PWD/$OUT/cds.log"; then
    step "deb: archive for /opt/ecopark-ledger made from a window start"
  else
    rm -f "$app_image/lib/app/ecopark-ledger.jsa" "$app_image/lib/app/ecopark-ledger.jsa.jar-time"
    echo "[installer] the .deb ships no archive (see $OUT/cds.log): its postinst makes one from info" >&2
  fi
  step "deb: packaging"
  rm -f "$OUT"/ecopark-ledger_*.deb
  "$jdk_bin/jpackage" @installer/jpackage-common.txt @installer/jpackage-linux.txt \
    --app-version "$app_version" --app-image "$app_image" --dest "$OUT"
  deb="$(ls "$OUT"/ecopark-ledger_*.deb)"
  step "deb: $deb ($(du -h "$deb" | cut -f1))"
fi

# 4. The archive of this app-image, where it lies.
step "app-image: class-data-sharing archive"
rm -f "$app_image/lib/app/ecopark-ledger.jsa.jar-time"
app_dir="$(cd "$app_image/lib/app" && pwd -P)"  # the launcher resolves symlinks too
java_cmd="$app_image/lib/runtime/bin/java"
cds_made=false
if installer/cds-from-window.sh "$java_cmd" "$app_dir" "$OUT/cds.log"; then
  cds_made=true
  step "app-image: archive made from a window start"
elif info_archive "$java_cmd" "$app_dir"; then
  cds_made=true
  step "app-image: archive made from the info command (no display for a window start)"
fi
if [ "$cds_made" = true ]; then
  step "app-image: $(du -h "$app_dir/ecopark-ledger.jsa" | cut -f1) archive; app-image $(du -sh "$app_image" | cut -f1)"
else
  rm -f "$app_dir/ecopark-ledger.jsa"
  echo "[installer] no class-data-sharing archive (see $OUT/cds.log); the app-image works without it" >&2
fi

# 5. The smoke check: the app-image starts, prints its version, opens a database.
if [ "$smoke" = true ]; then
  installer/smoke-test.sh "$app_image" "$app_version"
fi
