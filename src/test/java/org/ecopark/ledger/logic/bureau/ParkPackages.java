package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.persistence.Database;

/**
 * The demo park's signed packages of 2024 and 2025 and its key file, made once for a test class, and bureau ledgers
 * that registered that key: what the consolidation's tests receive.
 */
public final class ParkPackages implements AutoCloseable {

    public final SubmissionFixture park;
    public final Path package2024;
    public final Path package2025;
    public final Path keyFile;

    private ParkPackages(SubmissionFixture park, Path package2024, Path package2025, Path keyFile) {
        this.park = park;
        this.package2024 = package2024;
        this.package2025 = package2025;
        this.keyFile = keyFile;
    }

    /** Exports the packages into {@code folder}. */
    public static ParkPackages export(String name, Path folder) {
        I18n.setLocale(I18n.CHINESE);
        SubmissionFixture park = SubmissionFixture.inMemory(name);
        try {
            return new ParkPackages(park, park.exportPackage(ReportPeriod.year(2024), folder.resolve("ZZSZ_2024.zip")),
                    park.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ_2025.zip")),
                    park.publicKeyFile(folder.resolve("ZZSZ.json")));
        } catch (IOException e) {
            park.close();
            throw new UncheckedIOException(e);
        }
    }

    /** A new bureau ledger of {@code city} (null: every park of the catalog) that registered the park's key. */
    public Services bureau(Database database, String name, String city) {
        Services bureau = new Services(database);
        bureau.bureau().init(name, city);
        bureau.parkKeys().register(keyFile.toString(), null);
        return bureau;
    }

    @Override
    public void close() {
        park.close();
    }
}
