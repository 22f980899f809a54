package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
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
class PlatformServiceTest {

    private static final LocalDate APPROVED = LocalDate.of(2019, 12, 18);

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private PlatformService platforms;
    private long xinquan;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "platform-service");
        platforms = ledger.services.platforms();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    private InnovationPlatform centre(Long enterprise, PlatformLevel level, LocalDate revoked) {
        return new InnovationPlatform(0, ledger.parkId, enterprise, " 山东省企业技术中心（鑫泉） ",
                PlatformType.ENTERPRISE_TECH_CENTER, level, APPROVED, "山东省工业和信息化厅", revoked);
    }

    @Test
    void aPlatformIsSavedCleanedAndAudited() {
        Saved<InnovationPlatform> saved = platforms.save(centre(xinquan, PlatformLevel.PROVINCIAL, null), Map.of());

        assertThat(saved.record().name()).isEqualTo("山东省企业技术中心（鑫泉）");
        assertThat(platforms.list(ledger.parkId)).containsExactly(saved.record());
        assertThat(ledger.read().audit().find(saved.change().auditId()).orElseThrow().action())
                .isEqualTo(AuditAction.INSERT);
    }

    @ParameterizedTest(name = "revoked on {0}: {1} errors")
    @CsvSource({", 0", "2019-12-18, 0", "2023-06-30, 0", "2019-12-17, 1"})
    void aRevocationMayNotPrecedeTheApproval(LocalDate revoked, int errors) {
        RecordValidation findings = platforms.validate(centre(xinquan, PlatformLevel.PROVINCIAL, revoked));

        assertThat(findings.errors()).hasSize(errors)
                .allSatisfy(problem -> assertThat(problem.field()).isEqualTo(PlatformService.REVOKED_ON));
    }

    @Test
    void theSamePlatformTwiceIsRefusedButTheSameNameAtAnotherLevelIsAnother() {
        platforms.save(centre(xinquan, PlatformLevel.PROVINCIAL, null), Map.of());

        assertThatThrownBy(() -> platforms.save(centre(xinquan, PlatformLevel.PROVINCIAL, null), Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("园区已登记省级企业技术中心");
        platforms.save(centre(xinquan, PlatformLevel.NATIONAL, null), Map.of());

        assertThat(platforms.list(ledger.parkId)).extracting(InnovationPlatform::level)
                .containsExactlyInAnyOrder(PlatformLevel.PROVINCIAL, PlatformLevel.NATIONAL);
    }

    @Test
    void anEnterpriseTechnologyCentreWithoutItsEnterpriseNeedsAnExplanation() {
        InnovationPlatform parkOwn = centre(null, PlatformLevel.MUNICIPAL, null);

        RecordValidation findings = platforms.validate(parkOwn);

        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.warnings()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo(PlatformService.ENTERPRISE));
        assertThatThrownBy(() -> platforms.save(parkOwn, Map.of())).isInstanceOf(RecordRejectedException.class);
        platforms.save(parkOwn, Map.of(findings.warnings().get(0).key(), "依托企业已注销，平台由园区承接"));
        assertThat(platforms.list(ledger.parkId)).singleElement()
                .satisfies(p -> assertThat(p.enterpriseId()).isNull());
    }

    @Test
    void theNameTypeLevelAndApprovalDateAreRequired() {
        InnovationPlatform empty = new InnovationPlatform(0, ledger.parkId, null, "", null, null, null, null, null);

        assertThat(platforms.validate(empty).errors()).extracting(Problem::field).containsExactlyInAnyOrder(
                PlatformService.NAME, PlatformService.TYPE_FIELD, PlatformService.LEVEL, PlatformService.APPROVED_ON);
    }

    @Test
    void anUpdateIsUndoneToTheOldValues() {
        InnovationPlatform saved = platforms.save(centre(xinquan, PlatformLevel.PROVINCIAL, null), Map.of()).record();
        InnovationPlatform revoked = new InnovationPlatform(saved.id(), saved.parkId(), saved.enterpriseId(), saved.name(),
                saved.type(), saved.level(), saved.approvedOn(), saved.approvedBy(), LocalDate.of(2024, 1, 1));

        RecordChange change = platforms.save(revoked, Map.of()).change();
        platforms.undo(change);

        assertThat(platforms.find(saved.id())).contains(saved);
    }
}
