package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.validation.Severity;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Generate a template, fill it in as an enterprise would, import it, and find the figures in the ledger. */
@ParameterizedClass
@EnumSource(Backend.class)
class TemplateRoundTripTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "collection-round-trip", folder);
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aTemplateIsProtectedWithUnlockedInputCellsValidationAndAVeryHiddenSealedMetaSheet() throws Exception {
        ledger.lastYear(ledger.xinquan, Map.of("MAIN_REVENUE", new BigDecimal("1650")));

        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);

        assertThat(file.getFileName().toString()).startsWith("ZZSZ_2025Q1_" + ledger.xinquan.uscc()).endsWith(".xlsx");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("填报");
            assertThat(List.of(workbook.getSheetName(1), workbook.getSheetName(2), workbook.getSheetName(3)))
                    .containsExactly("新增专利", "研发人员变动", "参与标准");
            int meta = workbook.getSheetIndex(TemplateLayout.META_SHEET);
            assertThat(workbook.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.isStructureLocked()).isTrue();
            XSSFSheet values = workbook.getSheetAt(0);
            assertThat(values.getProtect()).isTrue();
            assertThat(values.getRow(1).getCell(1).getStringCellValue()).contains("枣庄市中区", "ZZSZ");
            assertThat(values.getRow(2).getCell(1).getStringCellValue()).isEqualTo(ledger.xinquan.name());
            assertThat(values.getRow(3).getCell(1).getStringCellValue()).isEqualTo(ledger.xinquan.uscc());
            assertThat(values.getRow(4).getCell(1).getStringCellValue()).contains("2025年第1季度");
            var revenue = CollectionFixture.cell(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE").getRow();
            assertThat(revenue.getCell(TemplateLayout.COL_METRIC).getStringCellValue()).isEqualTo("主营业务收入");
            assertThat(revenue.getCell(TemplateLayout.COL_UNIT).getStringCellValue()).isEqualTo("万元");
            assertThat(revenue.getCell(TemplateLayout.COL_NOTE).getStringCellValue()).contains("本期发生数");
            assertThat(revenue.getCell(TemplateLayout.COL_LAST_YEAR).getNumericCellValue()).isEqualTo(1650.0);
            assertThat(revenue.getCell(TemplateLayout.COL_VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(revenue.getCell(TemplateLayout.COL_METRIC).getCellStyle().getLocked()).isTrue();
            assertThat(values.getDataValidations()).anySatisfy(validation -> {
                assertThat(validation.getValidationConstraint().getValidationType())
                        .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.DECIMAL);
                assertThat(validation.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            });
            assertThat(workbook.getSheet("新增专利").getDataValidations())
                    .anySatisfy(validation -> assertThat(validation.getValidationConstraint().getExplicitListValues())
                            .containsExactly("发明", "实用新型", "外观设计"));
            assertThat(workbook.getSheet("参与标准").getDataValidations())
                    .anySatisfy(validation -> assertThat(validation.getValidationConstraint().getExplicitListValues())
                            .containsExactly("主持", "参与"));
        }
    }

    @Test
    void filledFiguresArriveInTheLedgerAsImportedValuesAndMoveTheParkIndicator() throws Exception {
        Evaluation before = revenueTarget();
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        CollectionFixture.edit(file, workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "EMPLOYEES", 215);
        });

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refused()).as("%s", plan.problems()).isFalse();
        assertThat(plan.count(ChangeKind.NEW)).isEqualTo(2);
        assertThat(plan.changes()).extracting(PlannedChange::item).containsExactly("主营业务收入（万元）", "从业人员（人）");
        ImportResult result = ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false);

        assertThat(result.inserted()).isEqualTo(2);
        var stored = ledger.database.dsl().fetch("select m.code, s.stat_value, s.source from period_stat s"
                + " join metric m on m.id = s.metric_id where s.enterprise_id = ? and s.period_start = ?"
                + " and s.period_type = 'QUARTER' order by m.sort_order", ledger.xinquan.id(), LocalDate.of(2025, 1, 1));
        assertThat(stored).extracting(r -> r.get(0), r -> ((BigDecimal) r.get(1)).stripTrailingZeros().toPlainString(),
                r -> r.get(2)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MAIN_REVENUE", "4200", "IMPORT"),
                org.assertj.core.groups.Tuple.tuple("EMPLOYEES", "215", "IMPORT"));
        assertThat(ledger.database.dsl().fetchValue("select count(*) from period_stat where import_id = ?", result.importId()))
                .isEqualTo(2L);
        assertThat(ledger.database.dsl().fetchValue(
                "select template_version || '/' || period_code || '/' || row_count from collection_import"))
                .isEqualTo(TemplateLayout.VERSION + "/2025Q1/2");
        // the import is one audit entry, the figures it wrote are kept under it
        assertThat(ledger.database.dsl().fetchValue("select count(*) from audit_log where table_name = 'period_stat'"))
                .isEqualTo(0L);
        assertThat(ledger.database.dsl().fetchValue("select sum(f.figure_count) from audit_figures f join audit_log a"
                + " on a.id = f.audit_id where a.table_name = 'collection_import'")).isEqualTo(2L);
        Evaluation after = revenueTarget();
        assertThat(before.actual()).isNull();
        // the target is in 亿元: 4200 万元 = 0.42 亿元
        assertThat(after.actual()).isEqualByComparingTo("0.42");
    }

    @Test
    void theOptionalSheetsBringInPatentsStaffAndStandardsCheckedByTheFormRules() throws Exception {
        String number = "ZL" + RecordFixtures.withCheck("202410123456");
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        CollectionFixture.edit(file, workbook -> {
            CollectionFixture.row(workbook.getSheet("新增专利"), 1, number, "一种含磷废水处理剂", "发明",
                    LocalDate.of(2024, 1, 9), LocalDate.of(2025, 2, 14));
            CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是", LocalDate.of(2025, 1, 6), null);
            CollectionFixture.row(workbook.getSheet("参与标准"), 1, "HJ 1234-2025", "水处理剂 聚氯化铝", "行业标准", "参与",
                    LocalDate.of(2025, 3, 1));
        });

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        assertThat(plan.refused()).as("%s", plan.problems()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::item)
                .containsExactly("专利 " + number, "研发人员 李明", "标准 HJ 1234-2025");
        ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false);

        var patent = ledger.services.records().patents().list(ledger.park.id());
        assertThat(patent).singleElement().satisfies(p -> {
            assertThat(p.number()).isEqualTo(number);
            assertThat(p.ownerIds()).containsExactly(ledger.xinquan.id());
            assertThat(p.status().name()).isEqualTo("GRANTED");
        });
        assertThat(ledger.database.dsl().select(RD_STAFF.EDUCATION, RD_STAFF.FULL_TIME).from(RD_STAFF).fetchOne())
                .extracting(staff -> staff.value1() + "/" + staff.value2()).isEqualTo("MASTER/true");
        assertThat(ledger.database.dsl().fetchValue("select code || '/' || level || '/' || role from standard"))
                .isEqualTo("HJ 1234-2025/INDUSTRY/PARTICIPANT");
    }

    /**
     * Regression: the staff sheet was written without the park sums being told, so imported full-time staff never
     * counted towards the park's R&D staff target (ZZSZ-T05 stayed at its old figure).
     */
    @Test
    void importedFullTimeStaffAreCountedInTheParksStaffTarget() throws Exception {
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        assertThat(staffTarget(asOf).actual()).as("no staff yet").isNull();
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        CollectionFixture.edit(file, workbook -> {
            for (int i = 1; i <= 10; i++) {
                CollectionFixture.row(workbook.getSheet("研发人员变动"), i, "研发人员" + i, "本科", "是",
                        LocalDate.of(2025, 3, 1), null);
            }
        });

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false);

        assertThat(ledger.database.dsl().fetchCount(org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF)).isEqualTo(10);
        assertThat(staffTarget(asOf).actual()).isEqualByComparingTo("10");
        assertThat(staffTarget(LocalDate.of(2025, 2, 28)).actual()).as("before they joined").isEqualByComparingTo("0");
        assertThat(ledger.services.check().check().clean()).isTrue();
    }

    private org.ecopark.ledger.model.Evaluation staffTarget(LocalDate asOf) {
        return ledger.services.evaluation().evaluatePark("ZZSZ", asOf).stream()
                .filter(evaluation -> evaluation.target().code().equals("ZZSZ-T05")).findFirst().orElseThrow();
    }

    @Test
    void aWorkbookForAllEnterprisesCarriesEachEnterprisesRowsAndImportsThemTogether() throws Exception {
        List<Path> files = ledger.services.collection().templates().generate(ledger.park, CollectionFixture.Q1_2025,
                Optional.empty(), true, false, folder, CollectionProgress.NONE, () -> false);
        Path file = files.get(0);
        CollectionFixture.edit(file, workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "OUTPUT_VALUE", 5100);
            CollectionFixture.value(workbook, ledger.qingyuan.uscc(), "OUTPUT_VALUE", 880.5);
        });

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false);

        assertThat(files).hasSize(1);
        assertThat(plan.meta().orElseThrow().forAllEnterprises()).isTrue();
        assertThat(ledger.database.dsl().fetchValue("select sum(stat_value) from period_stat"))
                .satisfies(sum -> assertThat((BigDecimal) sum).isEqualByComparingTo("5980.5"));
    }

    @Test
    void aThreefoldJumpAgainstLastYearIsAWarningThatNeedsAnExplanationWhichIsStored() throws Exception {
        ledger.lastYear(ledger.xinquan, Map.of("MAIN_REVENUE", new BigDecimal("1000")));
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        CollectionFixture.edit(file, workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4500));

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refused()).isFalse();
        ImportProblem warning = plan.warnings().get(0);
        assertThat(warning.sheet()).isEqualTo("填报");
        assertThat(warning.reason()).contains("超过上年同期", "三倍");
        String before = ledger.digest();
        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("须填写说明");
        assertThat(ledger.digest()).isEqualTo(before);

        ledger.imports().commit(plan, Map.of(warning.warningId(), "新生产线一季度投产"), false, CollectionProgress.NONE,
                () -> false);

        assertThat(ledger.database.dsl().fetchValue("select explanation from warning_override where table_name = 'period_stat'"))
                .isEqualTo("新生产线一季度投产");
    }

    @Test
    void theMonthThatEndedLastIsCollectedAndImported() throws Exception {
        Path file = ledger.template(ledger.xinquan, StatPeriod.month(2026, 11));
        CollectionFixture.edit(file, workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "EMPLOYEES", 215));

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        ImportResult result = ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false);

        assertThat(result.inserted()).isEqualTo(1);
    }

    @Test
    void aStaffMemberStartingAfterTodayIsAWarningAtTheCellThatNeedsAnExplanation() throws Exception {
        Path file = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        CollectionFixture.edit(file, workbook -> CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是",
                RecordFixtures.TODAY.plusDays(1), null));

        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refused()).isFalse();
        assertThat(plan.problems()).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.sheet()).isEqualTo("研发人员变动");
            assertThat(warning.cell()).isEqualTo("D2");
            assertThat(warning.reason()).startsWith("入职日期 2026-12-07 晚于今天（2026-12-06）");
        });
        String before = ledger.digest();
        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), false, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("须填写说明").hasMessageContaining("D2");
        assertThat(ledger.digest()).isEqualTo(before);

        ledger.imports().commit(plan, Map.of(plan.warnings().get(0).warningId(), "已签劳动合同，12月7日到岗"), false,
                CollectionProgress.NONE, () -> false);

        assertThat(ledger.services.records().staff().list(ledger.park.id())).singleElement()
                .satisfies(staff -> assertThat(staff.joinedOn()).isEqualTo(LocalDate.of(2026, 12, 7)));
        assertThat(ledger.database.dsl().fetchValue(
                "select warning_key || ' ' || explanation from warning_override where table_name = 'rd_staff'"))
                .isEqualTo("joinedOn:records.date.future 已签劳动合同，12月7日到岗");
    }

    @Test
    void aCancelledGenerationLeavesNoFilesBehind() {
        int[] checks = {0};

        assertThatThrownBy(() -> ledger.services.collection().templates().generate(ledger.park, CollectionFixture.Q1_2025,
                Optional.empty(), false, true, folder, CollectionProgress.NONE, () -> ++checks[0] > 1))
                .isInstanceOf(ImportCancelledException.class);

        assertThat(checks[0]).isEqualTo(2);
        assertThat(folder.toFile().list()).isEmpty();
    }

    private Evaluation revenueTarget() {
        return ledger.services.evaluation().evaluatePark("ZZSZ", LocalDate.of(2025, 3, 31)).stream()
                .filter(evaluation -> evaluation.target().code().equals("ZZSZ-T02")).findFirst().orElseThrow();
    }
}
