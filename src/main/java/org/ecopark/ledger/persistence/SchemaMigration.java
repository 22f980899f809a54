package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.tools.Restore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates a ledger file so that a failure never leaves it half-migrated. H2 commits each DDL statement
 * on its own, so a migration stopped halfway (power cut, killed process, a failing statement) would
 * otherwise leave a schema Flyway can neither finish nor undo:
 * <ul>
 *   <li>a new ledger is created and migrated under a side name ({@code ledger.new.mv.db}) and moved into
 *       place only once complete, so the ledger file either does not exist or is whole;</li>
 *   <li>before an upgrade H2 writes a consistent copy of the file to {@code ledger.backup-<old version>.zip};
 *       if the upgrade fails the copy is put back, and after a success it stays, for the administrator to
 *       keep or delete ({@code org.h2.tools.Restore} reads it too).</li>
 * </ul>
 * The check for pending migrations uses the connection the ledger is opened with: opening and closing a
 * large H2 file once more would cost seconds. A ledger whose newest applied migration is the newest this program
 * holds ({@link #NEWEST_MIGRATION}) opens without Flyway at all: loading it and scanning the class path for its
 * migrations was a large part of a window's start.
 */
final class SchemaMigration {

    private static final Logger LOGGER = LoggerFactory.getLogger(SchemaMigration.class);
    private static final String ENDING = ".mv.db";
    /**
     * The version of the newest migration in {@code db/migration} and {@code db/vendor/h2}, known without scanning
     * the class path; a test compares it with the files. A new migration changes it.
     */
    static final String NEWEST_MIGRATION = "1.16";
    /** The vendors' folders under {@code db/vendor}: what only that database spells so. */
    static final String H2 = "h2";
    static final String POSTGRESQL = "postgresql";
    private static final String HISTORY = "flyway_schema_history";
    private static final String APPLIED = "SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"";

    /** Opens (and migrates) the database whose file is {@code base} plus H2's ending. */
    @FunctionalInterface
    interface Opener {
        Database open(Path base) throws SQLException;
    }

    private SchemaMigration() {
    }

    /**
     * The migrations: {@code db/migration} runs on every database the program supports; {@code db/vendor/h2} and
     * {@code db/vendor/postgresql} hold what only that database spells so (the binary column of V1.4, the triggers of
     * V1.6).
     *
     * @param vendor {@link #H2} or {@link #POSTGRESQL}
     */
    static Flyway flyway(DataSource dataSource, String vendor) {
        return Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load();
    }

    /** The ledger's schema is newer than this program's: a newer program upgraded it, and this one must not touch it. */
    static final class NewerSchema extends SQLException {
        NewerSchema(String version) {
            super("The ledger's schema version " + version + " is newer than this program's " + NEWEST_MIGRATION);
        }
    }

    /** Opens the file at {@code base}, creating it aside first when it does not exist yet. */
    static Database openFile(Path base, Opener opener) throws SQLException, IOException {
        if (Files.notExists(withEnding(base))) {
            Path aside = Path.of(base + ".new");
            // A leftover of an interrupted creation is incomplete by definition.
            Files.deleteIfExists(withEnding(aside));
            Files.deleteIfExists(Path.of(aside + ".trace.db"));
            try {
                opener.open(aside).close();
            } catch (SQLException | RuntimeException e) {
                // a full disk or a folder that may not be written: nothing of the attempt stays behind
                deleteQuietly(withEnding(aside));
                throw e;
            }
            Files.move(withEnding(aside), withEnding(base), StandardCopyOption.ATOMIC_MOVE);
        }
        return opener.open(base);
    }

    /**
     * Migrates the database {@code connection} holds open; for a file with migrations pending, backs it up
     * first and puts the backup back if the migration fails (closing {@code connection}, the last one).
     * {@code afterwards} completes the upgrade from what Flyway applied (data a migration needs computed);
     * its failure counts as the migration's.
     *
     * A file whose schema is current ({@link #isCurrent}) is left as it is, without Flyway.
     *
     * A database on a server is treated like a file (the same shortcut), except that it is not backed up: PostgreSQL
     * runs each migration in a transaction, so a failed one leaves the schema as it was before it. A server's schema
     * newer than this program's is refused ({@link NewerSchema}) before Flyway touches it.
     *
     * @param vendor {@link #H2} or {@link #POSTGRESQL}
     * @param base the file without H2's ending, or null for an in-memory database or one on a server
     * @return whether Flyway looked at the schema (false: it was current)
     */
    static boolean migrate(DataSource dataSource, String vendor, Connection connection, Path base,
                           Consumer<MigrateResult> afterwards) throws SQLException {
        boolean server = POSTGRESQL.equals(vendor);
        if ((base != null || server) && isCurrent(connection)) {
            return false;
        }
        if (server) {
            String newest = newestApplied(connection);
            if (newest != null && compareVersions(newest, NEWEST_MIGRATION) > 0) {
                throw new NewerSchema(newest);
            }
        }
        Flyway flyway = flyway(dataSource, vendor);
        Path backup = base == null ? null : backupBeforeUpgrade(flyway.info(), connection, base);
        try {
            afterwards.accept(flyway.migrate());
        } catch (RuntimeException e) {
            // Closing the only connection closes the file, so that a failed upgrade can be put back.
            connection.close();
            if (backup != null) {
                Path folder = base.toAbsolutePath().getParent();
                Restore.execute(backup.toString(), folder.toString(), base.getFileName().toString());
                LOGGER.error("The schema upgrade failed; the ledger was put back as it was from {}", backup, e);
            }
            throw e;
        }
        return true;
    }

    /**
     * Whether every migration applied to the database succeeded and the newest of them is {@link #NEWEST_MIGRATION}.
     * False for a new database (no history yet), an older one, one a newer program migrated, or one with a failed
     * migration: Flyway decides those as before.
     */
    static boolean isCurrent(Connection connection) {
        return NEWEST_MIGRATION.equals(newestApplied(connection));
    }

    /** The newest version applied, if every migration applied succeeded; null for a new database or a failed one. */
    private static String newestApplied(Connection connection) {
        String newest = null;
        // asked first, so that a new database meets no failing statement (which H2 would log as an error)
        try (var tables = connection.getMetaData().getTables(null, null, HISTORY, null)) {
            if (!tables.next()) {
                return null;
            }
        } catch (SQLException e) {
            LOGGER.debug("No migration history to compare: Flyway looks at the schema", e);
            return null;
        }
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(APPLIED)) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return null;
                }
                if (version != null && (newest == null || compareVersions(version, newest) > 0)) {
                    newest = version;
                }
            }
        } catch (SQLException e) {
            LOGGER.debug("No migration history to compare: Flyway looks at the schema", e);
            return null;
        }
        return newest;
    }

    /** Orders Flyway's versions ({@code 1.10} after {@code 1.9}); a part that is not a number counts as 0. */
    static int compareVersions(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int compared = Long.compare(part(a, i), part(b, i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    private static long part(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Long.parseLong(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Path backupBeforeUpgrade(MigrationInfoService info, Connection connection, Path base)
            throws SQLException {
        if (info.current() == null || info.pending().length == 0) {
            return null;
        }
        String version = info.current().getVersion().getVersion();
        Path backup = LedgerArchive.upgradeBackup(base, version);
        try (var statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, backup.toString());
            statement.execute();
        }
        // the way back if the upgrade fails: on the disk before the first migration runs
        try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new SQLException("The backup " + backup + " could not be forced onto the disk", e);
        }
        LOGGER.info("Upgrading the ledger schema from version {}; the old file is kept in {}", version, backup);
        return backup;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Cannot remove {}", file, e);
        }
    }

    private static Path withEnding(Path base) {
        return Path.of(base + ENDING);
    }
}
