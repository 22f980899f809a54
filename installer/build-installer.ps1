# Builds the Windows installer from the shaded jar: a jlink'd runtime, an app-image with that runtime, the .msi
# (WiX 3), a class-data-sharing archive for the app-image, then a smoke check of the app-image.
# Maven runs it in the `installer` profile (mvnw.cmd -Pinstaller package).
#
#   powershell -ExecutionPolicy Bypass -File installer\build-installer.ps1 [-Version X.Y.Z] [-Jar PATH] [-AppImageOnly] [-NoSmoke]
#
# Needs a JDK 17 (JAVA_HOME, else the java on PATH) and, for the .msi, WiX Toolset 3.14 (candle.exe and light.exe
# on PATH; jpackage 17 does not know WiX 4 or later).
# Output in target\installer\: runtime\, EcoParkLedger\ (the app-image), EcoParkLedger-<version>.msi.
param(
    [string]$Version = "",
    [string]$Jar = "target\ecopark-ledger.jar",
    [switch]$AppImageOnly,
    [switch]$NoSmoke
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$Out = "target\installer"
$AppName = "EcoParkLedger"
$Started = Get-Date

function Fail([string]$Message) { [Console]::Error.WriteLine("build-installer: $Message"); exit 1 }
function Step([string]$Message) { Write-Host ("[installer] {0:N0}s: {1}" -f ((Get-Date) - $Started).TotalSeconds, $Message) }
# Runs a tool and stops on a non-zero exit (PowerShell does not do that for native programs by itself).
function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$Tool exited with $LASTEXITCODE" }
}

if (-not (Test-Path $Jar)) { Fail "$Jar is missing: build it first (mvnw.cmd -DskipTests package)" }

# The JDK's tools: JAVA_HOME, else the java on PATH.
if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\jpackage.exe")) {
    $JdkBin = "$env:JAVA_HOME\bin"
} else {
    $Java = Get-Command java.exe -ErrorAction SilentlyContinue
    if (-not $Java) { Fail "no JDK: set JAVA_HOME to a JDK 17" }
    $JdkBin = Split-Path -Parent $Java.Source
}
$Jlink = "$JdkBin\jlink.exe"
$Jpackage = "$JdkBin\jpackage.exe"
if (-not (Test-Path $Jpackage) -or -not (Test-Path $Jlink)) { Fail "no jpackage/jlink in $JdkBin: a full JDK 17 is needed" }

# The version comes from the pom (Maven passes it); alone, the script reads the pom's own <version>.
if (-not $Version) {
    $Pom = [xml](Get-Content -Raw -Encoding UTF8 pom.xml)
    $Version = $Pom.project.version
}
# An MSI version is numeric: 0.2.0-SNAPSHOT is packaged as 0.2.0.
$AppVersion = ($Version -split "-")[0]
if ($AppVersion -notmatch '^\d+(\.\d+){0,2}$') { Fail "cannot make a package version out of '$Version'" }

if (-not $AppImageOnly) {
    foreach ($Tool in "candle.exe", "light.exe") {
        if (-not (Get-Command $Tool -ErrorAction SilentlyContinue)) {
            Fail "$Tool is not on PATH: install WiX Toolset 3.14 (https://wixtoolset.org) and add its bin folder to PATH"
        }
    }
}

New-Item -ItemType Directory -Force $Out | Out-Null

# 1. The runtime, kept while jlink.txt and the JDK are unchanged (jlink takes a while).
$Runtime = "$Out\runtime"
$StampFile = "$Out\runtime.stamp"
$Stamp = (Get-Content -Raw installer\jlink.txt) + $JdkBin
if ((Test-Path "$Runtime\release") -and (Test-Path $StampFile) -and ((Get-Content -Raw $StampFile) -eq $Stamp)) {
    Step "runtime: reusing $Runtime"
} else {
    Step "runtime: jlink into $Runtime"
    Remove-Item -Recurse -Force $Runtime, $StampFile -ErrorAction SilentlyContinue
    & $Jlink "@installer/jlink.txt" --output $Runtime *> "$Out\jlink.log"
    if ($LASTEXITCODE -ne 0) { Get-Content "$Out\jlink.log"; Fail "jlink failed" }
    Set-Content -NoNewline -Path $StampFile -Value $Stamp
}

