package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackedYearSumsTest {

    @Test
    void sumsComeBackByEnterpriseInOrderOfIdWithTheFiguresFourDecimals() {
        Map<Long, BigDecimal> sums = Map.of(9L, new BigDecimal("12.5"), 2L, new BigDecimal("-3"),
                Long.MAX_VALUE, new BigDecimal("99999999999999999999.1234"), 5L, BigDecimal.ZERO,
                7L, new BigDecimal("0.00001"));

        Map<Long, BigDecimal> unpacked = PackedYearSums.unpack(PackedYearSums.pack(sums));

        assertThat(unpacked.keySet()).containsExactly(2L, 5L, 7L, 9L, Long.MAX_VALUE);
        sums.forEach((enterprise, sum) -> assertThat(unpacked.get(enterprise)).isEqualByComparingTo(sum));
        // as a DECIMAL(24,4) column gave them: at least the figures' four decimals, and a finer one kept whole
        assertThat(unpacked.get(9L)).hasToString("12.5000");
        assertThat(unpacked.get(7L)).hasToString("0.00001");
    }

    @Test
    void noSumsPackIntoTheCountAlone() {
        byte[] packed = PackedYearSums.pack(Map.of());

        assertThat(packed).hasSize(Integer.BYTES);
        assertThat(PackedYearSums.unpack(packed)).isEmpty();
    }

    @Test
    void aValueCutShortOrRunningOnIsRefused() {
        byte[] packed = PackedYearSums.pack(Map.of(1L, new BigDecimal("4.25"), 2L, new BigDecimal("8")));

        assertThatThrownBy(() -> PackedYearSums.unpack(Arrays.copyOf(packed, packed.length - 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cut short");
        assertThatThrownBy(() -> PackedYearSums.unpack(Arrays.copyOf(packed, packed.length + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run on");
    }
}
