package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.validation.Severity;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.NamedPipes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Lists of records from any sheet or CSV: mapping, the form rules, all or nothing, and streaming. */
@ParameterizedClass
@EnumSource(Backend.class)
class ListImportTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private ListImportService lists;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "collection-lists", folder);
        lists = ledger.services.collection().lists();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void enterprisesFromAGbkCsvAreMappedByTheirHeadersCheckedAndImportedInOneGo() throws Exception {
        Path file = folder.resolve("企业名单.csv");
        String first = RecordFixtures.uscc("MA3D8Q21");
        String second = RecordFixtures.uscc("MA7W1E35");
        Files.writeString(file, "序号,统一社会信用代码,企业名称,所属领域,入驻日期\r\n"
                + "1," + first + ",枣庄绿源环保设备有限公司,环保制造,2024/5/6\r\n"
                + "2," + second + ",\"山东碧水环境服务有限公司\",环境服务,2023-11-20\r\n", Charset.forName("GBK"));

        ListPreview preview = lists.preview(file, null, ListKind.ENTERPRISE);

        assertThat(preview.headers()).containsExactly("序号", "统一社会信用代码", "企业名称", "所属领域", "入驻日期");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.guessed()).containsExactlyInAnyOrderEntriesOf(Map.of("uscc", 1, "name", 2, "segment", 3, "settledOn", 4));
        ListImportPlan plan = lists.analyse(file, null, ListKind.ENTERPRISE, preview.guessed(), ledger.park,
                CollectionProgress.NONE, () -> false);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.count(ChangeKind.NEW)).isEqualTo(2);

        ImportResult result = lists.commit(plan, null, CollectionProgress.NONE, () -> false);

        assertThat(result.inserted()).isEqualTo(2);
        assertThat(ledger.services.records().enterprises().list(ledger.park.id()))
                .filteredOn(e -> e.uscc().equals(first)).singleElement()
                .satisfies(e -> assertThat(e.settledOn()).isEqualTo(LocalDate.of(2024, 5, 6)));
        assertThat(ledger.database.dsl().fetchValue("select count(*) from audit_log where table_name = 'enterprise'"))
                .isEqualTo(4L);
    }

    @Test
    void oneBadRowRefusesTheWholeListAndNothingIsWritten() throws Exception {
        Path file = folder.resolve("研发人员.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("人员");
            CollectionFixture.row(sheet, 0, "企业统一社会信用代码", "姓名", "是否专职", "入职日期");
            CollectionFixture.row(sheet, 1, ledger.xinquan.uscc(), "张伟", "是", LocalDate.of(2024, 3, 1));
            CollectionFixture.row(sheet, 2, ledger.xinquan.uscc(), "王芳", "是", "2025-13-45");
            CollectionFixture.row(sheet, 3, RecordFixtures.uscc("MA5XXXX7"), "赵磊", "否", LocalDate.of(2024, 3, 1));
            workbook.write(out);
        }
        String before = ledger.digest();

        ListImportPlan plan = lists.analyse(file, "人员", ListKind.STAFF,
                Map.of("uscc", 0, "name", 1, "fullTime", 2, "joinedOn", 3), ledger.park, CollectionProgress.NONE, () -> false);

        assertThat(plan.rowCount()).isEqualTo(3);
        assertThat(plan.problems()).extracting(ImportProblem::sheet, ImportProblem::cell, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("人员", "D3", "无法识别的日期“2025-13-45”，请按 2025-03-31 的格式填写。"),
                org.assertj.core.groups.Tuple.tuple("人员", "A4",
                        "统一社会信用代码为 " + RecordFixtures.uscc("MA5XXXX7") + " 的企业不在本园区。"));
        assertThatThrownBy(() -> lists.commit(plan, null, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("有 2 处错误");
        assertThat(ledger.digest()).isEqualTo(before);
    }

    @Test
    void aStandardsListIsCheckedByTheStandardFormsRulesAtTheRightCells() throws Exception {
        Path file = folder.resolve("标准.csv");
        String uscc = ledger.xinquan.uscc();
        LocalDate tomorrow = RecordFixtures.TODAY.plusDays(1);
        Files.writeString(file, "统一社会信用代码,标准编号,标准名称,级别,角色,发布日期\n"
                + uscc + ",HJ 1234-2025,水处理剂 聚氯化铝,国家标准,参与,2025-03-01\n"
                + uscc + ",GB/T 22627-2024,水处理剂 聚氯化铝,,主持," + tomorrow + "\n"
                + uscc + ",DB37T 4404-2021,水处理剂 聚合氯化铝铁,,参与,2021-09-10\n");

        ListImportPlan plan = lists.analyse(file, null, ListKind.STANDARD, Map.of("uscc", 0, "code", 1, "title", 2,
                "level", 3, "role", 4, "publishedOn", 5), ledger.park, CollectionProgress.NONE, () -> false);

        assertThat(plan.problems()).extracting(ImportProblem::cell, ImportProblem::severity, ImportProblem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("D2", Severity.ERROR,
                                "所选级别“国家标准”与标准编号所示的“行业标准”不一致。"),
                        org.assertj.core.groups.Tuple.tuple("F3", Severity.WARNING, "发布日期 " + tomorrow
                                + " 晚于今天（2026-12-06）：台账只登记已经发生的事，请核对年份；如确需提前登记，请说明原因。"));
        assertThat(plan.count(ChangeKind.NEW)).isEqualTo(3);
    }

    @Test
    void anEnterpriseListWithAnEntryDateAheadNeedsAnExplanationBeforeItIsImported() throws Exception {
        Path file = folder.resolve("企业.csv");
        Files.writeString(file, "统一社会信用代码,企业名称,类别,入驻日期\n"
                + RecordFixtures.uscc("MA7XK2Q5") + ",山东绿源再生资源有限公司,环保制造,2027-05-01\n");

        ListImportPlan plan = lists.analyse(file, null, ListKind.ENTERPRISE, Map.of("uscc", 0, "name", 1, "segment", 2,
                "settledOn", 3), ledger.park, CollectionProgress.NONE, () -> false);

        assertThat(plan.refused()).isFalse();
        assertThat(plan.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.cell()).isEqualTo("D2");
            assertThat(warning.reason()).startsWith("入驻日期 2027-05-01 晚于今天（2026-12-06）");
        });
        String before = ledger.digest();
        assertThatThrownBy(() -> lists.commit(plan, null, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(ledger.digest()).isEqualTo(before);

        lists.commit(plan, "已签入园协议，2027年5月1日入驻", CollectionProgress.NONE, () -> false);

        assertThat(ledger.database.dsl().fetchValue(
                "select o.explanation from warning_override o join enterprise e on e.id = o.record_id"
                        + " where o.table_name = 'enterprise' and e.settled_on = date '2027-05-01'"))
                .isEqualTo("已签入园协议，2027年5月1日入驻");
    }

    @Test
    void anOfficesOwnHeadersAreMappedByTheirUsualNamesFromAUtf8CsvWithAByteOrderMark() throws Exception {
        Path file = folder.resolve("入园企业.csv");
        Files.writeString(file, "\uFEFF序号,单位名称,信用代码,行业类别,入园时间,联系方式\n"
                + "1,山东绿源再生资源有限公司," + RecordFixtures.uscc("MA7XK2Q5") + ",资源综合利用,2021-05-01,13806321547\n");

        ListPreview preview = lists.preview(file, null, ListKind.ENTERPRISE);

        assertThat(preview.headers().get(0)).isEqualTo("序号");
        assertThat(preview.guessed()).containsExactlyInAnyOrderEntriesOf(Map.of("name", 1, "uscc", 2, "segment", 3,
                "settledOn", 4, "contactPhone", 5));
        ListImportPlan plan = lists.analyse(file, null, ListKind.ENTERPRISE, preview.guessed(), ledger.park,
                CollectionProgress.NONE, () -> false);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.count(ChangeKind.NEW)).isEqualTo(1);
    }

    @Test
    void anOldExcelListIsPreviewedCheckedAndImportedLikeAWorkbook() throws Exception {
        Path file = folder.resolve("入园企业名单.xls");
        String first = RecordFixtures.uscc("MA3D8Q21");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由园区管委会维护");
            HSSFSheet sheet = workbook.createSheet("企业");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CollectionFixture.row(sheet, 0, "企业名称", "统一社会信用代码", "行业类别", "入园时间");
            CollectionFixture.row(sheet, 1, "枣庄绿源环保设备有限公司", first, "环保制造", "");
            sheet.getRow(1).getCell(3).setCellValue(LocalDate.of(2024, 5, 6));
            sheet.getRow(1).getCell(3).setCellStyle(date);
            CollectionFixture.row(sheet, 2, "山东碧水环境服务有限公司", RecordFixtures.uscc("MA7W1E35"), "环境服务", "");
            sheet.getRow(2).createCell(3).setCellFormula("DATE(2023,11,20)");
            workbook.write(out);
        }

        assertThat(ListImportService.sheets(file)).containsExactly("说明", "企业");
        ListPreview preview = lists.preview(file, "企业", ListKind.ENTERPRISE);
        assertThat(preview.headers()).containsExactly("企业名称", "统一社会信用代码", "行业类别", "入园时间");
        assertThat(preview.guessed()).containsExactlyInAnyOrderEntriesOf(Map.of("name", 0, "uscc", 1, "segment", 2,
                "settledOn", 3));
        ListImportPlan plan = lists.analyse(file, "企业", ListKind.ENTERPRISE, preview.guessed(), ledger.park,
                CollectionProgress.NONE, () -> false);

        assertThat(plan.problems()).extracting(ImportProblem::sheet, ImportProblem::cell)
                .as("a formula is refused in an .xls as in an .xlsx").containsExactly(
                        org.assertj.core.groups.Tuple.tuple("企业", "D3"));
        sheetWithoutFormula(file);
        ListImportPlan fixed = lists.analyse(file, "企业", ListKind.ENTERPRISE, preview.guessed(), ledger.park,
                CollectionProgress.NONE, () -> false);
        assertThat(fixed.problems()).isEmpty();
        assertThat(lists.commit(fixed, null, CollectionProgress.NONE, () -> false).inserted()).isEqualTo(2);
        assertThat(ledger.services.records().enterprises().list(ledger.park.id()))
                .filteredOn(e -> e.uscc().equals(first)).singleElement()
                .satisfies(e -> assertThat(e.settledOn()).isEqualTo(LocalDate.of(2024, 5, 6)));
    }

    @Test
    void anOldExcelListWithAPasswordOrCutShortIsRefusedPlainly() throws Exception {
        Path locked = folder.resolve("加密名单.xls");
        Path cut = folder.resolve("不完整名单.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            CollectionFixture.row(workbook.createSheet("企业"), 0, "企业名称", "统一社会信用代码", "所属领域");
            try (OutputStream out = Files.newOutputStream(cut)) {
                workbook.write(out);
            }
            Biff8EncryptionKey.setCurrentUserPassword("mima");
            try (OutputStream out = Files.newOutputStream(locked)) {
                workbook.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }
        byte[] whole = Files.readAllBytes(cut);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> lists.preview(locked, null, ListKind.ENTERPRISE))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining("“加密名单.xls”设置了打开密码");
        assertThatThrownBy(() -> lists.preview(cut, null, ListKind.ENTERPRISE))
                .isInstanceOf(WorkbookRefusedException.class).hasMessageContaining("“不完整名单.xls”已损坏或不完整");
    }

    private static void sheetWithoutFormula(Path file) throws Exception {
        HSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new HSSFWorkbook(in);
        }
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            var row = workbook.getSheet("企业").getRow(2);
            row.removeCell(row.getCell(3)); // a value set on a formula cell would only be its cached result
            row.createCell(3).setCellValue("2023-11-20");
            workbook.write(out);
        }
    }

    @Test
    void aListWithoutARequiredColumnIsRefused() throws Exception {
        Path file = folder.resolve("专利.csv");
        Files.writeString(file, "专利号,专利名称\nZL" + RecordFixtures.withCheck("202210356712") + ",一种絮凝剂\n");

        ListImportPlan plan = lists.analyse(file, null, ListKind.PATENT, Map.of("number", 0, "title", 1), ledger.park,
                CollectionProgress.NONE, () -> false);

        assertThat(plan.refusal()).hasValue("缺少必需的列：权利人统一社会信用代码、申请日。请在列对应中指定。");
    }

    @Test
    void aHundredThousandRowSheetIsReadAsAStreamWithinTheDefaultHeap() throws Exception {
        Path file = folder.resolve("十万行.xlsx");
        int rows = 100_000;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            SXSSFSheet sheet = workbook.createSheet("名单");
            Row header = sheet.createRow(0);
            String[] titles = {"企业统一社会信用代码", "姓名", "是否专职", "入职日期"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            String[] usccs = {ledger.xinquan.uscc(), ledger.qingyuan.uscc()};
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(usccs[r % 2]);
                row.createCell(1).setCellValue("研发人员" + r);
                row.createCell(2).setCellValue(r % 3 == 0 ? "否" : "是");
                row.createCell(3).setCellValue(LocalDate.of(2015, 1, 1).plusDays(r % 3650));
            }
            workbook.write(out);
            workbook.dispose();
        }

        ListPreview preview = lists.preview(file, null, ListKind.STAFF);
        ListImportPlan plan = lists.analyse(file, preview.sheet(), ListKind.STAFF, preview.guessed(), ledger.park,
                CollectionProgress.NONE, () -> false);

        assertThat(preview.rows()).hasSize(ListImportService.PREVIEW_ROWS);
        assertThat(plan.rowCount()).isEqualTo(rows);
        assertThat(plan.errorCount()).isZero();
        assertThat(plan.count(ChangeKind.NEW)).isEqualTo(rows);
        assertThat(plan.changes()).hasSize(PlanBuilder.SHOWN);
    }

    @Test
    void aFolderOrANamedPipeIsRefusedInWordsWithoutBeingRead() throws Exception {
        Path directory = Files.createDirectory(folder.resolve("名单.csv"));
        Path pipe = folder.resolve("管道.csv");
        Map<String, Integer> mapping = Map.of("uscc", 0, "name", 1, "fullTime", 2, "joinedOn", 3);

        assertThat(lists.analyse(directory, null, ListKind.STAFF, mapping, ledger.park, CollectionProgress.NONE, () -> false)
                .refusal()).hasValue("“名单.csv”是文件夹，不是工作簿，未导入。");
        assumeTrue(NamedPipes.mkfifo(pipe), "mkfifo is not available here");
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> lists.preview(pipe, null, ListKind.STAFF)))
                .isInstanceOf(WorkbookRefusedException.class)
                .hasMessage("“管道.csv”不是普通文件（可能是管道或设备），未读取，未导入。");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> lists.analyse(pipe, null, ListKind.STAFF, mapping,
                ledger.park, CollectionProgress.NONE, () -> false)).refusal())
                .hasValue("“管道.csv”不是普通文件（可能是管道或设备），未读取，未导入。");
    }
}