# 2. The app-image: the launcher, the runtime and the jar (alone in the input folder). The launcher's Java options,
#    the heap's -Xmx1g among them, are those of jpackage-app-image.txt, as on Linux.
Step "app-image: $Out\$AppName ($AppVersion)"
Remove-Item -Recurse -Force "$Out\input", "$Out\$AppName" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$Out\input" | Out-Null
Copy-Item $Jar "$Out\input\ecopark-ledger.jar"
Invoke-Tool $Jpackage @("--type", "app-image", "@installer/jpackage-common.txt", "@installer/jpackage-app-image.txt",
    "--app-version", $AppVersion, "--input", "$Out\input", "--runtime-image", $Runtime,
    "--icon", "installer/icons/ecopark-ledger.ico", "--dest", $Out)
$AppImage = "$Out\$AppName"

# 3. The .msi, from the app-image before it gets its archive. Java 17 ties an archive to the jar's exact path, and
#    the user chooses the install folder, so the .msi ships none (the launcher ignores the missing file).
if (-not $AppImageOnly) {
    Step "msi: packaging"
    Remove-Item -Force "$Out\$AppName-*.msi" -ErrorAction SilentlyContinue
    Invoke-Tool $Jpackage @("@installer/jpackage-common.txt", "@installer/jpackage-windows.txt",
        "--app-version", $AppVersion, "--app-image", $AppImage, "--dest", $Out)
    $Msi = Get-ChildItem "$Out\$AppName-*.msi" | Select-Object -First 1
    Step ("msi: {0} ({1:N0} MB)" -f $Msi.FullName, ($Msi.Length / 1MB))
}

$Scratch = Join-Path ([IO.Path]::GetTempPath()) ("ecopark-ledger-" + [guid]::NewGuid())
New-Item -ItemType Directory -Force $Scratch | Out-Null
$env:ECOPARK_LEDGER_HOME = "$Scratch\data"
try {
    # 4. The class-data-sharing archive for this app-image where it lies; `info` loads H2, Flyway, jOOQ, picocli.
    Step "app-image: class-data-sharing archive"
    $AppDir = (Resolve-Path "$AppImage\app").Path
    & "$AppImage\runtime\bin\java.exe" "-XX:ArchiveClassesAtExit=$AppDir\ecopark-ledger.jsa" -Dfile.encoding=UTF-8 -Xmx1g `
        -cp "$AppDir\ecopark-ledger.jar" org.ecopark.ledger.Launcher info --db "$Scratch\cds\ledger" *> "$Out\cds.log"
    if ($LASTEXITCODE -ne 0) {
        Remove-Item -Force "$AppDir\ecopark-ledger.jsa" -ErrorAction SilentlyContinue
        Write-Warning "no class-data-sharing archive (see $Out\cds.log); the app-image works without it"
    }

    # 5. The smoke check. The launcher is a windowed program: Start-Process waits for it and hands over its output.
    if (-not $NoSmoke) {
        $Launcher = (Resolve-Path "$AppImage\$AppName.exe").Path
        function Invoke-Launcher([string]$Name, [string[]]$Arguments) {
            $Process = Start-Process -FilePath $Launcher -ArgumentList $Arguments -Wait -PassThru -NoNewWindow `
                -RedirectStandardOutput "$Scratch\$Name.out" -RedirectStandardError "$Scratch\$Name.err"
            if ($Process.ExitCode -ne 0) {
                Get-Content "$Scratch\$Name.out", "$Scratch\$Name.err"
                Fail "smoke check: '$AppName $Arguments' exited with $($Process.ExitCode)"
            }
            return (Get-Content -Encoding UTF8 "$Scratch\$Name.out")
        }
        $VersionLine = @(Invoke-Launcher "version" @("--version"))[0]
        if ($VersionLine -notlike "EcoPark Ledger $AppVersion*") { Fail "smoke check: --version printed '$VersionLine'" }
        Invoke-Launcher "info" @("info", "--db", "`"$Scratch\db\ledger`"") | Out-Null
        if (-not (Test-Path "$Scratch\db\ledger.mv.db")) { Fail "smoke check: info did not create the database" }
        Write-Host "smoke-test: OK: $VersionLine; info created a database"
    }
} finally {
    Remove-Item Env:\ECOPARK_LEDGER_HOME
    Remove-Item -Recurse -Force $Scratch -ErrorAction SilentlyContinue
}
