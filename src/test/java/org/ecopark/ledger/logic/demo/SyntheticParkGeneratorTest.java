package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.logic.validation.Severity;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.ParkFigures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyntheticParkGeneratorTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    /** Generates into a fresh in-memory ledger and returns the content digest of the new park. */
    private static String digestOf(int enterprises, int years, long seed) {
        Database database = Database.inMemory("synthetic-" + System.nanoTime());
        try (Services services = new Services(database)) {
            LoadResult result = services.generator().generate(enterprises, years, seed);
            return new ParkFigures(database).digest(result.parkCode());
        }
    }

    @Test
    void theSameSeedGivesTheSameData() {
        assertThat(digestOf(25, 2, 42)).isEqualTo(digestOf(25, 2, 42));
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(digestOf(25, 2, 42)).isNotEqualTo(digestOf(25, 2, 43));
    }

    @Test
    void countsScaleWithEnterprisesAndYears() {
        Database database = Database.inMemory("synthetic-counts-" + System.nanoTime());
        try (Services services = new Services(database)) {
            LoadResult result = services.generator().generate(20, 3, 7);

            assertThat(result.parkCode()).isEqualTo("SYN7");
            assertThat(result.counts()).containsEntry("enterprise", 20).containsEntry("rd_staff", 200)
                    .containsEntry("patent", 1000).containsEntry("period_stat", 20 * 36 * 10)
                    .containsEntry("project", 2).containsEntry("innovation_platform", 2)
                    .containsEntry("park_event", 3 * 24);
            assertThat(new ParkFigures(database).counts()).containsAllEntriesOf(result.counts());
            assertThat(services.parks().parks()).extracting(park -> park.code()).contains("SYN7");
        }
    }

    @Test
    void everyGeneratedCodePassesItsCheckWithoutWarning() {
        Database database = Database.inMemory("synthetic-codes-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.generator().generate(40, 1, 5);
            ParkFigures figures = new ParkFigures(database);

            assertThat(figures.usccs()).hasSize(40)
                    .allSatisfy(code -> assertThat(UsccCheck.check(code).severity()).as(code).isEqualTo(Severity.OK));
            assertThat(figures.patentNumbers()).hasSize(2000).allSatisfy(number -> assertThat(
                    PatentNumberCheck.check(number).check().severity()).as(number).isEqualTo(Severity.OK));
            assertThat(figures.standardCodes()).allSatisfy(code -> assertThat(
                    StandardCodeCheck.check(code).check().severity()).as(code).isEqualTo(Severity.OK));
        }
    }

    @Test
    void aSyntheticParkSitsBesideTheDemoWithoutCollisions() {
        Database database = Database.inMemory("synthetic-demo-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.demo().load(false);
            services.generator().generate(30, 3, 11);
            services.generator().generate(30, 3, 12);

            assertThat(new ParkFigures(database).counts().get("enterprise")).isEqualTo(42 + 60);
        }
    }

    @Test
    void theSameSeedTwiceInOneLedgerIsRefused() {
        Database database = Database.inMemory("synthetic-twice-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.generator().generate(5, 1, 3);

            assertThatThrownBy(() -> services.generator().generate(5, 1, 3))
                    .isInstanceOf(DemoException.class).hasMessageContaining("SYN3");
            assertThat(new ParkFigures(database).counts().get("enterprise")).isEqualTo(5);
        }
    }

    @Test
    void argumentsOutOfRangeAreRefusedWithAPlainMessage() {
        Database database = Database.inMemory("synthetic-args-" + System.nanoTime());
        try (Services services = new Services(database)) {
            assertThatThrownBy(() -> services.generator().generate(0, 5, 1)).hasMessageContaining("企业数");
            assertThatThrownBy(() -> services.generator().generate(10, 21, 1)).hasMessageContaining("年数");
            assertThatThrownBy(() -> services.generator().generate(10, 1, -1)).hasMessageContaining("种子");
        }
    }

    /**
     * Measured in CPU time of the generating thread (the embedded database works in it too), not wall
     * time: on a busy build machine the wall clock says more about the neighbours than about the code.
     */
    @Test
    void aHundredEnterprisesOverFiveYearsGetEveryMetricForEveryMonth() {
        // Speed is the benchmark's business; this checks only what the generator writes.
        Database database = Database.inMemory("synthetic-months-" + System.nanoTime());
        try (Services services = new Services(database)) {
            LoadResult result = services.generator().generate(100, 5, 1);

            assertThat(result.counts().get("period_stat")).isEqualTo(100 * 60 * 10);
        }
    }

    @Test
    void aFailureHalfWayLeavesNoRecordsOfTheNewPark() {
        Database database = Database.inMemory("synthetic-undo-" + System.nanoTime());
        try (Services services = new Services(database)) {
            services.demo().load(false);
            java.util.Map<String, Integer> before = new ParkFigures(database).counts();

            assertThatThrownBy(() -> services.generator().generate(60, 1, 4, (done, total) -> {
                // by the 55th enterprise the first chunk of 5,000 monthly figures has been committed
                if (done == 55) {
                    throw new IllegalStateException("stopped on purpose");
                }
            })).hasMessage("stopped on purpose");

            assertThat(new ParkFigures(database).counts()).isEqualTo(before);
            assertThat(services.generator().generate(60, 1, 4).counts()).containsEntry("enterprise", 60);
        }
    }
}
