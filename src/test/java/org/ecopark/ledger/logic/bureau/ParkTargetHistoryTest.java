package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A park's target across the periods the bureau accepted a package for: one point per period end, from the package. */
class ParkTargetHistoryTest {

    @TempDir
    static Path folder;

    private static ParkPackages packages;

    private Database database;
    private Services bureau;

    @BeforeAll
    static void packages() {
        packages = ParkPackages.export("history", folder);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @BeforeEach
    void bureau() {
        database = Database.inMemory("history-bureau-" + System.nanoTime());
        bureau = packages.bureau(database, "山东省生态环境厅", null); // every park of the catalog
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void eachAcceptedPeriodGivesThePackagesFigureAtItsEnd() {
        ReceivedPackage first = bureau.packageIntake().receive(packages.package2024).received();
        ReceivedPackage second = bureau.packageIntake().receive(packages.package2025).received();
        List<ReceivedTarget> reported2024 = targets(first.id());
        List<ReceivedTarget> reported2025 = targets(second.id());

        int withFigures = 0;
        for (ReceivedTarget latest : reported2025) {
            ParkTargetHistory history = bureau.consolidation().history(SubmissionFixture.PARK, latest.targetCode());
            Target catalog = bureau.targets().list(TargetFilter.park(SubmissionFixture.PARK)).stream()
                    .filter(t -> t.code().equals(latest.targetCode())).findFirst().orElseThrow();
            assertThat(history.deadline()).isEqualTo(catalog.deadline());
            assertThat(history.title()).isEqualTo(catalog.title());
            assertThat(history.indicatorCode()).isEqualTo(latest.indicatorCode());
            assertSameNumber(history.targetValue(), latest.targetValue());
            ReceivedTarget earlier = reported2024.stream().filter(t -> t.targetCode().equals(latest.targetCode()))
                    .findFirst().orElseThrow();
            List<ParkTargetHistory.Point> expected = new java.util.ArrayList<>();
            if (earlier.actual() != null) {
                expected.add(new ParkTargetHistory.Point("2024", LocalDate.of(2024, 12, 31), earlier.actual(), first.id()));
            }
            if (latest.actual() != null) {
                expected.add(new ParkTargetHistory.Point("2025", LocalDate.of(2025, 12, 31), latest.actual(), second.id()));
            }
            assertThat(history.points()).containsExactlyElementsOf(expected);
            withFigures += expected.size() == 2 ? 1 : 0;
        }
        assertThat(withFigures).as("targets with a figure in both years").isPositive();
    }

    @Test
    void aReturnedPackageLeavesTheHistory() {
        ReceivedPackage first = bureau.packageIntake().receive(packages.package2024).received();
        bureau.packageIntake().receive(packages.package2025);
        bureau.packageReturn().returnPackage(SubmissionFixture.PARK, "2025", "数据有误", folder.resolve("note.json"));

        String code = targets(first.id()).stream().filter(t -> t.actual() != null).findFirst().orElseThrow().targetCode();
        ParkTargetHistory history = bureau.consolidation().history(SubmissionFixture.PARK, code);

        assertThat(history.points()).extracting(ParkTargetHistory.Point::periodCode).containsExactly("2024");
        assertThat(history.series()).extracting(p -> p.date()).containsExactly(LocalDate.of(2024, 12, 31));
    }

    @Test
    void oneHistoryPerParkWhoseTargetsHaveTheIndicator() {
        bureau.packageIntake().receive(packages.package2024);
        bureau.packageIntake().receive(packages.package2025);
        String indicator = "MAIN_REVENUE_YEAR_SUM"; // set to 枣庄市中区 and 滨州惠民
        List<String> parksWithIndicator = bureau.bureau().parks().stream().map(p -> p.code())
                .filter(code -> bureau.targets().list(TargetFilter.park(code)).stream()
                        .anyMatch(t -> indicator.equals(t.indicatorCode()))).toList();

        List<ParkTargetHistory> histories = bureau.consolidation().histories(indicator, Map.of());

        assertThat(parksWithIndicator).hasSizeGreaterThan(1);
        assertThat(histories).extracting(h -> h.park().code()).containsExactlyElementsOf(parksWithIndicator);
        assertThat(histories).allSatisfy(h -> assertThat(h.indicatorCode()).isEqualTo(indicator));
        assertThat(histories).filteredOn(h -> h.park().code().equals(SubmissionFixture.PARK)).singleElement()
                .satisfies(h -> assertThat(h.points()).extracting(ParkTargetHistory.Point::periodCode)
                        .containsExactly("2024", "2025"));
        assertThat(histories).filteredOn(h -> !h.park().code().equals(SubmissionFixture.PARK))
                .allSatisfy(h -> assertThat(h.points()).isEmpty());
        assertThat(bureau.consolidation().periods()).extracting(ReportPeriod::code).containsExactly("2025", "2024");
    }

    @Test
    void aParkNotTheBureausHasNoHistory() {
        assertThatThrownBy(() -> bureau.consolidation().history("NOPE", "ZZSZ-T01")).isInstanceOf(BureauException.class);
    }

    private List<ReceivedTarget> targets(long packageId) {
        return new UnitOfWork(database).read().receivedPackages().targets(packageId);
    }

    private static void assertSameNumber(java.math.BigDecimal actual, java.math.BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
