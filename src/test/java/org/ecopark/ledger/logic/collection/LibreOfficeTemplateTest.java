package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated template opens in LibreOffice, not only in POI: LibreOffice (headless) converts it to CSV
 * and the CSV has the metric labels. Skipped where {@code soffice} is not installed (CI installs it).
 */
class LibreOfficeTemplateTest {

    @TempDir
    Path folder;

    private CollectionFixture ledger;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(Backend.H2, "collection-libreoffice", folder.resolve("db"));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void libreOfficeReadsAGeneratedTemplateWithItsMetricLabels() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        Path template = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        Path out = Files.createDirectories(folder.resolve("csv"));
        // a profile of its own, so that a LibreOffice the user has open does not take the conversion over
        String profile = folder.resolve("profile").toUri().toString();
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile, "--headless",
                "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.toString(), template.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();

        Path csv = out.resolve(template.getFileName().toString().replace(".xlsx", ".csv"));
        assertThat(csv).as(Files.readString(folder.resolve("soffice.log"))).exists();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("主营业务收入", "从业人员", "万元", "本期数值", ledger.xinquan.name(), "2025年第1季度");
    }

    private static Path soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "soffice.exe", "libreoffice")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
