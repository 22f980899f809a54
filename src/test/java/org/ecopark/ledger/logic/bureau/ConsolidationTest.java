package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's matrix against what the park's own ledger evaluates: the figures of the accepted package, the
 * catalog's targets without figures for a park whose package was not accepted, and never a superseded package.
 */
class ConsolidationTest {

    @TempDir
    static Path folder;

    private static ParkPackages packages;
    private static SubmissionFixture park;
    private static Path package2025;
    private static Path package2024;

    private Database database;
    private Services bureau;

    @BeforeAll
    static void packages() {
        packages = ParkPackages.export("consolidation", folder);
        park = packages.park;
        package2024 = packages.package2024;
        package2025 = packages.package2025;
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @BeforeEach
    void bureau() {
        database = Database.inMemory("bureau-" + System.nanoTime());
        bureau = packages.bureau(database, "枣庄市生态环境局", "枣庄市");
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void anAcceptedPackagesCellsAreTheParksOwnEvaluation() {
        ReceivedPackage received = bureau.packageIntake().receive(package2025).received();

        Consolidation.Matrix matrix = bureau.consolidation().matrix("2025");

        Map<String, Evaluation> own = new EvaluationService(park.unitOfWork, SubmissionFixture.USER)
                .evaluatePark(SubmissionFixture.PARK, LocalDate.of(2025, 12, 31)).stream()
                .collect(Collectors.toMap(e -> e.target().code(), Function.identity()));
        List<Consolidation.Cell> cells = matrix.ofPark(SubmissionFixture.PARK);
        assertThat(cells).extracting(Consolidation.Cell::targetCode).containsExactlyElementsOf(own.keySet().stream().sorted().toList());
        for (Consolidation.Cell cell : cells) {
            Evaluation evaluation = own.get(cell.targetCode());
            assertThat(cell.packageId()).isEqualTo(received.id());
            assertThat(cell.state()).isEqualTo(SubmissionStatus.State.RECEIVED);
            assertThat(cell.title()).isEqualTo(evaluation.target().title());
            assertThat(cell.kind()).isEqualTo(evaluation.target().kind());
            assertThat(cell.status()).isEqualTo(evaluation.status());
            assertSameNumber(cell.actual(), evaluation.actual());
            assertSameNumber(cell.targetValue(), evaluation.target().value());
        }
        assertThat(cells).anyMatch(cell -> cell.actual() != null);
    }

    @Test
    void aParkWithoutAnAcceptedPackageKeepsItsTargetsWithoutFigures() {
        ReceivedPackage received = bureau.packageIntake().receive(package2025).received();
        bureau.packageReturn().returnPackage(SubmissionFixture.PARK, "2025", "数据有误", folder.resolve("note.json"));

        Consolidation.Matrix returned = bureau.consolidation().matrix("2025");
        Consolidation.Matrix nothing = bureau.consolidation().matrix("2023");

        int catalogTargets = bureau.targets().list(TargetFilter.park(SubmissionFixture.PARK)).size();
        for (Consolidation.Matrix matrix : List.of(returned, nothing)) {
            List<Consolidation.Cell> cells = matrix.ofPark(SubmissionFixture.PARK);
            assertThat(cells).hasSize(catalogTargets).allSatisfy(cell -> {
                assertThat(cell.accepted()).isFalse();
                assertThat(cell.actual()).isNull();
                assertThat(cell.status()).isNull();
                assertThat(cell.targetValue()).isNotNull();
            });
        }
        assertThat(returned.ofPark(SubmissionFixture.PARK).get(0).state()).isEqualTo(SubmissionStatus.State.RETURNED);
        assertThat(nothing.ofPark(SubmissionFixture.PARK).get(0).state()).isEqualTo(SubmissionStatus.State.NOT_SUBMITTED);
        assertThat(received.id()).isPositive();
    }

    @Test
    void aSupersededPackageNeverCounts() {
        ReceivedPackage later = bureau.packageIntake().receive(package2025).received();
        Path resubmission = park.exportPackage(ReportPeriod.year(2025), folder.resolve("2025-again.zip"));
        ReceivedPackage latest = bureau.packageIntake().receive(resubmission).received();

        Consolidation.Matrix matrix = bureau.consolidation().matrix("2025");

        assertThat(matrix.ofPark(SubmissionFixture.PARK)).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.packageId()).isEqualTo(latest.id()).isNotEqualTo(later.id()));
        assertThat(bureau.consolidation().matrix("2024").ofPark(SubmissionFixture.PARK))
                .allSatisfy(cell -> assertThat(cell.accepted()).isFalse());
        assertThat(bureau.packageIntake().receive(package2024).kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
        assertThat(bureau.consolidation().matrix("2024").ofPark(SubmissionFixture.PARK))
                .allSatisfy(cell -> assertThat(cell.accepted()).isTrue());
    }

    @Test
    void aParkLedgerHasNoMatrixAndAPeriodMustBeOne() {
        assertThatThrownBy(() -> bureau.consolidation().matrix("2025年")).isInstanceOf(BureauException.class);
        try (Services parkLedger = new Services(Database.inMemory("park-" + System.nanoTime()))) {
            assertThatThrownBy(() -> parkLedger.consolidation().matrix("2025")).isInstanceOf(BureauException.class);
        }
    }

    private static void assertSameNumber(BigDecimal received, BigDecimal own) {
        if (own == null) {
            assertThat(received).isNull();
        } else {
            assertThat(received).isEqualByComparingTo(own);
        }
    }
}
