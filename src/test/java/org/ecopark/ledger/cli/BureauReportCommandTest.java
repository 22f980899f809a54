package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bureau report}: a bureau of 枣庄市 with BZHM added receives both parks' packages and writes the consolidated
 * workbook and PDF; the signature block is remembered; a park ledger, a bad period and a missing folder are refused in
 * words; a period with nothing accepted still gets a report of the parks' states.
 */
class BureauReportCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static SubmissionFixture first;
    private static SubmissionFixture second;
    private static Path firstPackage;
    private static Path secondPackage;
    private static Path firstKey;
    private static Path secondKey;

    private Path ledger;
    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void packages() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        first = SubmissionFixture.inMemory("report-cli-first");
        second = SubmissionFixture.secondPark("report-cli-second");
        firstPackage = first.exportPackage(ReportPeriod.year(2025), shared.resolve("ZZSZ_2025.zip"));
        secondPackage = second.exportPackage(ReportPeriod.year(2025), shared.resolve("BZHM_2025.zip"));
        firstKey = first.publicKeyFile(shared.resolve("ZZSZ.json"));
        secondKey = second.publicKeyFile(shared.resolve("BZHM.json"));
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    @BeforeEach
    void bureau() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("bureau");
        run(0, "bureau", "init", "--name", "枣庄市生态环境局", "--city", "枣庄市");
        run(0, "bureau", "parks", "--add", SubmissionFixture.SECOND_PARK);
        run(0, "keys", "register", firstKey.toString());
        run(0, "keys", "register", secondKey.toString());
    }

    @Test
    void theReportOfTwoParksIsWrittenSideBySideAndRemembersItsSignatureBlock() throws IOException {
        run(0, "bureau", "receive", shared.toString());
        Path reports = Files.createDirectory(folder.resolve("reports"));

        run(0, "bureau", "report", "--period", "2025", "--out", reports.resolve("枣庄市-2025.pdf").toString(),
                "--unit-head", "赵局长", "--statistics-head", "钱统计", "--preparer", "孙填表", "--phone", "0632-3333333",
                "--report-date", "2026-01-20");

        Path xlsx = reports.resolve("枣庄市-2025.xlsx");
        Path pdf = reports.resolve("枣庄市-2025.pdf");
        assertThat(out.toString()).contains("汇总报告已写出：" + xlsx.toAbsolutePath() + " 和 " + pdf.toAbsolutePath(),
                "期间 2025：2 个园区，已接收报送 2 个。").doesNotContain("注意");
        assertThat(xlsx).isNotEmptyFile();
        assertThat(cover(pdf)).contains("枣庄市生态环境局", "赵局长", "钱统计", "孙填表", "0632-3333333", "2026-01-20");

        out.getBuffer().setLength(0);
        run(0, "bureau", "report", "--period", "2025", "--out", reports.toString(), "--phone", "0632-4444444");
        Path again = reports.resolve("汇总报告-2025.pdf");
        assertThat(again).exists();
        assertThat(reports.resolve("汇总报告-2025.xlsx")).exists();
        assertThat(cover(again)).as("the block of the last report, with the phone given now")
                .contains("赵局长", "钱统计", "孙填表", "0632-4444444").doesNotContain("0632-3333333");
    }

    @Test
    void aPeriodWithNothingAcceptedStillGetsAReportOfTheParksStates() throws IOException {
        run(0, "bureau", "report", "--period", "2024", "--out", folder.toString());

        assertThat(out.toString()).contains("期间 2024：2 个园区，已接收报送 0 个。",
                "注意：本期间尚无已接收的报送，报告只列出各园区的报送情况。");
        try (PDDocument document = Loader.loadPDF(folder.resolve("汇总报告-2024.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("ZZSZ", "BZHM", "未报送");
        }
    }

    @Test
    void aFolderNamedWithATrailingSeparatorIsMadeAndTheReportGoesInIt() {
        String named = folder.resolve("汇总") + java.io.File.separator;

        run(0, "bureau", "report", "--period", "2024", "--out", named);

        assertThat(folder.resolve("汇总").resolve("汇总报告-2024.pdf")).isNotEmptyFile();
        assertThat(folder.resolve("汇总").resolve("汇总报告-2024.xlsx")).isNotEmptyFile();
        assertThat(folder.resolve("汇总.pdf")).doesNotExist();
    }

    @Test
    void aParkLedgerABadPeriodAndAMissingFolderAreRefusedInWords() {
        Path park = folder.resolve("park");
        StringWriter parkOut = new StringWriter();
        assertThat(LedgerFiles.run(park, parkOut, "bureau", "report", "--period", "2025", "--out",
                folder.toString())).isEqualTo(1);
        assertThat(parkOut.toString()).contains(I18n.tr("bureau.notBureau"));

        run(1, "bureau", "report", "--period", "2025年", "--out", folder.toString());
        run(1, "bureau", "report", "--period", "2025", "--out", folder.resolve("nowhere/report").toString());

        assertThat(out.toString()).contains("报告期“2025年”无效：应为年度 2025、季度 2025Q3、月度 2025-07 或计划期 2023-2025。",
                "无法写出汇总报告：文件夹“" + folder.resolve("nowhere").toAbsolutePath() + "”不存在。")
                .doesNotContain("Exception", "at org.");
        assertThat(folder.resolve("汇总报告-2025.pdf")).doesNotExist();
    }

    private void run(int expected, String... args) {
        assertThat(LedgerFiles.run(ledger, out, args)).as(out.toString()).isEqualTo(expected);
    }

    private static String cover(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }
}
