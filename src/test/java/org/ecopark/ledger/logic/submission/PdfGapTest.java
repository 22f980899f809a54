package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.Test;

/** The PDF's 差距 of a target whose actual value went past it reads "超出 …", never a negative number. */
class PdfGapTest {

    @Test
    void aGapPastTheTargetIsSaidAsExceededAndADistanceLeftAsItIs() {
        I18n.setLocale(I18n.CHINESE);
        assertThat(PdfTargetPage.gap(new BigDecimal("-0.03"), " 亿元")).isEqualTo("超出 0.03 亿元");
        assertThat(PdfTargetPage.gap(new BigDecimal("4.77"), " 亿元")).isEqualTo("4.77 亿元");
        assertThat(PdfTargetPage.gap(null, " 亿元")).isEqualTo("—");
    }
}
