package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark starts its JVMs as the installed program's launcher starts the program's. */
class LauncherOptionsTest {

    private static final String JAVA_OPTIONS = "--java-options ";

    @Test
    void everyJvmGetsTheLaunchersOptionsButItsHeapAndArchive() throws Exception {
        List<String> launcher = Files.readAllLines(Path.of("installer", "jpackage-app-image.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> line.startsWith(JAVA_OPTIONS))
                .map(line -> line.substring(JAVA_OPTIONS.length()).strip()).toList();
        assertThat(launcher).contains("-Xmx1g", "-XX:CompileThresholdScaling=4");

        List<String> measured = launcher.stream().filter(option -> !option.startsWith("-Xmx")
                && !option.startsWith("-XX:SharedArchiveFile=") && !option.startsWith("-Xlog:cds")).toList();
        assertThat(BenchRunner.LAUNCHER_OPTIONS).containsExactlyInAnyOrderElementsOf(measured);
        assertThat(BenchRunner.JVM_OPTIONS).containsAll(measured).contains(BenchRunner.HEAP)
                .noneMatch(option -> option.startsWith("-Xmx") && !option.equals(BenchRunner.HEAP));
    }
}
