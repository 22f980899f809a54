package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.persistence.AuditJson;
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
class PatentServiceTest {

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private PatentService patents;
    private long xinquan;
    private long juheng;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "patent-service");
        patents = ledger.services.patents();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
        juheng = ledger.services.enterprises().save(RecordFixtures.juheng(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aPatentWithTwoOwnersIsSavedInCertificateOrderAndAudited() {
        Saved<Patent> saved = patents.save(RecordFixtures.invention(List.of(juheng, xinquan)), Map.of());

        assertThat(patents.list(ledger.parkId)).singleElement().satisfies(patent -> {
            assertThat(patent.ownerIds()).containsExactly(juheng, xinquan);
            assertThat(patent.type()).isEqualTo(PatentType.INVENTION);
        });
        AuditEntry insert = ledger.read().audit().find(saved.change().auditId()).orElseThrow();
        assertThat(insert.action()).isEqualTo(AuditAction.INSERT);
        assertThat(AuditJson.fields(insert.newValues())).containsEntry("ownerIds", "[" + juheng + "," + xinquan + "]");
    }

    @Test
    void theNumberIsStoredInItsCanonicalForm() {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        String digits = invention.number().substring(2);
        String typed = "zl " + digits.substring(0, 4) + " " + digits.substring(4, 5) + " " + digits.substring(5);

        Saved<Patent> saved = patents.save(withNumber(invention, typed), Map.of());

        assertThat(saved.record().number()).isEqualTo(invention.number());
    }

    @Test
    void aWrongCheckDigitIsRefusedAndNothingIsWritten() {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        String number = invention.number();
        char check = number.charAt(number.length() - 1);
        String wrong = number.substring(0, number.length() - 1) + (check == '1' ? '2' : '1');

        assertThatThrownBy(() -> patents.save(withNumber(invention, wrong), Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("校验位不符");
        assertThat(patents.list(ledger.parkId)).isEmpty();
        assertThat(ledger.auditRows(PatentService.TABLE)).isZero();
    }

    @Test
    void theTypeMustAgreeWithWhatTheNumberSays() {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        Patent claimedUtility = new Patent(0, invention.number(), invention.title(), PatentType.UTILITY_MODEL,
                invention.appliedOn(), invention.grantedOn(), null, PatentStatus.GRANTED, invention.ownerIds(), null);

        RecordValidation findings = patents.validate(claimedUtility);

        assertThat(findings.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(PatentService.TYPE_FIELD);
            assertThat(problem.message()).contains("发明").contains("实用新型");
        });
        assertThat(PatentService.typeOf(invention.number())).contains(PatentType.INVENTION);
    }

    @ParameterizedTest(name = "{0}, applied {1}, granted {2}, lapsed {3}")
    @CsvSource({
        "GRANTED,   2022-04-06, 2021-09-12, ,           grantedOn",
        "GRANTED,   2022-04-06, ,           ,           grantedOn",
        "PENDING,   2022-04-06, 2023-09-12, ,           grantedOn",
        "LAPSED,    2022-04-06, 2023-09-12, ,           lapsedOn",
        "LAPSED,    2022-04-06, 2023-09-12, 2023-01-01, lapsedOn",
        "GRANTED,   2022-04-06, 2023-09-12, 2025-04-06, lapsedOn",
        "WITHDRAWN, 2022-04-06, ,           2024-01-01, lapsedOn"
    })
    void statusAndDatesMustAgree(PatentStatus status, LocalDate applied, LocalDate granted, LocalDate lapsed, String field) {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        Patent draft = new Patent(0, invention.number(), invention.title(), invention.type(), applied, granted, lapsed,
                status, invention.ownerIds(), null);

        RecordValidation findings = patents.validate(draft);

        assertThat(findings.hasErrors()).isTrue();
        assertThat(findings.errors()).extracting(Problem::field).contains(field);
    }

    @ParameterizedTest
    @CsvSource({"PENDING, , ", "GRANTED, 2023-09-12, ", "LAPSED, 2023-09-12, 2025-04-06", "REJECTED, , "})
    void consistentStatusesAndDatesPass(PatentStatus status, LocalDate granted, LocalDate lapsed) {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        Patent draft = new Patent(0, invention.number(), invention.title(), invention.type(), invention.appliedOn(),
                granted, lapsed, status, invention.ownerIds(), null);

        assertThat(patents.validate(draft).isEmpty()).isTrue();
    }

    @Test
    void aPatentNeedsAnOwnerInTheParkAndANumberNotYetRecorded() {
        Patent orphan = RecordFixtures.utilityModel(List.of());
        assertThat(patents.validate(orphan).only(PatentService.OWNERS).errors()).hasSize(1);

        patents.save(RecordFixtures.utilityModel(List.of(xinquan)), Map.of());
        RecordValidation again = patents.validate(RecordFixtures.utilityModel(List.of(juheng)));
        assertThat(again.only(PatentService.NUMBER).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("一种水处理剂连续投加装置"));
    }

    @Test
    void anApplicationYearThatDiffersFromTheNumberIsAWarningThatCanBeExplained() {
        Patent invention = RecordFixtures.invention(List.of(xinquan));
        Patent pct = new Patent(0, invention.number(), invention.title(), invention.type(), LocalDate.of(2021, 10, 8),
                invention.grantedOn(), null, PatentStatus.GRANTED, invention.ownerIds(), null);
        Problem warning = patents.validate(pct).warnings().get(0);

        assertThatThrownBy(() -> patents.save(pct, Map.of())).isInstanceOf(RecordRejectedException.class);
        Saved<Patent> saved = patents.save(pct, Map.of(warning.key(), "PCT 国际申请日 2021-10-08，2022 年进入中国国家阶段"));

        assertThat(patents.explanations(saved.record().id())).containsKey(warning.key());
    }

    @Test
    void undoOfAnUpdateRestoresTheOwners() {
        Saved<Patent> saved = patents.save(RecordFixtures.invention(List.of(xinquan)), Map.of());
        Patent stored = saved.record();
        Saved<Patent> updated = patents.save(new Patent(stored.id(), stored.number(), stored.title(), stored.type(),
                stored.appliedOn(), stored.grantedOn(), null, stored.status(), List.of(juheng, xinquan), "枣庄学院"), Map.of());
        assertThat(updated.record().ownerIds()).containsExactly(juheng, xinquan);

        patents.undo(updated.change());

        assertThat(patents.find(stored.id()).orElseThrow()).isEqualTo(stored);
        assertThat(patents.history(stored.id())).extracting(HistoryEntry::action)
                .containsExactly(AuditAction.INSERT, AuditAction.UPDATE, AuditAction.UPDATE);
    }

    private static Patent withNumber(Patent p, String number) {
        return new Patent(p.id(), number, p.title(), p.type(), p.appliedOn(), p.grantedOn(), p.lapsedOn(), p.status(),
                p.ownerIds(), p.otherOwners());
    }
}
