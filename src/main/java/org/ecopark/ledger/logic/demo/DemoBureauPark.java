package org.ecopark.ledger.logic.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;

/**
 * One park of the demo bureau, as its own ledger makes its packages: a generated park ledger (its records in the
 * catalog's park, so its targets are the plan's) with a signing key of its own, exporting through the real exporter.
 *
 * @param story what becomes of the park's packages at the bureau
 */
public record DemoBureauPark(String code, long seed, Story story, String unitHead, String statisticsHead,
                             String preparer, String phone) {

    /** Enterprises and years of each generated park: small, so the demo is made in seconds. */
    public static final int ENTERPRISES = 40;
    public static final int YEARS = 3;
    /** The years the parks report on. */
    public static final List<Integer> PERIODS = List.of(2024, 2025);

    /** What becomes of a park's packages. */
    public enum Story {
        /** Both years sent and received. */
        ON_TIME,
        /** 2025 not sent yet: 未报送. */
        LATE,
        /** 2025 received and sent back with a reason: 已退回（原因）. */
        RETURNED,
        /** 2024 sent back for a missing signature and sent again, complete: the first package is superseded. */
        RESUBMITTED
    }

    /** Whether the park sends the package of {@code year} at all. */
    public boolean sends(int year) {
        return story != Story.LATE || year != PERIODS.get(PERIODS.size() - 1);
    }

    /**
     * Makes the park's own ledger, in memory: it lives only while its packages are made, so nothing of it is left on
     * the disk and none of its commits waits for one. The same seed gives the same records, so a second ledger made
     * so evaluates exactly as the one whose packages the bureau received.
     */
    public static Services makeLedger(DemoBureauPark park, Clock clock) {
        Services services = new Services(Database.inMemory("demo-bureau-" + park.code() + "-" + System.nanoTime()),
                clock);
        try {
            services.generator().generateFor(park.code(), ENTERPRISES, YEARS, park.seed(), LoadProgress.NONE);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /**
     * Exports the package of {@code year} into {@code folder}. A package without its 统计负责人 is what a first,
     * incomplete submission of the resubmitting park lacks.
     */
    SubmissionService.Exported export(Services ledger, int year, boolean complete, String note, Path folder) {
        ReportPeriod period = ReportPeriod.year(year);
        SignatureBlock signature = new SignatureBlock(unitHead, complete ? statisticsHead : "", preparer, phone,
                LocalDate.of(year + 1, 1, 15));
        Path out = folder.resolve(code + "_" + period.code() + (complete ? "" : "_初报") + ".zip");
        ExportRequest request = new ExportRequest(code, period, period.end(), signature, false,
                DemoBureau.BUREAU_NAME, note, out);
        return ledger.submissions().export(request, ExportProgress.NONE, () -> false);
    }

    /** The park's public key file, as the park hands it to its bureau. */
    Path writeKey(Services ledger, Park park, Path folder) {
        Path file = folder.resolve(code + "_公钥.json");
        try {
            PublicKeyFile.of(ledger.signingKeys().key(), code, park.name()).write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Waits until the clock is past the second of {@code earlier}: a manifest keeps its time to the second, and the
     * bureau tells a re-submission from the package it replaces by that time.
     */
    static void afterSecondOf(Instant earlier) {
        try {
            while (Instant.now().getEpochSecond() <= earlier.getEpochSecond()) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException(e.getMessage(), e);
        }
    }
}
