package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.Severity;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.model.WarningOverride;
import org.ecopark.ledger.persistence.AuditJson;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@ParameterizedClass
@EnumSource(Backend.class)
class EnterpriseServiceTest {

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private EnterpriseService enterprises;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "enterprise-service");
        enterprises = ledger.services.enterprises();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aValidEnterpriseIsSavedAndItsInsertAudited() {
        Saved<Enterprise> saved = enterprises.save(RecordFixtures.xinquan(ledger.parkId), Map.of());

        assertThat(enterprises.list(ledger.parkId)).containsExactly(saved.record());
        List<AuditEntry> log = ledger.read().audit().history(EnterpriseService.TABLE, String.valueOf(saved.record().id()));
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.INSERT);
            assertThat(entry.changedBy()).isEqualTo(ServiceFixture.USER);
            assertThat(entry.oldValues()).isNull();
            assertThat(AuditJson.decode(entry.newValues(), Enterprise.class)).isEqualTo(saved.record());
        });
        assertThat(saved.change().auditId()).isEqualTo(log.get(0).id());
    }

    @Test
    void aBadCheckCharacterIsRefusedInTheUsersLanguageAndNothingIsWritten() {
        Enterprise draft = RecordFixtures.xinquan(ledger.parkId);
        Enterprise typo = withUscc(draft, RecordFixtures.typo(draft.uscc()));

        assertThatThrownBy(() -> enterprises.save(typo, Map.of()))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageContaining(typo.uscc()).hasMessageContaining("校验位不符");
        assertThat(enterprises.list(ledger.parkId)).isEmpty();
        assertThat(ledger.auditRows(EnterpriseService.TABLE)).isZero();

        I18n.setLocale(java.util.Locale.ENGLISH);
        assertThatThrownBy(() -> enterprises.save(typo, Map.of())).hasMessageContaining("check character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91370402MA3C5QK7", "91370402MA3C5QK7X12", "91370402MAIC5QK7X1", "91ABCDEFMA3C5QK7X1"})
    void malformedCodesAreErrorsOnTheCodeField(String code) {
        RecordValidation findings = enterprises.validate(withUscc(RecordFixtures.xinquan(ledger.parkId), code));

        assertThat(findings.only(EnterpriseService.USCC).errors()).hasSize(1);
    }

    @Test
    void aFullWidthCodeWithBlanksIsStoredNormalised() {
        Enterprise draft = RecordFixtures.qingyuan(ledger.parkId);
        StringBuilder fullWidth = new StringBuilder();
        for (char c : draft.uscc().toLowerCase().toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0)).append(c == '4' ? " " : "");
        }

        Saved<Enterprise> saved = enterprises.save(withUscc(draft, fullWidth.toString()), Map.of());

        assertThat(saved.record().uscc()).isEqualTo(draft.uscc());
    }

    @Test
    void aDuplicateCodeIsAnErrorThatNamesTheEnterpriseHoldingIt() {
        Enterprise first = enterprises.save(RecordFixtures.juheng(ledger.parkId), Map.of()).record();
        Enterprise copy = new Enterprise(0, ledger.parkId, first.uscc(), "聚恒新材料（枣庄）有限公司", null, first.segment(),
                true, null, null, null, null, null, null, List.of());

        RecordValidation findings = enterprises.validate(copy);

        assertThat(findings.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(EnterpriseService.USCC);
            assertThat(problem.message()).contains("山东聚恒新材料股份有限公司");
        });
        assertThatThrownBy(() -> enterprises.save(copy, Map.of())).isInstanceOf(RecordRejectedException.class);
        assertThat(enterprises.validate(first).hasErrors()).as("an enterprise is no duplicate of itself").isFalse();
    }

    @Test
    void leavingBeforeSettlingAndATitleExpiringBeforeItsAwardAreErrors() {
        Enterprise draft = RecordFixtures.xinquan(ledger.parkId);
        Enterprise wrong = new Enterprise(0, ledger.parkId, draft.uscc(), draft.name(), null, draft.segment(), true,
                LocalDate.of(2019, 5, 20), LocalDate.of(2018, 12, 31), null, null, null, null,
                List.of(new EnterpriseTitle(0, TitleKind.HIGH_TECH, LocalDate.of(2023, 11, 29), LocalDate.of(2023, 11, 29), null)));

        RecordValidation findings = enterprises.validate(wrong);

        assertThat(findings.errors()).extracting(Problem::field)
                .containsExactlyInAnyOrder(EnterpriseService.LEFT_ON, EnterpriseService.TITLES);
        assertThat(findings.only(EnterpriseService.TITLES).errors().get(0).message()).contains("高新技术企业");
    }

    @Test
    void aCodeRegisteredOutsideShandongNeedsAnExplanationWhichIsStoredWithTheRecord() {
        Enterprise nanjing = withUscc(RecordFixtures.qingyuan(ledger.parkId), RecordFixtures.uscc("320102", "MA1XK2P3"));
        RecordValidation findings = enterprises.validate(nanjing);
        assertThat(findings.hasErrors()).isFalse();
        Problem warning = findings.warnings().get(0);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.messageKey()).isEqualTo(UsccCheck.KEY_NOT_SHANDONG);

        assertThatThrownBy(() -> enterprises.save(nanjing, Map.of())).isInstanceOf(RecordRejectedException.class);
        assertThat(enterprises.list(ledger.parkId)).isEmpty();

        Saved<Enterprise> saved = enterprises.save(nanjing, Map.of(warning.key(), "总部在南京，枣庄为分公司生产基地，已核对执照"));

        List<WarningOverride> overrides = ledger.read().warningOverrides().find(EnterpriseService.TABLE, saved.record().id());
        assertThat(overrides).singleElement().satisfies(override -> {
            assertThat(override.warningKey()).isEqualTo(warning.key());
            assertThat(override.explanation()).isEqualTo("总部在南京，枣庄为分公司生产基地，已核对执照");
            assertThat(override.overriddenBy()).isEqualTo(ServiceFixture.USER);
        });
        assertThat(enterprises.explanations(saved.record().id())).containsEntry(warning.key(),
                "总部在南京，枣庄为分公司生产基地，已核对执照");
        assertThat(ledger.auditRows(AuditedTransaction.OVERRIDE_TABLE)).isEqualTo(1);
    }

    @Test
    void updateAndDeleteAreAuditedWithOldAndNewValues() {
        Enterprise stored = enterprises.save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record();
        Enterprise moved = new Enterprise(stored.id(), stored.parkId(), stored.uscc(), stored.name(), stored.shortName(),
                stored.segment(), true, stored.settledOn(), LocalDate.of(2025, 6, 30), stored.contactPerson(),
                stored.contactPhone(), stored.address(), "迁往滕州经济开发区", stored.titles());

        enterprises.save(moved, Map.of());
        enterprises.delete(stored.id());

        List<AuditEntry> log = ledger.read().audit().history(EnterpriseService.TABLE, String.valueOf(stored.id()));
        assertThat(log).extracting(AuditEntry::action)
                .containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(AuditJson.fields(log.get(1).oldValues())).containsEntry("leftOn", null);
        assertThat(AuditJson.fields(log.get(1).newValues())).containsEntry("leftOn", "2025-06-30");
        assertThat(log.get(2).newValues()).isNull();
        assertThat(AuditJson.fields(log.get(2).oldValues())).containsEntry("note", "迁往滕州经济开发区");
        HistoryEntry update = enterprises.history(stored.id()).get(1);
        assertThat(update.changes()).extracting(FieldChange::field).containsExactlyInAnyOrder("leftOn", "note");
    }

    @Test
    void undoGivesTheRecordItsValuesFromBeforeTheChangeAndIsAuditedToo() {
        Saved<Enterprise> inserted = enterprises.save(RecordFixtures.xinquan(ledger.parkId), Map.of());
        Enterprise stored = inserted.record();
        Enterprise renamed = new Enterprise(stored.id(), stored.parkId(), stored.uscc(), "枣庄鑫泉环保科技有限公司", null,
                stored.segment(), true, stored.settledOn(), null, null, null, null, null, List.of());
        Saved<Enterprise> updated = enterprises.save(renamed, Map.of());

        enterprises.undo(updated.change());
        assertThat(enterprises.find(stored.id()).orElseThrow().name()).isEqualTo("枣庄鑫泉水处理材料有限公司");
        assertThat(enterprises.find(stored.id()).orElseThrow().titles()).hasSize(2);

        RecordChange deleted = enterprises.delete(stored.id());
        enterprises.undo(deleted);
        Enterprise restored = enterprises.find(stored.id()).orElseThrow();
        assertThat(restored.uscc()).isEqualTo(stored.uscc());
        assertThat(restored.titles()).extracting(EnterpriseTitle::kind).containsExactly(TitleKind.PROVINCIAL_SRDI,
                TitleKind.HIGH_TECH);

        enterprises.undo(inserted.change());
        assertThat(enterprises.find(stored.id())).isEmpty();
        assertThat(ledger.read().audit().history(EnterpriseService.TABLE, String.valueOf(stored.id())))
                .extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE,
                        AuditAction.UPDATE, AuditAction.DELETE, AuditAction.INSERT, AuditAction.DELETE);
    }

    @Test
    void deletingAnEnterpriseThatOwnsAPatentIsRefusedAndChangesNothing() {
        Enterprise owner = enterprises.save(RecordFixtures.juheng(ledger.parkId), Map.of()).record();
        ledger.services.patents().save(RecordFixtures.invention(List.of(owner.id())), Map.of());
        int auditRows = ledger.auditRows(EnterpriseService.TABLE);

        assertThatThrownBy(() -> enterprises.delete(owner.id()))
                .isInstanceOf(RecordWriteException.class)
                .hasMessageContaining("专利");
        assertThat(enterprises.find(owner.id())).isPresent();
        assertThat(ledger.auditRows(EnterpriseService.TABLE)).isEqualTo(auditRows);
    }

    private static Enterprise withUscc(Enterprise e, String uscc) {
        return new Enterprise(e.id(), e.parkId(), uscc, e.name(), e.shortName(), e.segment(), e.envRelated(),
                e.settledOn(), e.leftOn(), e.contactPerson(), e.contactPhone(), e.address(), e.note(), e.titles());
    }
}
