package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
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
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.persistence.Database;

/**
 * Two park ledgers (ZZSZ and BZHM, the second added to a bureau of 枣庄市) with their 2025 packages, and a bureau
 * that received both: what the tests of the figures across parks and of the report start from, and the bureau
 * window's 汇总 tests.
 */
public final class TwoParkBureau implements AutoCloseable {

    static final LocalDate END = LocalDate.of(2025, 12, 31);

    public final SubmissionFixture first;
    public final SubmissionFixture second;
    public final Path firstPackage;
    public final Path secondPackage;
    final Path folder;

    private TwoParkBureau(Path folder) {
        this.folder = folder;
        first = SubmissionFixture.inMemory("cross-first");
        second = SubmissionFixture.secondPark("cross-second");
        firstPackage = first.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ-2025.zip"));
        secondPackage = second.exportPackage(ReportPeriod.year(2025), folder.resolve("BZHM-2025.zip"));
    }

    public static TwoParkBureau packages(Path folder) {
        return new TwoParkBureau(folder);
    }

    /** A new bureau of 枣庄市 with BZHM added, both keys registered, nothing received yet. */
    public Services bureau(Database database) throws IOException {
        Services bureau = new Services(database);
        bureau.bureau().init("枣庄市生态环境局", "枣庄市");
        bureau.bureau().addPark(SubmissionFixture.SECOND_PARK);
        bureau.targets().addTarget(SubmissionFixture.secondRatioTarget());
        bureau.parkKeys().register(first.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
        bureau.parkKeys().register(second.publicKeyFile(folder.resolve("BZHM.json")).toString(), null);
        return bureau;
    }

    /** The park's own evaluation of its targets at the end of 2025, by target code. */
    static Map<String, Evaluation> evaluations(SubmissionFixture park) {
        return new EvaluationService(park.unitOfWork, SubmissionFixture.USER).evaluatePark(park.parkCode, END).stream()
                .collect(Collectors.toMap(e -> e.target().code(), Function.identity()));
    }

    /** A metric of the park's ledger summed over 2025, as the ledger's own indicator queries sum it. */
    static BigDecimal yearSum(SubmissionFixture park, String metric) {
        long id = park.park().id();
        return park.unitOfWork.read().indicatorQueriesFromRecords()
                .metricSum(List.of(id), metric, Sampling.yearToDate(List.of(END))).get(0);
    }

    @Override
    public void close() {
        first.close();
        second.close();
    }
}
