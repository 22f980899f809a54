package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static BenchOptions sizes(List<Integer> sizes, int importRows, Path source) {
        return new BenchOptions(Path.of("work"), sizes, 5, source, 1, importRows, LocalDate.of(2025, 12, 31),
                BenchRunner.SCENARIOS, false, null, null);
    }

    @Test
    void theImportRowsAreThoseOfTheLargestParkAndInProportionAtASmallerOne() {
        BenchOptions options = sizes(List.of(200, 2000), 100_000, null);

        assertThat(options.importRowsAt(2000)).isEqualTo(100_000);
        assertThat(options.importRowsAt(200)).isEqualTo(10_000);
        assertThat(options.label(200)).isEqualTo("200×5");
        assertThat(sizes(List.of(1, 1000), 10, null).importRowsAt(1)).isEqualTo(1);
    }

    @Test
    void aGivenParkIsOfOneSizeAndSizesArePositive() {
        assertThatThrownBy(() -> sizes(List.of(200, 2000), 10, Path.of("park.mv.db")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("single size");
        assertThatThrownBy(() -> sizes(List.of(0), 10, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(sizes(List.of(2000), 10, Path.of("park.mv.db")).sizes()).containsExactly(2000);
    }
}
