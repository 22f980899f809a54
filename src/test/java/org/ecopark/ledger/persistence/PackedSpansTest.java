package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedSpansTest {

    private static final SpanQuery.Span ALWAYS = new SpanQuery.Span(null, LocalDate.of(2024, 1, 1), 4);
    private static final SpanQuery.Span OLD = new SpanQuery.Span(LocalDate.of(1970, 1, 1), null, 1);
    private static final SpanQuery.Span SHORT = new SpanQuery.Span(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1), 2);
    private static final SpanQuery.Span OPEN = new SpanQuery.Span(LocalDate.of(2025, 12, 31), null, 120_000);

    @Test
    void spansComeBackAsTheyWentInOrderedByStart() {
        byte[] packed = PackedSpans.pack(List.of(OPEN, SHORT, ALWAYS, OLD));
        assertThat(packed).hasSize(4 * 12);
        assertThat(PackedSpans.unpack(packed, null)).containsExactly(ALWAYS, OLD, SHORT, OPEN);
    }

    @Test
    void aWindowKeepsTheSpansStartingOnOrAfterItsFirstDay() {
        byte[] packed = PackedSpans.pack(List.of(OPEN, SHORT, ALWAYS, OLD));
        assertThat(PackedSpans.unpack(packed, LocalDate.of(2023, 2, 28))).containsExactly(SHORT, OPEN);
        assertThat(PackedSpans.unpack(packed, LocalDate.of(2023, 3, 1))).containsExactly(OPEN);
        assertThat(PackedSpans.unpack(packed, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void nothingPacksIntoNothingAndABrokenValueIsRefused() {
        assertThat(PackedSpans.unpack(PackedSpans.pack(List.of()), null)).isEmpty();
        assertThatThrownBy(() -> PackedSpans.unpack(new byte[13], null)).isInstanceOf(IllegalArgumentException.class);
    }
}
