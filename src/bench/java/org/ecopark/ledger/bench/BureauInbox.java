package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;

/**
 * The packages a bureau of ten parks receives: one a park of the shipped plan, each signed by a key of its own, all
 * made by the real exporter from the cached generated park (whose records stand in for every park's). Making ten
 * packages of a 2,000-enterprise park takes minutes, so they are kept beside the cached park, with the parks' public
 * key files, and reused while that park is.
 *
 * <p>Generating ten parks would take ten times the generator's minutes for records that differ only by seed. Instead,
 * in a copy of the cached park, the generated park takes each shipped park's code in turn (the shipped park's row
 * steps aside under a placeholder code): the package then reports the generated records against that park's own
 * targets of the plan, which is what the bureau checks them against. Before each export the copy's signing key is
 * dropped, so the program makes a new one, as a park's own ledger has. Both are done in SQL, the benchmark's licence:
 * the program renames no park and replaces no key.
 */
final class BureauInbox {

    static final int PARKS = 10;
    /** The settings the ledger's signing key is kept in (logic.signing.SigningKeys). */
    private static final List<String> KEY_SETTINGS = List.of("ledger.signing.private", "ledger.signing.public");
    private static final String DONE = "complete";

    /** A package and the key file of the park that signed it. */
    record Parcel(String parkCode, Path zip, Path key) {
    }

    private BureauInbox() {
    }

    /** The folder the packages of {@code park} (a cached park file) are kept in, beside it. */
    static Path folder(Path park, ReportPeriod period) {
        String name = park.getFileName().toString().replace(BenchPark.FILE_SUFFIX, "");
        return park.resolveSibling(name + "-packages-" + period.code());
    }

    /** The ten packages of {@code period} as of {@code asOf}, made when they are not kept yet. */
    static List<Parcel> prepare(Path park, ReportPeriod period, LocalDate asOf) throws IOException {
        Path folder = folder(park, period);
        if (!Files.exists(folder.resolve(DONE))) {
            make(park, period, asOf, folder);
        }
        List<Parcel> parcels = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path zip : files.filter(file -> file.toString().endsWith(".zip")).sorted().toList()) {
                String code = zip.getFileName().toString().split("_")[0];
                parcels.add(new Parcel(code, zip, folder.resolve(code + ".json")));
            }
        }
        if (parcels.size() != PARKS) {
            throw new IOException("Expected " + PARKS + " packages in " + folder + ", found " + parcels.size());
        }
        return parcels;
    }

    private static void make(Path park, ReportPeriod period, LocalDate asOf, Path folder) throws IOException {
        deleteFolder(folder);
        Files.createDirectories(folder);
        Path copyFile = folder.resolve("source" + BenchPark.FILE_SUFFIX);
        Path copy = BenchPark.copy(park, copyFile);
        List<Park> shipped;
        try (Services services = new Services(Database.open(copy))) {
            shipped = services.parks().parks().stream().filter(Park::shipped)
                    .sorted(Comparator.comparing(Park::code)).limit(PARKS).toList();
        }
        if (shipped.size() < PARKS) {
            throw new IOException("The plan catalog ships " + shipped.size() + " parks, fewer than " + PARKS);
        }
        for (Park target : shipped) {
            Database database = Database.open(copy);
            String placeholder = "~" + target.code();
            rename(database, target.code(), placeholder);
            rename(database, BenchPark.parkCode(), target.code());
            for (String key : KEY_SETTINGS) {
                database.dsl().execute("DELETE FROM app_setting WHERE setting_key = ?", key);
            }
            try (Services services = new Services(database)) { // makes the new key
                Path zip = folder.resolve(target.code() + "_" + period.code() + ".zip");
                services.submissions().export(new ExportRequest(target.code(), period, asOf, null, false, "", "", zip),
                        ExportProgress.NONE, () -> false);
                PublicKeyFile.of(services.signingKeys().key(), target.code(), target.name())
                        .write(folder.resolve(target.code() + ".json"));
                rename(database, target.code(), BenchPark.parkCode());
                rename(database, placeholder, target.code());
            }
        }
        Files.delete(copyFile);
        Files.writeString(folder.resolve(DONE), shipped.size() + " packages of " + period.code() + " from " + park);
    }

    private static void rename(Database database, String from, String to) {
        if (database.dsl().execute("UPDATE park SET code = ? WHERE code = ?", to, from) != 1) {
            throw new IllegalStateException("No park " + from + " to rename to " + to);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
