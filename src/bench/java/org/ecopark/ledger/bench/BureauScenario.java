package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.persistence.Database;

/**
 * A city bureau receiving the packages of ten parks of the generated park's size ({@link BureauInbox}), against the
 * floor of reading those zips ({@link BureauFloor}). Each run starts from a new bureau ledger on the disk, opened as
 * the program opens one, with the ten parks' keys registered (not timed); the timing covers the receipt of the ten
 * packages (each verified, kept byte for byte and its contents loaded) and the consolidation of the period. One
 * untimed round first (class loading, the JIT); then floor and product rounds alternate.
 */
final class BureauScenario {

    static final String NAME = "bureau";
    private static final String BUREAU = "基准测试市局";

    private BureauScenario() {
    }

    static List<Figure> run(Path park, Path work, int runs, LocalDate asOf) throws IOException {
        ReportPeriod year = ReportPeriod.year(asOf.getYear());
        List<BureauInbox.Parcel> parcels = BureauInbox.prepare(park, year, asOf);
        List<Path> zips = parcels.stream().map(BureauInbox.Parcel::zip).toList();
        Path folder = work.resolve(NAME);
        Files.createDirectories(folder);
        long[] tokens = new long[1];
        receiveAll(parcels, folder, year);
        BureauFloor.read(zips, tokens);
        List<Double> millis = new ArrayList<>();
        List<Double> floorMillis = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            floorMillis.add(BureauFloor.read(zips, tokens));
            millis.add(receiveAll(parcels, folder, year));
        }
        long bytes = 0;
        for (Path zip : zips) {
            bytes += Files.size(zip);
        }
        String size = Samples.format(bytes / 1024.0 / 1024) + " MB";
        return List.of(Figure.timed(NAME, "receive and consolidate " + parcels.size() + " packages of " + year.code() + " (" + size
                + " of zips, data.json " + tokens[0] / parcels.size() + " JSON tokens each)", millis, BureauFloor.NAME,
                floorMillis, Budget.NONE));
    }

    /** One round on a new bureau ledger; returns the milliseconds of receiving and consolidating. */
    private static double receiveAll(List<BureauInbox.Parcel> parcels, Path folder, ReportPeriod year)
            throws IOException {
        Path file = folder.resolve("bureau" + BenchPark.FILE_SUFFIX);
        Files.deleteIfExists(file);
        try (Services bureau = new Services(Database.open(BenchPark.withoutSuffix(file)))) {
            bureau.bureau().init(BUREAU, null);
            for (BureauInbox.Parcel parcel : parcels) {
                bureau.parkKeys().register(parcel.key().toString(), parcel.parkCode());
            }
            long start = System.nanoTime();
            for (BureauInbox.Parcel parcel : parcels) {
                PackageIntake.Outcome outcome = bureau.packageIntake().receive(parcel.zip());
                if (outcome.kind() != PackageIntake.Kind.ACCEPTED) {
                    throw new IllegalStateException(parcel.zip() + " was not accepted: " + outcome.message());
                }
            }
            consolidate(bureau, year);
            double millis = Samples.millisSince(start);
            long received = bureau.submissionStatus().status(year.code()).stream()
                    .filter(row -> row.state() == SubmissionStatus.State.RECEIVED).count();
            if (received != parcels.size()) {
                throw new IllegalStateException(received + " parks received of " + parcels.size());
            }
            return millis;
        }
    }

    /**
     * The consolidation of the period, in the timed round after the receipts: the matrix of every park × every target
     * and the figures across the parks (sums, ratios of sums recomputed from each package's statistics).
     */
    static void consolidate(Services bureau, ReportPeriod period) {
        var matrix = bureau.consolidation().matrix(period.code());
        if (bureau.crossParkFigures().figures(matrix).isEmpty()) {
            throw new IllegalStateException("No figure across the parks of " + period.code());
        }
    }
}
