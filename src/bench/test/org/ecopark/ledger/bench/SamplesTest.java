package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesTest {

    static Stream<Arguments> medians() {
        return Stream.of(
                Arguments.of(List.of(7.0), 7.0),
                Arguments.of(List.of(3.0, 1.0, 2.0), 2.0),
                Arguments.of(List.of(40.0, 10.0, 30.0, 20.0), 25.0),
                Arguments.of(List.of(5.0, 900.0, 6.0, 4.0, 5.5), 5.5));
    }

    @ParameterizedTest
    @MethodSource("medians")
    void medianIsTheMiddleOfTheSortedRunsOrTheMeanOfTheMiddleTwo(List<Double> samples, double median) {
        assertThat(Samples.median(samples)).isEqualTo(median);
    }

    @Test
    void medianOfNoRunsIsRefused() {
        assertThatThrownBy(() -> Samples.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioIsTheFigureOverItsFloorAndNullWithoutOne() {
        assertThat(Samples.ratio(150, 100.0)).isEqualTo(1.5);
        assertThat(Samples.ratio(150, null)).isNull();
        assertThat(Samples.ratio(150, 0.0)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"1234.4, 1234", "12.34, 12.3", "1.234, 1.23", "0.1234, 0.123", "100, 100", "2.5, 2.50"})
    void figuresKeepAsManyDecimalsAsTheirSizeNeeds(double value, String shown) {
        assertThat(Samples.format(value)).isEqualTo(shown);
    }
}
