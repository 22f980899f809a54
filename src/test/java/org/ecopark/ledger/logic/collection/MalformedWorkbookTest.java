package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.testing.XlsxParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/**
 * The workbooks of issue 16 that ran the import out of memory, overflowed, blocked or lost a row without a
 * word: each is now refused on its own, in a message of bounded length, the ledger unchanged, and the good
 * workbook beside it is imported.
 */
class MalformedWorkbookTest {

    /** What a marker value looks like in the sheet's XML, to be replaced by the raw text under test. */
    private static final String MARKER = "<v>987654.25</v>";
    private static final int SHORT_MESSAGE = 160;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private String before;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture("collection-malformed", folder);
        before = ledger.digest();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1e999999999   | 数值过大（1e999999999）",
        "1E+2147483647 | 数值过大（1E+2147483647）",
        "1e2147483648  | 数值过大（1e2147483648）",
        "1e-2147483648 | 最多保留四位小数（填的是 1e-2147483648）",
        "1e99999999    | 数值过大（1e99999999）",
        "12345678901234567 | 数值过大（12345678901234567）",
        "0.000001      | 最多保留四位小数（填的是 0.000001）"})
    void aNumberOutOfBoundsIsAnErrorAtItsCellWithAShortMessage(String raw, String reason) throws Exception {
        ImportPlan plan = analyse(withValue(raw));

        assertCellError(plan, reason);
    }

    @Test
    void aNumberOfAThousandDigitsIsAnErrorAtItsCellQuotedShort() throws Exception {
        ImportPlan plan = analyse(withValue("9".repeat(1_000)));

        assertCellError(plan, "数字过长（9999999999999999999999999999999999999999…（共 1,000 个字符））");
    }

    @Test
    void aNumberOfAMillionDigitsRefusesTheFileAtOnce() throws Exception {
        ImportPlan plan = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> analyse(withValue("9".repeat(1_000_000))));

        assertRefused(plan, "collection.refused.cellTooLong", "单元格 H9 超过 Excel 每格 32,767 个字符的上限");
    }

    @Test
    void aFigureWrittenAsADoubleWithBinaryNoiseIsStillTaken() throws Exception {
        ImportPlan plan = analyse(withValue("4200.1000000000004"));

        assertThat(plan.refused()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::newValue).contains("4200.1");
    }

    @Test
    void aTemplateSentBackUnfilledIsRefusedRatherThanImportedWithNoValues() throws Exception {
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);

        assertRefused(analyse(file), "collection.refused.nothingFilled", "中没有填写任何数值，也没有任何记录行，未导入。");
    }

    @Test
    void anEmptyFileIsRefusedAlone() throws Exception {
        Path file = Files.createFile(folder.resolve("空.xlsx"));

        assertRefused(analyse(file), "collection.refused.empty", "“空.xlsx”是空文件（0 字节），未导入。");
    }

    @Test
    void aNamedPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path pipe = folder.resolve("管道.xlsx");
        assumeTrue(mkfifo(pipe), "mkfifo is not available here");

        ImportPlan plan = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> analyse(pipe));

        assertRefused(plan, "collection.refused.notRegular", "“管道.xlsx”不是普通文件");
    }

    @Test
    void aFolderNamedLikeAWorkbookIsRefusedInWords() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("子目录.xlsx"));

        assertThat(ImportService.expand(List.of(folder))).contains(sub);
        assertRefused(analyse(sub), "collection.refused.folder", "“子目录.xlsx”是文件夹");
    }

    @Test
    void eachBadFileIsRefusedAloneAndTheGoodOneInTheSameFolderIsImported() throws Exception {
        Path good = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200));
        Path huge = Files.move(withValue("1e999999999", ledger.qingyuan), folder.resolve("b_huge.xlsx"));
        Files.createFile(folder.resolve("c_empty.xlsx"));
        boolean pipe = mkfifo(folder.resolve("d_pipe.xlsx"));

        List<ImportPlan> plans = ledger.imports().analyse(ImportService.expand(List.of(folder)), ledger.options(),
                CollectionProgress.NONE, () -> false);

        assertThat(plans).filteredOn(plan -> !plan.refused()).extracting(ImportPlan::fileName)
                .containsExactly(good.getFileName().toString());
        assertThat(plans).filteredOn(ImportPlan::refused).extracting(ImportPlan::fileName)
                .contains(huge.getFileName().toString(), "c_empty.xlsx")
                .hasSize(pipe ? 3 : 2);
        ImportPlan accepted = plans.stream().filter(plan -> !plan.refused()).findFirst().orElseThrow();
        ledger.imports().commit(accepted, Map.of(), false, CollectionProgress.NONE, () -> false);
        assertThat(ledger.services.records().statistics().sheet(ledger.xinquan.id(), CollectionFixture.Q1_2025).lines())
                .filteredOn(line -> line.metric().code().equals("MAIN_REVENUE"))
                .singleElement().satisfies(line -> assertThat(line.value()).isEqualByComparingTo("4200"));
    }

    @Test
    void aJoinDateGivenAsTheSerial99999999IsAnErrorNotTheYear275690() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是", 99999999, null));

        ImportPlan plan = analyse(file);

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("D2");
            assertThat(problem.reason()).isEqualTo("日期“99999999”不在 1900-01-01 至 2100-12-31 之间，请核对。");
        });
        assertNotCommittable(plan);
    }

    @ParameterizedTest(name = "typed as {0}")
    @CsvSource({"2205-01-06", "1899-12-31", "0001/1/1"})
    void aTypedDateOutsideTheSaneRangeIsAnError(String typed) throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是", typed, null));

        ImportPlan plan = analyse(file);

        assertThat(plan.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("不在 1900-01-01 至 2100-12-31 之间"));
        assertNotCommittable(plan);
    }

    @ParameterizedTest(name = "row r=\"{0}\"")
    @CsvSource({"0", "-3", "1048577", "7", "abc"})
    void aValueRowWithAnImpossibleNumberRefusesTheFileInsteadOfVanishing(String number) throws Exception {
        Path template = withValue("4200");
        Path file = XlsxParts.read(template).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<row r=\"9\"", "<row r=\"" + number + "\"")).write(template);

        assertRefused(analyse(file), "collection.refused.rowNumber", "的工作表“填报”中有行号为“" + number + "”的行");
    }

    @Test
    void aFigureMovedIntoTheHeaderBlockRefusesTheFile() throws Exception {
        Path template = withValue("4200");
        Path file = XlsxParts.read(template).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("(<row r=\"3\"[^>]*>)", "$1<c r=\"H3\" t=\"n\"><v>55</v></c>")).write(template);

        assertRefused(analyse(file), "collection.refused.layoutEdited", "第 3 行在表头区域");
    }

    @Test
    void aCellOfMoreCharactersThanExcelAllowsRefusesTheFileWithAShortMessage() throws Exception {
        Path template = withValue("4200");
        // text that does not compress a hundredfold, so that it is not taken for a zip bomb
        java.util.Random random = new java.util.Random(16);
        StringBuilder text = new StringBuilder();
        while (text.length() < 40_000) {
            text.append((char) (0x4e00 + random.nextInt(0x5000)));
        }
        String huge = "<c r=\"D9\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        Path file = XlsxParts.read(template).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<c r=\"D9\"[^>]*>(<v>[^<]*</v>)?</c>", huge)).write(template);

        ImportPlan plan = analyse(file);

        assertRefused(plan, "collection.refused.cellTooLong", "单元格 D9 超过 Excel 每格 32,767 个字符的上限");
        assertThat(plan.refusal().orElseThrow()).hasSizeLessThan(SHORT_MESSAGE);
    }

    @Test
    void aRefusalIsLoggedAsInfoWithItsReasonAndWithoutAStackTrace() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ImportService.class);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addAppender(events);
        try {
            analyse(Files.createFile(folder.resolve("空.xlsx")));
            analyse(withValue("1e999999999"));
        } finally {
            logger.detachAppender(events);
            logger.setLevel(level);
        }

        assertThat(events.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getThrowableProxy()).isNull();
        });
        assertThat(events.list.get(0).getFormattedMessage()).contains("空.xlsx", "collection.refused.empty", "空文件");
        assertThat(events.list.get(1).getFormattedMessage()).contains("1 cells in error");
    }

    /** The fixture's template for Xinquan with a number written into the revenue cell exactly as given. */
    private Path withValue(String raw) throws IOException {
        return withValue(raw, ledger.xinquan);
    }

    private Path withValue(String raw, org.ecopark.ledger.model.Enterprise enterprise) throws IOException {
        Path file = CollectionFixture.edit(ledger.template(enterprise, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.value(workbook, enterprise.uscc(), "MAIN_REVENUE", 987654.25));
        return XlsxParts.read(file).edit("xl/worksheets/sheet1.xml", xml -> xml.replace(MARKER, "<v>" + raw + "</v>"))
                .write(file);
    }

    private ImportPlan analyse(Path file) {
        return ledger.imports().analyse(file, ledger.options(), () -> false);
    }

    private void assertCellError(ImportPlan plan, String reason) {
        assertThat(plan.refusal()).isEmpty();
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("H9");
            assertThat(problem.reason()).contains(reason).hasSizeLessThan(SHORT_MESSAGE);
        });
        assertNotCommittable(plan);
    }

    private void assertRefused(ImportPlan plan, String key, String reason) {
        assertThat(plan.refusalKey()).contains(key);
        assertThat(plan.refusal()).hasValueSatisfying(message -> assertThat(message).contains(reason));
        assertNotCommittable(plan);
    }

    private void assertNotCommittable(ImportPlan plan) {
        assertThat(plan.refused()).isTrue();
        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), true, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(ledger.digest()).isEqualTo(before);
    }

    static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
