package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.Consolidation;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.demo.LoadProgress;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's whole exchange with two parks, on ledger files and the command line: two generated park ledgers export
 * their packages, the bureau receives both, returns one, the park imports the return note and submits again, the
 * bureau accepts the new package and writes the consolidated report, whose figures are each park's own evaluation.
 */
class BureauEndToEndTest {

    private static final String REASON = "营业收入与统计年报不一致，请核对后重新报送";
    private static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

    @TempDir
    Path folder;

    @Test
    void twoParksSubmitOneIsReturnedAndResubmitsAndTheBureauReportsBoth() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        Path zzsz = generatedPark("ZZSZ", 11);
        Path bzhm = generatedPark("BZHM", 12);
        Path bureau = folder.resolve("bureau");
        StringWriter out = new StringWriter();
        ok(bureau, out, "bureau", "init", "--name", "枣庄市生态环境局", "--city", "枣庄市");
        ok(bureau, out, "bureau", "parks", "--add", "BZHM");
        ok(bureau, out, "keys", "show", "--out", folder.resolve("bureau.json").toString());
        for (Path park : List.of(zzsz, bzhm)) {
            String code = park.getFileName().toString();
            ok(park, out, "keys", "show", "--out", folder.resolve(code + ".json").toString());
            ok(bureau, out, "keys", "register", folder.resolve(code + ".json").toString());
            ok(park, out, "export", "--park", code, "--period", "2025", "--out", zip(code, "").toString());
        }

        ok(bureau, out, "bureau", "receive", zip("ZZSZ", "").toString(), zip("BZHM", "").toString());
        assertThat(states(bureau)).containsEntry("ZZSZ", SubmissionStatus.State.RECEIVED)
                .containsEntry("BZHM", SubmissionStatus.State.RECEIVED);

        Path note = folder.resolve("BZHM_2025_退回.zip");
        ok(bureau, out, "bureau", "return", "--park", "BZHM", "--period", "2025", "--reason", REASON, "--out",
                note.toString());
        assertThat(states(bureau)).containsEntry("BZHM", SubmissionStatus.State.RETURNED);
        StringWriter imported = new StringWriter();
        ok(bzhm, imported, "return-note", note.toString(), "--key", folder.resolve("bureau.json").toString());
        assertThat(imported.toString()).contains("标为已退回：" + REASON);
        ok(bzhm, out, "export", "--park", "BZHM", "--period", "2025", "--out", zip("BZHM", "_重报").toString());
        ok(bureau, out, "bureau", "receive", zip("BZHM", "_重报").toString());
        assertThat(states(bureau)).containsEntry("ZZSZ", SubmissionStatus.State.RECEIVED)
                .containsEntry("BZHM", SubmissionStatus.State.RECEIVED);

        StringWriter report = new StringWriter();
        Path reportFile = folder.resolve("汇总").resolve("枣庄-2025.pdf");
        Files.createDirectories(reportFile.getParent());
        ok(bureau, report, "bureau", "report", "--period", "2025", "--out", reportFile.toString(),
                "--unit-head", "赵局长", "--preparer", "钱科员");
        Path workbook = reportFile.resolveSibling("枣庄-2025.xlsx");
        assertThat(reportFile).exists();
        assertThat(workbook).exists();
        assertThat(report.toString()).contains(reportFile.toString());

