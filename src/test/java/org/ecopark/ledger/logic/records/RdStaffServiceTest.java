package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class RdStaffServiceTest {

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private RdStaffService staff;
    private long xinquan;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "staff-service");
        staff = ledger.services.staff();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    private RdStaff wang(LocalDate left) {
        return new RdStaff(0, xinquan, " 王建国 ", "0417", Education.MASTER, "工程师", true, LocalDate.of(2021, 3, 1), left);
    }

    @Test
    void aPersonIsSavedCleanedCountedAndAudited() {
        Saved<RdStaff> saved = staff.save(wang(null), Map.of());

        assertThat(saved.record().name()).isEqualTo("王建国");
        assertThat(staff.headcount(ledger.parkId, LocalDate.of(2025, 1, 1), true)).isEqualTo(1);
        assertThat(ledger.read().audit().find(saved.change().auditId()).orElseThrow().action())
                .isEqualTo(AuditAction.INSERT);
        assertThat(ledger.auditRows(RdStaffService.TABLE)).isEqualTo(1);
    }

    @Test
    void leavingBeforeJoiningIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> staff.save(wang(LocalDate.of(2020, 12, 31)), Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("早于入职日期");

        assertThat(staff.list(ledger.parkId)).isEmpty();
        assertThat(ledger.auditRows(RdStaffService.TABLE)).isZero();
    }

    @Test
    void aDeleteIsUndoneUnderTheSameId() {
        RdStaff saved = staff.save(wang(null), Map.of()).record();

        RecordChange deleted = staff.delete(saved.id());
        assertThat(staff.list(ledger.parkId)).isEmpty();
        staff.undo(deleted);

        assertThat(staff.find(saved.id())).contains(saved);
        assertThat(ledger.auditRows(RdStaffService.TABLE)).isEqualTo(3);
    }

    @Test
    void theSamePersonTwiceIsAWarningThatNeedsAnExplanation() {
        staff.save(wang(null), Map.of());

        RecordValidation again = staff.validate(wang(null));

        assertThat(again.hasErrors()).isFalse();
        assertThat(again.warnings()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(RdStaffService.NAME));
        assertThat(again.allowsSaving(Map.of())).isFalse();
    }
}
