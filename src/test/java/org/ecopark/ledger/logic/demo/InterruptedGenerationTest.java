package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.indicators.IndicatorException;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.ParkFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A generator run stopped part way as a crash stops it (no clean-up runs) leaves a park marked as unfinished: its
 * figures are refused, the ledger check names it, and the next run with the same seed makes the park whole, equal
 * to one generated without interruption.
 */
class InterruptedGenerationTest {

    /** Stands for the program dying: an Error is not caught by the generator's own clean-up. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void aParkLeftHalfWrittenIsRefusedNamedByTheCheckAndCompletedByTheNextRun() {
        Database database = Database.inMemory("interrupted-" + System.nanoTime());
        try (Services services = new Services(database)) {
            assertThatThrownBy(() -> services.generator().generate(40, 2, 9, (done, total) -> {
                if (done == 30) {
                    throw new Crash();
                }
            })).isInstanceOf(Crash.class);

            ParkFigures figures = new ParkFigures(database);
            assertThat(figures.counts().get("period_stat")).as("part of the park was written").isPositive();
            assertThatThrownBy(() -> services.evaluation().evaluatePark("SYN9", LocalDate.of(2025, 12, 31)))
                    .isInstanceOf(IndicatorException.class).hasMessageContaining("SYN9", "没有载入完成", "generate");
            LedgerCheck check = services.check().check();
            assertThat(check.unfinishedParks()).containsExactly("SYN9");
            assertThat(check.derived()).as("the sums of complete parks are untouched").isEmpty();

            services.generator().generate(40, 2, 9);

            assertThat(services.check().check().clean()).isTrue();
            assertThatCode(() -> services.evaluation().evaluatePark("SYN9", LocalDate.of(2025, 12, 31)))
                    .as("no longer refused").doesNotThrowAnyException();
            assertThat(figures.digest("SYN9")).isEqualTo(uninterrupted(40, 2, 9));
        }
    }

    @Test
    void aCompleteParkIsStillRefusedASecondGeneration() {
        Database database = Database.inMemory("complete-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.generator().generate(5, 1, 4);

            assertThatThrownBy(() -> services.generator().generate(5, 1, 4)).isInstanceOf(DemoException.class)
                    .hasMessageContaining("SYN4");
        }
    }

    @Test
    void aSeedWhosePatentNumbersAreTakenIsRefusedInPlainWordsAndWritesNothing() {
        long first = 1;
        long second = java.util.stream.LongStream.range(2, 1_000)
                .filter(seed -> SyntheticPatentSerials.block(seed) == SyntheticPatentSerials.block(first))
                .findFirst().orElseThrow();
        Database database = Database.inMemory("patents-taken-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.generator().generate(5, 1, first);
            var before = new ParkFigures(database).counts();

            assertThatThrownBy(() -> services.generator().generate(5, 1, second)).isInstanceOf(DemoException.class)
                    .hasMessage("种子 " + second + " 生成的专利号已被本台账中另一个合成园区使用（每 50 个种子约有一对如此），"
                            + "什么也没有写入；请换一个种子。");

            assertThat(new ParkFigures(database).counts()).isEqualTo(before);
            assertThat(services.check().check().clean()).isTrue();
        }
    }

    private static String uninterrupted(int enterprises, int years, long seed) {
        Database database = Database.inMemory("uninterrupted-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.generator().generate(enterprises, years, seed);
            return new ParkFigures(database).digest("SYN" + seed);
        }
    }
}