        try (Services opened = Services.open(bureau)) {
            List<ReceivedPackage> bzhmPackages = opened.submissionStatus().status("2025").stream()
                    .filter(row -> row.park().code().equals("BZHM")).map(SubmissionStatus.Row::current).toList();
            assertThat(bzhmPackages).singleElement().satisfies(current -> {
                assertThat(current.fileName()).isEqualTo("BZHM_2025_重报.zip");
                assertThat(current.state()).isEqualTo(IntakeState.ACCEPTED);
                assertThat(current.supersedesId()).isNotNull();
            });
            Consolidation.Matrix matrix = opened.consolidation().matrix("2025");
            for (Path park : List.of(zzsz, bzhm)) {
                assertSameAsOwnEvaluation(matrix, park);
            }
            assertReportShowsBothParks(reportFile, workbook, matrix);
        }
    }

    /** A park ledger file serving the plan's park {@code code}, its records generated, statistics 2023–2025. */
    private Path generatedPark(String code, long seed) {
        Path ledger = folder.resolve(code);
        try (Services park = Services.open(ledger)) {
            park.generator().generateFor(code, 30, 3, seed, LoadProgress.NONE);
            park.parks().selectPark(code); // the park this installation serves, as its first start asks
        }
        return ledger;
    }

    private Path zip(String code, String suffix) {
        return folder.resolve(code + "_2025" + suffix + ".zip");
    }

    private static void ok(Path ledger, StringWriter out, String... args) {
        int exit = LedgerFiles.run(ledger, out, args);
        assertThat(exit).as(String.join(" ", args) + System.lineSeparator() + out).isZero();
    }

    private static Map<String, SubmissionStatus.State> states(Path bureau) {
        try (Services opened = Services.open(bureau)) {
            return opened.submissionStatus().status("2025").stream()
                    .collect(Collectors.toMap(row -> row.park().code(), SubmissionStatus.Row::state));
        }
    }

    /** The bureau's cells of the park are what the park's own ledger evaluates at the year's end. */
    private static void assertSameAsOwnEvaluation(Consolidation.Matrix matrix, Path parkLedger) {
        String code = parkLedger.getFileName().toString();
        Map<String, Evaluation> own;
        try (Services park = Services.open(parkLedger)) {
            own = park.evaluation().evaluatePark(code, YEAR_END).stream()
                    .collect(Collectors.toMap(e -> e.target().code(), e -> e));
        }
        List<Consolidation.Cell> cells = matrix.ofPark(code);
        assertThat(cells).extracting(Consolidation.Cell::targetCode).containsExactlyInAnyOrderElementsOf(own.keySet());
        assertThat(cells).anySatisfy(cell -> assertThat(cell.actual()).isNotNull());
        for (Consolidation.Cell cell : cells) {
            Evaluation evaluation = own.get(cell.targetCode());
            assertThat(cell.status()).as(cell.targetCode()).isEqualTo(evaluation.status());
            if (evaluation.actual() == null) {
                assertThat(cell.actual()).as(cell.targetCode()).isNull();
            } else {
                assertThat(cell.actual()).as(cell.targetCode())
                        .isEqualByComparingTo(evaluation.actual().setScale(4, java.math.RoundingMode.HALF_UP));
            }
        }
    }

    /** The PDF names the bureau, the period and both parks; the workbook's matrix holds each park's actual figures. */
    private static void assertReportShowsBothParks(Path pdf, Path workbook, Consolidation.Matrix matrix)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("枣庄市生态环境局").contains("2025").contains("赵局长")
                    .contains("枣庄市中区").contains("滨州惠民");
        }
        DataFormatter formatter = new DataFormatter();
        List<String> cells;
        try (InputStream in = Files.newInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
            cells = new java.util.ArrayList<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        for (Consolidation.Cell cell : matrix.cells()) {
            assertThat(cells).as("the workbook names " + cell.targetCode()).contains(cell.targetCode());
        }
        BigDecimal anyActual = matrix.cells().stream().map(Consolidation.Cell::actual).filter(a -> a != null)
                .filter(a -> a.signum() != 0).findFirst().orElseThrow();
        assertThat(cells.stream().anyMatch(text -> parses(text, anyActual)))
                .as("the workbook holds the actual figure " + anyActual).isTrue();
    }

    private static boolean parses(String text, BigDecimal expected) {
        try {
            return new BigDecimal(text.replace(",", "")).compareTo(expected.stripTrailingZeros()) == 0
                    || new BigDecimal(text.replace(",", "")).compareTo(expected) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
