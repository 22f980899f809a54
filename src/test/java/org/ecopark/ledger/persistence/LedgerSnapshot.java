package org.ecopark.ledger.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * What a closed ledger file holds, read straight from its tables over a connection of its own: no migration runs, so
 * a file of an older release is read as that release left it. Rows per record table, and the digest of each park
 * named ({@link ParkFigures#digest}); two snapshots are equal when the files hold the same records.
 */
public record LedgerSnapshot(String schemaVersion, Map<String, Integer> counts, Map<String, String> digests) {

    /** @param ledgerBase the ledger's path without H2's ending */
    public static LedgerSnapshot of(Path ledgerBase, String... parks) {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + ledgerBase + ";IFEXISTS=TRUE", "sa",
                "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            ParkFigures figures = new ParkFigures(dsl);
            Map<String, String> digests = new LinkedHashMap<>();
            for (String park : parks) {
                digests.put(park, figures.digest(park));
            }
            String version = dsl.resultQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" "
                    + "ORDER BY \"installed_rank\" DESC LIMIT 1").fetchOne(0, String.class);
            return new LedgerSnapshot(version, figures.counts(), digests);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + ledgerBase, e);
        }
    }

    /** The same records, whatever the schema version. */
    public LedgerSnapshot records() {
        return new LedgerSnapshot(null, counts, digests);
    }
}
