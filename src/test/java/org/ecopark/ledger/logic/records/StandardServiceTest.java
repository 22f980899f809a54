package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class StandardServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 29);

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private StandardService standards;
    private long xinquan;
    private long juheng;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "standard-service");
        standards = ledger.services.standards();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
        juheng = ledger.services.enterprises().save(RecordFixtures.juheng(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    private Standard standard(String code, StandardLevel level, long enterprise) {
        return new Standard(0, code, "水处理剂 聚氯化铝", level, StandardRole.LEAD, enterprise, LocalDate.of(2024, 4, 25));
    }

    @Test
    void aStandardIsSavedUnderItsNormalisedCodeAndAudited() {
        Saved<Standard> saved = standards.save(standard("gb/t22627—2024", StandardLevel.NATIONAL, xinquan), Map.of());

        assertThat(saved.record().code()).isEqualTo("GB/T 22627-2024");
        assertThat(standards.list(ledger.parkId)).containsExactly(saved.record());
        assertThat(ledger.read().audit().find(saved.change().auditId()).orElseThrow().action())
                .isEqualTo(AuditAction.INSERT);
    }

    @ParameterizedTest(name = "{0} is a {1} standard")
    @CsvSource({
            "GB 18918-2002, NATIONAL",
            "GB/T 14848-2017, NATIONAL",
            "GB/Z 41234-2022, NATIONAL",
            "HJ 2.2-2018, INDUSTRY",
            "HJ/T 91-2002, INDUSTRY",
            "DB37/T 4404-2021, LOCAL",
            "DB37/ 3416.1-2018, LOCAL",
            "T/CAEPI 49-2022, GROUP",
            "Q/ZZXQ 001-2024, ENTERPRISE"})
    void aPublishedCodeTellsItsLevelAndPassesWithoutFindings(String code, StandardLevel level) {
        assertThat(StandardService.levelOf(code)).contains(level);

        Standard draft = StandardService.normalise(standard(code, level, xinquan));
        assertThat(StandardService.check(ledger.read(), draft, TODAY).problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: error at {3}")
    @CsvSource({
            "GB/T 2262A-2024, NATIONAL, 2024-04-25, code, 不是标准号的格式",
            "GB/T 22627, NATIONAL, 2024-04-25, code, 缺少年代号",
            "DB99/T 100-2020, LOCAL, 2020-05-01, code, 行政区划代码“99”不存在",
            "HJ 1234-2025, NATIONAL, 2025-03-01, level, 与标准编号所示的“行业标准”不一致"})
    void aBadCodeOrALevelTheCodeContradictsIsAnError(String code, StandardLevel level,
                                                                       LocalDate published, String field,
                                                                       String message) {
        Standard draft = new Standard(0, code, "水处理剂", level, StandardRole.PARTICIPANT, xinquan, published);

        RecordValidation findings = StandardService.check(ledger.read(), StandardService.normalise(draft), TODAY);

        assertThat(findings.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    @ParameterizedTest(name = "published {0}: a warning? {1}")
    @CsvSource({"2025-11-28, false", "2025-11-29, false", "2025-11-30, true", "2026-04-01, true"})
    void aPublicationAfterTodayIsAWarningThatNeedsAnExplanationNotAnError(LocalDate published, boolean warned) {
        Standard draft = new Standard(0, "GB/T 22627-2024", "水处理剂", StandardLevel.NATIONAL, StandardRole.LEAD, xinquan,
                published);

        RecordValidation findings = StandardService.check(ledger.read(), StandardService.normalise(draft), TODAY);

        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.warnings()).extracting(Problem::field, Problem::messageKey)
                .containsExactlyElementsOf(warned ? List.of(org.assertj.core.groups.Tuple.tuple(
                        StandardService.PUBLISHED_ON, DateRules.KEY_FUTURE)) : List.of());
    }

    @Test
    void theTitleRoleAndEnterpriseAreRequired() {
        Standard draft = new Standard(0, "GB/T 22627-2024", " ", StandardLevel.NATIONAL, null, null, null);

        assertThat(StandardService.check(ledger.read(), StandardService.normalise(draft), TODAY).errors())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(StandardService.TITLE, StandardService.ROLE, StandardService.ENTERPRISE);
    }

    @Test
    void theSameCodeTwiceForOneEnterpriseIsRefusedButAnotherEnterpriseMayShareIt() {
        standards.save(standard("GB/T 22627-2024", StandardLevel.NATIONAL, xinquan), Map.of());

        assertThatThrownBy(() -> standards.save(standard("GBT22627-2024", StandardLevel.NATIONAL, xinquan), Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("该企业已登记标准 GB/T 22627-2024");
        standards.save(standard("GB/T 22627-2024", StandardLevel.NATIONAL, juheng), Map.of());

        assertThat(standards.list(ledger.parkId)).extracting(Standard::enterpriseId).containsExactlyInAnyOrder(xinquan, juheng);
    }

    @Test
    void anotherProvincesLocalStandardIsAWarningSavedOnlyWithItsExplanation() {
        Standard jiangsu = standard("DB32/T 3000-2016", StandardLevel.LOCAL, xinquan);

        assertThat(standards.validate(jiangsu).warnings()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("外省"));
        assertThatThrownBy(() -> standards.save(jiangsu, Map.of())).isInstanceOf(RecordRejectedException.class);
        String key = standards.validate(jiangsu).warnings().get(0).key();
        Saved<Standard> saved = standards.save(jiangsu, Map.of(key, "江苏分公司牵头，园区企业参与起草"));

        assertThat(standards.explanations(saved.record().id())).containsEntry(key, "江苏分公司牵头，园区企业参与起草");
    }

    @Test
    void aDeleteIsUndoneUnderTheSameId() {
        Standard saved = standards.save(standard("GB/T 22627-2024", StandardLevel.NATIONAL, xinquan), Map.of()).record();

        RecordChange deleted = standards.delete(saved.id());
        assertThat(standards.list(ledger.parkId)).isEmpty();
        standards.undo(deleted);

        assertThat(standards.find(saved.id())).contains(saved);
        assertThat(standards.history(saved.id())).extracting(HistoryEntry::action)
                .containsExactly(AuditAction.INSERT, AuditAction.DELETE, AuditAction.INSERT);
    }
}
