package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new park's first steps, each read from what the ledger holds. */
class FirstStepsServiceTest {

    @TempDir
    Path folder;

    private Services services;
    private Park park;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("first-steps-" + System.nanoTime()), RecordFixtures.CLOCK);
        TestLedgers.addPark(services, RecordFixtures.WEIHAI);
        park = services.parks().parks().stream().filter(p -> p.code().equals(RecordFixtures.WEIHAI.code()))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyParkShowsTheGuideWithNoStepDoneBeforeAndAfterItBegins() {
        FirstStepsService.Steps before = services.firstSteps().steps(park);
        assertThat(before.guideShown()).isTrue();
        assertThat(before.begun()).isFalse();

        services.firstSteps().begin(park);

        FirstStepsService.Steps steps = services.firstSteps().steps(park);
        assertThat(steps.begun()).isTrue();
        assertThat(steps.guideShown()).isTrue();
        assertThat(List.of(steps.enterprisesImported(), steps.targetsChecked(), steps.templatesGenerated()))
                .containsOnly(false);
    }

    @Test
    void eachStepIsDoneByTheLedgersOwnStateAndTheGuideEndsWithTheLast() throws Exception {
        services.firstSteps().begin(park);

        services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of());
        services.records().enterprises().save(RecordFixtures.juheng(park.id()), Map.of());
        FirstStepsService.Steps imported = services.firstSteps().steps(park);
        assertThat(imported.enterprises()).isEqualTo(2);
        assertThat(imported.enterprisesImported()).isTrue();
        assertThat(imported.guideShown()).as("begun empty: stays until every step is done").isTrue();

        services.firstSteps().targetsShown(park);
        assertThat(services.firstSteps().steps(park).targetsChecked()).isTrue();
        assertThat(services.firstSteps().steps(park).guideShown()).isTrue();

        List<Path> written = services.collection().templates().generate(park, StatPeriod.quarter(2026, 3),
                Optional.empty(), false, true, folder, CollectionProgress.NONE, () -> false);

        assertThat(written).hasSize(2);
        FirstStepsService.Steps done = services.firstSteps().steps(park);
        assertThat(done.templatesPeriod()).hasValue("2026Q3");
        assertThat(done.allDone()).isTrue();
        assertThat(done.guideShown()).isFalse();
    }

    @Test
    void aParkThatHadEnterprisesBeforeItWasChosenNeverShowsTheGuide() {
        services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of());

        services.firstSteps().begin(park);
        services.firstSteps().targetsShown(park);

        FirstStepsService.Steps steps = services.firstSteps().steps(park);
        assertThat(steps.begun()).isFalse();
        assertThat(steps.guideShown()).isFalse();
        assertThat(steps.targetsChecked()).as("nothing noted for a guide that is not shown").isFalse();
    }

    @Test
    void aDismissedGuideStaysHiddenWhileTheStepsGoOn() {
        services.firstSteps().begin(park);

        services.firstSteps().dismiss(park);
        services.firstSteps().begin(park);

        FirstStepsService.Steps steps = services.firstSteps().steps(park);
        assertThat(steps.dismissed()).isTrue();
        assertThat(steps.guideShown()).isFalse();
        assertThat(steps.enterprisesImported()).isFalse();
    }

    @Test
    void templatesOfAnotherParkDoNotCountForThisOne() throws Exception {
        Park other = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow();
        services.records().enterprises().save(RecordFixtures.qingyuan(other.id()), Map.of());

        services.collection().templates().generate(other, StatPeriod.quarter(2026, 3), Optional.empty(), false, true,
                folder, CollectionProgress.NONE, () -> false);

        assertThat(services.firstSteps().steps(other).templatesPeriod()).hasValue("2026Q3");
        assertThat(services.firstSteps().steps(park).templatesGenerated()).isFalse();
    }
}
