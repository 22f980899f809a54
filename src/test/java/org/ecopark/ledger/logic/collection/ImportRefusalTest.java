package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of file the import must refuse: each is refused with a plain Chinese message, cannot be
 * committed, and leaves the database exactly as it was.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ImportRefusalTest {

    /** What follows the period's code when it has not ended, on the fixture's 2026-12-06. */
    private static final String NOT_ENDED = " 尚未结束（今天是 2026-12-06），不能填报实际统计数。";

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private String before;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "collection-refusals", folder);
        before = ledger.digest();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aWorkbookOfAnotherParkIsRefused() throws Exception {
        TestLedgers.addPark(ledger.services, RecordFixtures.WEIHAI);
        Park weihai = ledger.services.parks().parks().stream().filter(p -> p.code().equals("TESTWH")).findFirst().orElseThrow();
        Enterprise there = ledger.services.records().enterprises().save(new Enterprise(0, weihai.id(),
                RecordFixtures.uscc("371002", "MA7H2K4N"), "威海海清淡化科技有限公司", null, EnterpriseSegment.SERVICE, true,
                null, null, null, null, null, null, List.of()), Map.of()).record();
        Path file = ledger.services.collection().templates().generate(weihai, CollectionFixture.Q1_2025,
                java.util.Optional.of(there.uscc()), false, true, folder, CollectionProgress.NONE, () -> false).get(0);
        before = ledger.digest();

        assertRefused(file, "是园区 TESTWH 的模板，不是本园区（ZZSZ）的");
    }

    @Test
    void aWorkbookOfAnotherPeriodIsRefusedWhenAPeriodIsExpected() throws Exception {
        Path file = filled(ledger.template(ledger.xinquan, StatPeriod.quarter(2025, 2)));

        ImportPlan plan = ledger.imports().analyse(file, new ImportOptions(ledger.park, CollectionFixture.Q1_2025), () -> false);

        assertThat(plan.refusal()).hasValueSatisfying(reason ->
                assertThat(reason).contains("是 2025年第2季度 的模板，本次导入的是 2025年第1季度"));
        assertNotCommittable(plan);
    }

    @Test
    void aWrongTemplateVersionIsRefused() throws Exception {
        Path file = CollectionFixture.edit(filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025)),
                workbook -> CollectionFixture.meta(workbook, TemplateLayout.KEY_VERSION, "0.9"));

        assertRefused(file, "模板版本是 0.9，本程序需要 1.1 版模板");
    }

    @Test
    void aWorkbookWithoutTemplateVersionIsRefused() throws Exception {
        Path file = folder.resolve("自制表格.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("填报").createRow(7).createCell(7).setCellValue(100);
            workbook.write(out);
        }

        assertRefused(file, "不是本程序生成的填报模板，或缺少模板版本信息");
    }

    @Test
    void editedHiddenCodesAreDetectedByTheSeal() throws Exception {
        Path file = CollectionFixture.edit(filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025)),
                workbook -> CollectionFixture.meta(workbook, TemplateLayout.KEY_PERIOD, "2024Q1"));

        assertRefused(file, "的印鉴与本台账不符");
    }

    @Test
    void anEditedCreditCodeInARowIsDetected() throws Exception {
        Path file = CollectionFixture.edit(filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025)),
                workbook -> CollectionFixture.cell(workbook, ledger.xinquan.uscc(), "EMPLOYEES").getRow()
                        .getCell(TemplateLayout.COL_USCC).setCellValue(ledger.qingyuan.uscc()));

        assertRefused(file, "隐藏代码（园区、企业或报告期）被修改过");
    }

    @Test
    void aTemplateForAnEnterpriseOutsideTheParkIsRefused() throws Exception {
        Enterprise stranger = new Enterprise(99, ledger.park.id(), RecordFixtures.uscc("MA1XXXX1"), "外地环保有限公司", null,
                EnterpriseSegment.OTHER, true, null, null, null, null, null, null, List.of());
        Metric revenue = new Metric(2, "MAIN_REVENUE", "主营业务收入", "万元", MetricKind.FLOW, 20);
        TemplateContent content = new TemplateContent(ledger.park, CollectionFixture.Q1_2025, stranger,
                List.of(new TemplateContent.Line(stranger.uscc(), stranger.name(), revenue, "主营业务收入", "", null)), false);
        Path file = TemplateService.write(content, ledger.services.collection().templates().seal(),
                folder.resolve("stranger.xlsx"));
        CollectionFixture.edit(file, workbook -> CollectionFixture.value(workbook, stranger.uscc(), "MAIN_REVENUE", 300));

        assertRefused(file, "所填企业（统一社会信用代码 " + stranger.uscc() + "）不是枣庄市中区生态环保产业特色园区的企业");
    }

    @Test
    void textInANumberCellIsAnErrorAtThatCell() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.cell(workbook, ledger.xinquan.uscc(), "OUTPUT_VALUE").setCellValue("一千二百"));

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refusal()).isEmpty();
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.sheet()).isEqualTo("填报");
            assertThat(problem.cell()).isEqualTo("H8");
            assertThat(problem.reason()).isEqualTo("应填写数字，实际填的是文字“一千二百”。");
        });
        assertNotCommittable(plan);
    }

    @Test
    void aFormulaInANumberCellIsAnErrorAtThatCell() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.cell(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE").setCellFormula("1000*4"));

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.cell()).isEqualTo("H9");
            assertThat(problem.reason()).isEqualTo("不接受公式（=1000*4），请直接填写数值。");
        });
        assertNotCommittable(plan);
    }

    @Test
    void aTextFileRenamedToXlsxIsNotAWorkbook() throws Exception {
        Path file = folder.resolve("报表.xlsx");
        Files.writeString(file, "企业名称,产值\n鑫泉,1200\n", StandardCharsets.UTF_8);

        assertRefused(file, "“报表.xlsx”不是 Excel 工作簿（.xlsx），未导入。");
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path plain = filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025));
        Path file = folder.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima2025");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertRefused(file, "设置了打开密码，无法读取");
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws Exception {
        Path plain = filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025));
        byte[] bytes = Files.readAllBytes(plain);
        Path file = folder.resolve("半截.xlsx");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertRefused(file, "已损坏或不完整");
    }

    @Test
    void aWorkbookWhoseSheetInflatesLikeAZipBombIsRefused() throws Exception {
        Path plain = filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025));
        Path file = folder.resolve("炸弹.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    // 40 MB of blanks compress about a thousandfold: far beyond any real sheet
                    out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(file)).isLessThan(2L * 1024 * 1024);

        assertRefused(file, "解压后异常庞大（疑似压缩炸弹或超出安全上限）");
    }

    @Test
    void theSameFileImportedTwiceIsOfferedAsAReimportThatReplacesTheEarlierValues() throws Exception {
        Path file = filled(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025));
        ImportPlan first = ledger.imports().analyse(file, ledger.options(), () -> false);
        ImportResult imported = ledger.imports().commit(first, Map.of(), false, CollectionProgress.NONE, () -> false);
        // someone corrects the value by hand afterwards
        ledger.services.records().statistics().save(ledger.xinquan.id(), CollectionFixture.Q1_2025,
                Map.of("MAIN_REVENUE", new BigDecimal("3900")), Map.of());

        ImportPlan again = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(again.isReimport()).isTrue();
        assertThat(again.previous().orElseThrow().id()).isEqualTo(imported.importId());
        assertThat(again.changes()).filteredOn(change -> change.kind() == ChangeKind.CHANGED)
                .extracting(PlannedChange::oldValue, PlannedChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3900", "4200"));
        String beforeReimport = ledger.digest();
        assertThatThrownBy(() -> ledger.imports().commit(again, Map.of(), false, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("已于").hasMessageContaining("导入过");
        assertThat(ledger.digest()).isEqualTo(beforeReimport);

        ImportResult replaced = ledger.imports().commit(again, Map.of(), true, CollectionProgress.NONE, () -> false);

        assertThat(replaced.replaced()).isTrue();
        assertThat(replaced.importId()).isEqualTo(imported.importId());
        assertThat(ledger.database.dsl().fetchValue("select count(*) from collection_import")).isEqualTo(1L);
        assertThat(ledger.database.dsl().fetchValue("select stat_value from period_stat where import_id = ? and metric_id = "
                + "(select id from metric where code = 'MAIN_REVENUE')", imported.importId()))
                .satisfies(value -> assertThat((BigDecimal) value).isEqualByComparingTo("4200"));
    }

    @Test
    void aCancelledCommitLeavesTheDatabaseUnchanged() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            for (String code : List.of("OUTPUT_VALUE", "MAIN_REVENUE", "OPERATING_REVENUE", "EMPLOYEES")) {
                CollectionFixture.value(workbook, ledger.xinquan.uscc(), code, 1000);
            }
        });
        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        int[] checks = {0};

        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE,
                () -> ++checks[0] > 2)).isInstanceOf(ImportCancelledException.class).hasMessage("已取消，数据库未作任何修改。");

        assertThat(checks[0]).isGreaterThan(2);
        assertThat(ledger.digest()).isEqualTo(before);
    }

    /** The template with two figures typed in, so that only the refusal stands between it and the ledger. */
    private static Path filled(Path file) throws IOException {
        return CollectionFixture.edit(file, workbook -> {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(TemplateLayout.FIRST_DATA_ROW + 1).getCell(TemplateLayout.COL_VALUE).setCellValue(4200);
            sheet.getRow(TemplateLayout.FIRST_DATA_ROW + 6).getCell(TemplateLayout.COL_VALUE).setCellValue(215);
        });
    }

    private void assertRefused(Path file, String reason) {
        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        assertThat(plan.refusal()).as("refusal of %s", file.getFileName()).hasValueSatisfying(
                message -> assertThat(message).contains(reason));
        assertThat(plan.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.getFileName().toString());
            assertThat(problem.reason()).contains(reason);
        });
        assertNotCommittable(plan);
    }

    @ParameterizedTest(name = "a workbook of {0} is refused")
    @ValueSource(strings = {"2026-12", "2026Q4", "2026", "2027-11"})
    void aWorkbookOfAPeriodThatHasNotEndedIsRefusedAsAWholeWithThePeriodAndToday(String code) throws Exception {
        Path file = ledger.templateMadeAhead(ledger.xinquan, PeriodCodes.parse(code));
        CollectionFixture.edit(file, workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是", LocalDate.of(2025, 1, 6), null);
        });

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refused()).isTrue();
        assertThat(plan.refusalKey()).contains("collection.refused.periodNotEnded");
        assertThat(plan.refusal()).contains("“" + file.getFileName() + "”未导入：" + code + NOT_ENDED);
        assertThat(plan.problems()).singleElement().satisfies(problem -> assertThat(problem.isError()).isTrue());
        assertNotCommittable(plan);
    }

    @ParameterizedTest(name = "no templates for {0}")
    @ValueSource(strings = {"2026-12", "2027-11"})
    void templatesAreNotMadeForAPeriodThatHasNotEnded(String code) {
        StatPeriod period = PeriodCodes.parse(code);

        assertThatThrownBy(() -> ledger.services.collection().templates().generate(ledger.park, period, Optional.empty(),
                false, true, folder, CollectionProgress.NONE, () -> false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(code + NOT_ENDED + "该期的填报模板请于 " + period.end().plusDays(1) + " 起生成。");
        assertThat(folder.toFile().list()).isEmpty();
    }

    private void assertNotCommittable(ImportPlan plan) {
        assertThat(plan.refused()).isTrue();
        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), true, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(ledger.digest()).isEqualTo(before);
    }
}
