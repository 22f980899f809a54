package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.logic.demo.SyntheticParkGenerator;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.testing.TableDigest;

/**
 * Packages for the bureau's tests, each exported by the product from a park ledger: the park ZZSZ of the submission
 * fixture (its key file too), and a generated park, which no bureau has among its parks. Tampered copies start from
 * these.
 */
final class BureauPackages implements AutoCloseable {

    static final String BUREAU = "枣庄市生态环境局";

    final SubmissionFixture park;
    final Path folder;
    /** ZZSZ, year 2025. */
    final Path zzsz2025;
    /** ZZSZ, year 2024. */
    final Path zzsz2024;
    /** ZZSZ's public key file, as keys show --out writes it. */
    final Path zzszKey;

    BureauPackages(Path folder) throws IOException {
        this.folder = folder;
        park = SubmissionFixture.inMemory("bureau");
        zzsz2025 = export(ReportPeriod.year(2025), "ZZSZ_2025.zip");
        zzsz2024 = export(ReportPeriod.year(2024), "ZZSZ_2024.zip");
        zzszKey = park.publicKeyFile(folder.resolve("ZZSZ.json"));
    }

    /** A package of ZZSZ exported now for {@code period}, to {@code name}. */
    Path export(ReportPeriod period, String name) {
        Path out = folder.resolve(name);
        return park.exportPackage(period, out);
    }

    /** The fingerprint of ZZSZ's key as printed on the cover. */
    String zzszFingerprint() {
        return park.keys.key().fingerprint().text();
    }

    /** A package of the generated park SYN{@code seed} (two enterprises, one year), from a ledger of its own. */
    Path generatedPark(long seed) {
        try (Database database = Database.inMemory("generated-" + System.nanoTime())) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            new CatalogService(unitOfWork).installOrUpgrade();
            new SyntheticParkGenerator(unitOfWork, BeforeChange.NONE).generate(2, 1, seed);
            SubmissionService service = new SubmissionService(unitOfWork,
                    new EvaluationService(unitOfWork, SubmissionFixture.USER), SubmissionFixture.USER,
                    new SigningKeys(unitOfWork));
            ReportPeriod year = ReportPeriod.year(2025);
            Path out = folder.resolve(SyntheticParkGenerator.parkCode(seed) + "_2025.zip");
            service.export(new ExportRequest(SyntheticParkGenerator.parkCode(seed), year, year.end(), SignatureBlock.EMPTY,
                    false, BUREAU, "", out), ExportProgress.NONE, () -> false);
            return out;
        }
    }

    /** A copy of the 2025 package with its entries changed by {@code change}. */
    Path tampered(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return PackageFiles.altered(zzsz2025, folder.resolve(name), change);
    }

    /** A new bureau ledger of every park of the shipped plan at {@code ledger}. */
    static void bureau(Path ledger) {
        StringWriter out = new StringWriter();
        if (LedgerFiles.run(ledger, out, "bureau", "init", "--name", BUREAU) != 0) {
            throw new IllegalStateException(out.toString());
        }
    }

    /** Runs the command line on the ledger; what it printed goes to {@code out}. */
    static int run(Path ledger, StringWriter out, String... args) {
        return LedgerFiles.run(ledger, out, args);
    }

    /**
     * A digest of every table of the ledger, contents included: equal before and after means nothing was written. Read
     * through a read-only connection, so that looking at the ledger does not rewrite its file.
     */
    static String digest(Path ledger) {
        return readOnly(ledger, dsl -> {
            List<String> tables = new ArrayList<>();
            dsl.fetch("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                    + " order by table_name").forEach(r -> tables.add("\"" + r.get(0, String.class) + "\""));
            return TableDigest.of(dsl, tables.toArray(String[]::new));
        });
    }

    /** Rows of one table of the ledger. */
    static int count(Path ledger, String table) {
        return readOnly(ledger, dsl -> dsl.fetchCount(dsl.selectFrom(table)));
    }

    private static <T> T readOnly(Path ledger, java.util.function.Function<org.jooq.DSLContext, T> read) {
        String url = "jdbc:h2:file:" + ledger.toAbsolutePath() + ";ACCESS_MODE_DATA=r";
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "")) {
            return read.apply(org.jooq.impl.DSL.using(connection, org.jooq.SQLDialect.H2));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        park.close();
    }
}
