package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The line beside Save counts what keeps it disabled, in the user's language. */
class ProblemSummaryTest {

    @AfterEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void countsErrorsFieldsToFillAndWarningsToExplainInChinese() {
        I18n.setLocale(I18n.CHINESE);

        assertThat(new ProblemSummary(2, 0, 1).text()).isEqualTo("2 处错误，1 处警告需说明");
        assertThat(new ProblemSummary(0, 3, 0).text()).isEqualTo("3 项待填写");
        assertThat(new ProblemSummary(1, 2, 1).text()).isEqualTo("1 处错误，2 项待填写，1 处警告需说明");
    }

    @Test
    void countsInEnglishWithPlurals() {
        I18n.setLocale(java.util.Locale.ENGLISH);

        assertThat(new ProblemSummary(2, 0, 1).text()).isEqualTo("2 errors, 1 warning to explain");
        assertThat(new ProblemSummary(1, 1, 2).text()).isEqualTo("1 error, 1 field to fill in, 2 warnings to explain");
    }

    @Test
    void saysNothingWhenNothingKeepsSaveDisabled() {
        ProblemSummary none = new ProblemSummary(0, 0, 0);

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.text()).isEmpty();
    }
}
