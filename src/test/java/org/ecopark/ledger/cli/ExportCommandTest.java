package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export} over a small ledger file. */
class ExportCommandTest {

    @TempDir
    static Path folder;

    private static Path ledger;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void ledger() {
        ledger = folder.resolve("ledger");
        SubmissionFixture.file(ledger).close();
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--db", ledger.toString()));
        all.addAll(Arrays.asList(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void exportWritesAVerifiablePackageAndSaysWhatItHolds() {
        Path zip = folder.resolve("ZZSZ_2025.zip");

        int exit = run("export", "--park", "zzsz", "--period", "2025", "--out", zip.toString(), "--recipient",
                "枣庄市生态环境局", "--unit-head", "王主任");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已导出数据包：" + zip, "workbook.xlsx", "report.pdf", "data.json",
                "数据包 SHA-256：");
        assertThat(PackageVerifier.verify(zip).ok()).isTrue();
    }

    @Test
    void exportIntoAFolderNamesTheFileByParkPeriodAndTime() throws Exception {
        Path target = Files.createDirectories(folder.resolve("outbox"));

        assertThat(run("export", "--park", "ZZSZ", "--period", "2025Q3", "--out", target.toString())).isZero();

        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString()
                    .matches("ZZSZ_2025Q3_\\d{8}-\\d{4}\\.zip");
        }
    }

    @Test
    void aSecondExportOfThePeriodSaysItIsAResubmission() {
        run("export", "--park", "ZZSZ", "--period", "2025Q1", "--out", folder.resolve("q1a.zip").toString());
        out.getBuffer().setLength(0);

        assertThat(run("export", "--park", "ZZSZ", "--period", "2025Q1", "--out", folder.resolve("q1b.zip").toString()))
                .isZero();
        assertThat(out.toString()).contains("本次记为重新报送");
    }

    @Test
    void aMalformedPeriodIsABadRequest() {
        assertThat(run("export", "--park", "ZZSZ", "--period", "2025Q5", "--out", folder.resolve("x.zip").toString()))
                .isEqualTo(ExportCommand.BAD_REQUEST);
        assertThat(err.toString()).contains("报告期“2025Q5”无效");
        assertThat(folder.resolve("x.zip")).doesNotExist();
    }

    @Test
    void anUnknownParkIsABadRequest() {
        assertThat(run("export", "--park", "NOPE", "--period", "2025", "--out", folder.resolve("y.zip").toString()))
                .isEqualTo(ExportCommand.BAD_REQUEST);
        assertThat(err.toString()).contains("没有代码为 NOPE 的园区");
    }
}
