package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DaySpans and their stored form. */
class PackedSpansTest {

    private static final SpanQuery.Span ALWAYS = new SpanQuery.Span(null, LocalDate.of(2024, 1, 1), 4);
    private static final SpanQuery.Span OLD = new SpanQuery.Span(LocalDate.of(1970, 1, 1), null, 1);
    private static final SpanQuery.Span SHORT = new SpanQuery.Span(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1), 2);
    private static final SpanQuery.Span OPEN = new SpanQuery.Span(LocalDate.of(2025, 12, 31), null, 120_000);
    private static final DaySpans SPANS = DaySpans.of(List.of(OPEN, SHORT, ALWAYS, OLD));

    @Test
    void spansComeBackAsTheyWentInOrderedByStart() {
        byte[] packed = PackedSpans.pack(SPANS);
        assertThat(packed).hasSize(4 * 12);
        assertThat(PackedSpans.unpack(packed).toSpans()).containsExactly(ALWAYS, OLD, SHORT, OPEN);
    }

    @Test
    void aWindowKeepsTheSpansStartingOnOrAfterItsFirstDay() {
        assertThat(SPANS.from(null).toSpans()).containsExactly(ALWAYS, OLD, SHORT, OPEN);
        assertThat(SPANS.from(LocalDate.of(1970, 1, 1)).toSpans()).containsExactly(OLD, SHORT, OPEN);
        assertThat(SPANS.from(LocalDate.of(2023, 2, 28)).toSpans()).containsExactly(SHORT, OPEN);
        assertThat(SPANS.from(LocalDate.of(2023, 3, 1)).toSpans()).containsExactly(OPEN);
        assertThat(SPANS.from(LocalDate.of(2026, 1, 1)).size()).isZero();
    }

    @Test
    void nothingPacksIntoNothingAndABrokenValueIsRefused() {
        assertThat(PackedSpans.unpack(PackedSpans.pack(DaySpans.EMPTY)).size()).isZero();
        assertThatThrownBy(() -> PackedSpans.unpack(new byte[13])).isInstanceOf(IllegalArgumentException.class);
    }
}
