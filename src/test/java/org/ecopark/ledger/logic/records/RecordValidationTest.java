package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordValidationTest {

    private final RecordValidation findings = RecordValidation.builder()
            .warning("uscc", UsccCheck.KEY_NOT_SHANDONG, "320102")
            .warning("appliedOn", "records.patent.yearDiffers", "2021", "2022")
            .build();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void warningsNeedAWrittenExplanationEachBeforeSaving() {
        assertThat(findings.allowsSaving(Map.of())).isFalse();
        assertThat(findings.allowsSaving(Map.of("uscc:" + UsccCheck.KEY_NOT_SHANDONG, "总部在南京，枣庄为生产基地"))).isFalse();
        assertThat(findings.allowsSaving(Map.of("uscc:" + UsccCheck.KEY_NOT_SHANDONG, "总部在南京，枣庄为生产基地",
                "appliedOn:records.patent.yearDiffers", "   "))).isFalse();
        assertThat(findings.allowsSaving(Map.of("uscc:" + UsccCheck.KEY_NOT_SHANDONG, "总部在南京，枣庄为生产基地",
                "appliedOn:records.patent.yearDiffers", "PCT 国际申请日为 2021 年"))).isTrue();
    }

    @Test
    void anErrorBlocksSavingWhateverIsExplained() {
        RecordValidation withError = findings.and(RecordValidation.builder()
                .error("uscc", UsccCheck.KEY_CHECK, "913704027XXXXXXXX0").build());

        assertThat(withError.allowsSaving(Map.of("uscc:" + UsccCheck.KEY_NOT_SHANDONG, "x",
                "appliedOn:records.patent.yearDiffers", "y"))).isFalse();
        assertThatThrownBy(() -> withError.requireSavable(Map.of()))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageContaining("913704027XXXXXXXX0").hasMessageContaining("校验位不符");
    }

    @Test
    void onlyTheExplanationsOfCurrentWarningsAreKeptAndTrimmed() {
        Map<String, String> kept = findings.explanationsOf(Map.of(
                "uscc:" + UsccCheck.KEY_NOT_SHANDONG, "  总部在南京  ",
                "uscc:validation.uscc.orgcode", "no longer applies"));

        assertThat(kept).containsExactly(Map.entry("uscc:" + UsccCheck.KEY_NOT_SHANDONG, "总部在南京"));
    }

    @Test
    void anUnexplainedWarningIsRefusedWithItsMessage() {
        assertThatThrownBy(() -> findings.requireSavable(Map.of()))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessageStartingWith("请先填写说明")
                .hasMessageContaining("320102");
    }

    @Test
    void findingsAreSelectedByField() {
        assertThat(findings.only("uscc").problems()).hasSize(1);
        assertThat(findings.only("name").isEmpty()).isTrue();
        assertThat(findings.warnings()).hasSize(2);
        assertThat(findings.hasErrors()).isFalse();
    }
}
