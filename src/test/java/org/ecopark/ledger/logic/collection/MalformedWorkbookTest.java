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
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.LogCapture;
import org.ecopark.ledger.testing.NamedPipes;
import org.ecopark.ledger.testing.XlsxParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * The workbooks of issue 16 that ran the import out of memory, overflowed, blocked, were taken with a forged
 * seal or lost a row without a word: each is now refused on its own, in a message of bounded length, the
 * ledger unchanged, and the good workbook beside it in the same folder is imported.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class MalformedWorkbookTest {

    /** What a marker value looks like in the sheet's XML, to be replaced by the raw text under test. */
    private static final String MARKER = "<v>987654.25</v>";
    private static final int SHORT_MESSAGE = 160;
    /** The name every bad workbook of the folder is given; the good one keeps the name it was generated with. */
    private static final String BAD = "b_退回.xlsx";
    private static final String VALUES = "填报";
    private static final String STAFF = "研发人员变动";
    private static final String SEAL_BROKEN = "“" + BAD + "”的印鉴与本台账不符：它不是本台账生成的模板，或者隐藏的园区、企业、"
            + "报告期等信息被改动过，未导入。请使用本台账生成的原始模板，必要时重新生成发给企业。";

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private String before;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "collection-malformed", folder);
        before = ledger.digest();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    /**
     * The cases of the issue, each made from Qingyuan's template and put beside Xinquan's good return in one
     * folder, with what the user reads about it: the sheet and cell of the problem (empty for the whole file)
     * and the sentence.
     */
    static Stream<Observed> observed() {
        return Stream.of(
                new Observed("1e999999999", (t, bad) -> t.withValue("1e999999999", bad),
                        VALUES, "H9", "数值过大（1e999999999），请核对单位。"),
                new Observed("1E+2147483647", (t, bad) -> t.withValue("1E+2147483647", bad),
                        VALUES, "H9", "数值过大（1E+2147483647），请核对单位。"),
                new Observed("1e2147483648", (t, bad) -> t.withValue("1e2147483648", bad),
                        VALUES, "H9", "数值过大（1e2147483648），请核对单位。"),
                new Observed("1e-2147483648", (t, bad) -> t.withValue("1e-2147483648", bad),
                        VALUES, "H9", "最多保留四位小数（填的是 1e-2147483648）。"),
                new Observed("1e99999999, quoted as typed", (t, bad) -> t.withValue("1e99999999", bad),
                        VALUES, "H9", "数值过大（1e99999999），请核对单位。"),
                new Observed("a thousand digits, quoted short", (t, bad) -> t.withValue("9".repeat(1_000), bad),
                        VALUES, "H9", "数字过长（" + "9".repeat(40) + "…（共 1,000 个字符）），最多 16 位整数和 4 位小数。"),
                new Observed("a million digits", (t, bad) -> t.withValue("9".repeat(1_000_000), bad), "", "",
                        "“" + BAD + "”的工作表“填报”中单元格 H9 超过 Excel 每格 32,767 个字符的上限，文件被其他程序改动过，未导入。"),
                new Observed("an empty file", (t, bad) -> Files.createFile(bad), "", "",
                        "“" + BAD + "”是空文件（0 字节），未导入。请企业重新发送。"),
                new Observed("a named pipe", (t, bad) -> assumeTrue(NamedPipes.mkfifo(bad), "mkfifo is not available here"), "", "",
                        "“" + BAD + "”不是普通文件（可能是管道或设备），未读取，未导入。"),
                new Observed("a join date given as the day number 99999999", (t, bad) -> t.filled(bad, workbook ->
                        CollectionFixture.row(workbook.getSheet(STAFF), 1, "李明", "硕士", "是", 99999999, null)),
                        STAFF, "D2", "日期“99999999”不在 1900-01-01 至 2100-12-31 之间，请核对。"),
                new Observed("a value row numbered 0", (t, bad) -> t.withRowNumber("0", bad), "", "",
                        "“" + BAD + "”的工作表“填报”中有行号为“0”的行（行号应在 1 至 1,048,576 之间并逐行递增），"
                                + "Excel 不会这样保存，文件被其他程序改动过，未导入。"),
                new Observed("a value row numbered -3", (t, bad) -> t.withRowNumber("-3", bad), "", "",
                        "“" + BAD + "”的工作表“填报”中有行号为“-3”的行（行号应在 1 至 1,048,576 之间并逐行递增），"
                                + "Excel 不会这样保存，文件被其他程序改动过，未导入。"),
                new Observed("the values sheet pointed at the patents sheet under a genuine seal", (t, bad) -> t.filled(bad,
                        workbook -> {
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_VALUES_SHEET, "新增专利");
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, t.ledger.services.collection()
                                    .templates().seal().sign(CollectionFixture.metaFields(workbook)));
                        }), "", "",
                        "“" + BAD + "”的隐藏代码（园区、企业或报告期）被修改过，与模板不符，未导入。请使用本程序生成的原始模板。"),
                new Observed("the values sheet pointed at the patents sheet", (t, bad) -> t.filled(bad,
                        workbook -> CollectionFixture.meta(workbook, TemplateLayout.KEY_VALUES_SHEET, "新增专利")),
                        "", "", SEAL_BROKEN),
                new Observed("resealed for all enterprises with the constant of version 1.0", (t, bad) -> t.filled(bad,
                        workbook -> {
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_ENTERPRISE, TemplateLayout.ALL_ENTERPRISES);
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, CollectionFixture.oldChecksum(
                                    TemplateLayout.VERSION, "ZZSZ", TemplateLayout.ALL_ENTERPRISES, "2025Q1"));
                        }), "", "", SEAL_BROKEN),
                new Observed("retargeted to another period with the constant of version 1.0", (t, bad) -> t.filled(bad,
                        workbook -> {
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_PERIOD, "2024Q1");
                            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, CollectionFixture.oldChecksum(
                                    TemplateLayout.VERSION, "ZZSZ", t.ledger.qingyuan.uscc(), "2024Q1"));
                        }), "", "", SEAL_BROKEN),
                new Observed("a template of another ledger of the same park", MalformedWorkbookTest::fromAnotherLedger,
                        "", "", SEAL_BROKEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("observed")
    void eachObservedWorkbookIsRefusedAloneInPlainWordsAndTheGoodOneBesideItIsImported(Observed bad) throws Exception {
        Path good = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200));
        bad.maker().make(this, folder.resolve(BAD));
        List<ImportPlan> plans;
        List<ILoggingEvent> logged;
        try (LogCapture log = LogCapture.start()) {
            plans = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ledger.imports()
                    .analyse(ImportService.expand(List.of(folder)), ledger.options(), CollectionProgress.NONE, () -> false));
            logged = log.since(0);
        }

        assertThat(plans).extracting(ImportPlan::fileName).containsExactlyInAnyOrder(good.getFileName().toString(), BAD);
        ImportPlan refused = plans.stream().filter(plan -> plan.fileName().equals(BAD)).findFirst().orElseThrow();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo(bad.sheet());
            assertThat(problem.cell()).isEqualTo(bad.cell());
            assertThat(problem.reason()).isEqualTo(bad.message()).hasSizeLessThan(SHORT_MESSAGE);
        });
        LogCapture.assertNoErrorNorStackTrace(logged);
        assertThat(logged).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).startsWith("Refused " + BAD);
        });
        assertNotCommittable(refused);
        ImportPlan accepted = plans.stream().filter(plan -> !plan.fileName().equals(BAD)).findFirst().orElseThrow();
        assertThat(accepted.refused()).isFalse();
        ledger.imports().commit(accepted, Map.of(), false, CollectionProgress.NONE, () -> false);
        assertThat(ledger.services.records().statistics().sheet(ledger.xinquan.id(), CollectionFixture.Q1_2025).lines())
                .filteredOn(line -> line.metric().code().equals("MAIN_REVENUE"))
                .singleElement().satisfies(line -> assertThat(line.value()).isEqualByComparingTo("4200"));
        for (String table : List.of("period_stat", "rd_staff", "standard")) {
            assertThat(ledger.database.dsl().fetchValue("select count(*) from " + table + " where enterprise_id = ?",
                    ledger.qingyuan.id())).as(table).isEqualTo(0L);
        }
    }

    /** A workbook of the issue, made at the path given. */
    record Observed(String name, Maker maker, String sheet, String cell, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Maker {
        void make(MalformedWorkbookTest test, Path bad) throws Exception;
    }

    @Test
    void aNumberOfAMillionDigitsIsRefusedByItsLengthBeforeItIsRead() throws Exception {
        Path file = withValue("9".repeat(1_000_000));

        ImportPlan plan = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> analyse(file));

        assertRefused(plan, "collection.refused.cellTooLong", "单元格 H9 超过 Excel 每格 32,767 个字符的上限");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12345678901234567 | 数值过大（12345678901234567）",
        "1e17              | 数值过大（1e17）",
        "0.000001          | 最多保留四位小数（填的是 0.000001）"})
    void aNumberOutOfBoundsIsAnErrorAtItsCellWithAShortMessage(String raw, String reason) throws Exception {
        ImportPlan plan = analyse(withValue(raw));

        assertCellError(plan, reason);
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
    void aFolderNamedLikeAWorkbookIsRefusedInWords() throws Exception {
        Path sub = Files.createDirectory(folder.resolve("子目录.xlsx"));

        assertThat(ImportService.expand(List.of(folder))).contains(sub);
        assertRefused(analyse(sub), "collection.refused.folder", "“子目录.xlsx”是文件夹");
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
    void aWorkbookCutShortBeforeItsZipDirectoryIsRefusedThoughEveryPartIsThere() throws Exception {
        byte[] whole = XlsxParts.read(withValue("4200")).bytes();
        int directory = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("PK\u0001\u0002");
        Path cut = Files.write(folder.resolve("截断.xlsx"), java.util.Arrays.copyOf(whole, directory));

        assertRefused(analyse(cut), "collection.refused.corrupt", "“截断.xlsx”已损坏或不完整（可能传输或拷贝时出错），无法读取，请企业重新发送。");
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
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 987654.25));
        return withRaw(file, raw);
    }

    /** Qingyuan's template at {@code bad}, with a number written into the revenue cell exactly as given. */
    private void withValue(String raw, Path bad) throws IOException {
        withRaw(filled(bad, workbook -> { }), raw);
    }

    /** Qingyuan's template at {@code bad}, with the revenue row numbered as given. */
    private void withRowNumber(String number, Path bad) throws IOException {
        Path file = filled(bad, workbook -> { });
        XlsxParts.read(file).edit("xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<row r=\"9\"", "<row r=\"" + number + "\"")).write(file);
    }

    /** Qingyuan's template moved to {@code bad}, its revenue filled in with the marker, then edited. */
    private Path filled(Path bad, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> edit)
            throws IOException {
        Path file = Files.move(ledger.template(ledger.qingyuan, CollectionFixture.Q1_2025), bad);
        return CollectionFixture.edit(file, workbook -> {
            CollectionFixture.value(workbook, ledger.qingyuan.uscc(), "MAIN_REVENUE", 987654.25);
            edit.accept(workbook);
        });
    }

    private static Path withRaw(Path file, String raw) {
        return XlsxParts.read(file).edit("xl/worksheets/sheet1.xml", xml -> xml.replace(MARKER, "<v>" + raw + "</v>"))
                .write(file);
    }

    /** Qingyuan's filled return on a template that another ledger of the same park generated. */
    private static void fromAnotherLedger(MalformedWorkbookTest test, Path bad) throws IOException {
        try (CollectionFixture other = new CollectionFixture(test.backend, "collection-malformed-other",
                Files.createDirectory(test.folder.resolve("其他")))) {
            Path theirs = CollectionFixture.edit(other.template(other.qingyuan, CollectionFixture.Q1_2025),
                    workbook -> CollectionFixture.value(workbook, other.qingyuan.uscc(), "MAIN_REVENUE", 4200));
            Files.move(theirs, bad);
        }
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
}
