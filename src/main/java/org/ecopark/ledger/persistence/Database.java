package org.ecopark.ledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Opens (or creates) the ledger database, brings its schema up to date with Flyway and hands out the
 * jOOQ context. The embedded file uses H2's default user {@code sa} with no password, so H2's own tools
 * can read a copy of it. A new file is created and migrated aside and only then put in place, and an
 * existing file is backed up before an upgrade (see {@link SchemaMigration}), so that an interrupted or
 * failed migration never leaves a half-migrated ledger behind.
 */
public final class Database implements AutoCloseable {

    /** The migration that adds the statistics summed per park ({@link IndicatorSummaries}). */
    private static final String SUMMARIES_VERSION = "1.3";
    /** The migration that packs each park's patent and staff spans into one row. */
    private static final String PACKED_SPANS_VERSION = "1.4";
    /** Sessions kept open for the program's statements: the window's tasks and the evaluation need a few at once. */
    private static final int MAX_CONNECTIONS = 16;
    /** Statements parsed once per session and kept (H2 keeps 8 by default; an evaluation alone runs a dozen and more different ones). */
    private static final int QUERY_CACHE_SIZE = 64;
    /** How long a compaction asked for may take at most. */
    private static final int COMPACT_MILLIS = 120_000;

    private final String url;
    private final Path file;
    private final JdbcDataSource dataSource;
    private final Connection keepAlive;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    /** Whether an acknowledged commit is forced onto the disk ({@link #syncToDisk}); only the benchmark turns it off. */
    private final boolean durable;
    private final LedgerChanges changes = new LedgerChanges();
    private final WriteTracker writes = new WriteTracker(changes, this::syncToDisk);
    private volatile boolean compactOnClose;

    private Database(String url, Path file, boolean durable) throws SQLException {
        this.url = url;
        this.file = file;
        this.durable = durable && file != null;
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        // One open connection keeps an in-memory database alive and spares H2 reopening the file.
        this.keepAlive = dataSource.getConnection();
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        // The upgrade works on connections of its own: a failed one is put back only once every connection is closed.
        DSLContext upgrade = DSL.using(dataSource, SQLDialect.H2, settings);
        SchemaMigration.migrate(dataSource, keepAlive, file, migrated -> {
            Set<String> applied = migrated.migrations.stream().map(m -> m.version).collect(Collectors.toSet());
            // a ledger from before the park sums (or their packed spans): compute them once from its records, as
            // part of the upgrade (a failure puts the old file back, so the sums are never left missing)
            if (applied.contains(SUMMARIES_VERSION)) {
                upgrade.transaction(configuration -> new IndicatorSummaries(DSL.using(configuration), false).rebuildAll());
            } else if (applied.contains(PACKED_SPANS_VERSION)) {
                upgrade.transaction(configuration -> new IndicatorSummaries(DSL.using(configuration), false).rebuildSpans());
            }
        });
        // Pooled sessions: opening an H2 session per statement, and parsing its SQL again in it, was a tenth of
        // a large park's evaluation. A session keeps the statements it parsed (QUERY_CACHE_SIZE in the URL).
        this.pool = JdbcConnectionPool.create(dataSource);
        pool.setMaxConnections(MAX_CONNECTIONS);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        dsl.configuration().set(new DefaultExecuteListenerProvider(writes));
    }

    /**
     * Opens the database at {@code path} (without the {@code .mv.db} ending H2 adds), creating the
     * folder and the file when they do not exist yet.
     */
    public static Database open(Path path) {
        return open(path, true);
    }

    /**
     * H2's relaxed defaults, as the program stored before an acknowledged save meant a durable one: a commit reaches
     * the file up to half a second after it returns, and nothing is forced onto the disk. For the benchmark's
     * comparison only ({@link BenchFloors#openRelaxed}); a ledger of a user is never opened so.
     */
    static Database openRelaxed(Path path) {
        return open(path, false);
    }

    private static Database open(Path path, boolean durable) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
            absolute = Path.of(name);
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return SchemaMigration.openFile(absolute,
                    base -> new Database(durable ? fileUrl(base) : relaxedFileUrl(base), base, durable));
        } catch (java.io.IOException | SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new DatabaseException("Cannot open database " + name, e);
        }
    }

    /**
     * WRITE_DELAY=0: H2 writes each commit to the file before the commit returns (by default it waits up to half a
     * second), so that what the program acknowledged survives the program being killed an instant later.
     */
    static String fileUrl(Path base) {
        return relaxedFileUrl(base) + ";WRITE_DELAY=0";
    }

    private static String relaxedFileUrl(Path base) {
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
    }

    /** A private in-memory database, migrated like a real one: for tests and benchmarks. */
    public static Database inMemory(String name) {
        try {
            return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE, null, false);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open in-memory database " + name, e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The announcements of what each commit wrote. */
    public LedgerChanges changes() {
        return changes;
    }

    /** Notes the tables every statement writes, for {@link UnitOfWork} to announce after its commit. */
    WriteTracker writes() {
        return writes;
    }

    /**
     * Forces what is committed onto the disk (fsync), so that an acknowledged write survives a power cut as well
     * as a killed program; a commit is already in the file when it returns ({@link #fileUrl}). Nothing to do for
     * an in-memory database.
     *
     * @throws NotDurableException when the disk refused: what was committed is in the ledger, but may not survive
     *                             a power cut
     */
    void syncToDisk() {
        if (!durable) {
            return;
        }
        try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new NotDurableException("The ledger " + file + " could not be forced onto the disk", e);
        }
    }

    public String url() {
        return url;
    }

    /** The file this database lives in (with H2's ending), or null for an in-memory one. */
    public Path file() {
        return file == null ? null : Path.of(file + ".mv.db");
    }

    public String schemaVersion() {
        MigrationVersion version = SchemaMigration.flyway(dataSource).info().current().getVersion();
        return version.getVersion();
    }

    /**
     * Asks for a full compaction when the database closes. After a bulk write (the generator commits every
     * few thousand rows) most of the file is superseded pages: a generated park of 600 MB shrank to 97 MB,
     * and without it H2's background writer spent seconds of CPU rewriting pages at each later start.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    /**
     * Closes the file. A compaction asked for reopens it alone and lets H2 compact it in place for as long as it
     * takes: H2's own {@code SHUTDOWN COMPACT} rewrites the file through a second store, and after many small
     * commits it was seen to leave a file that no longer opens ("Double mark"); the in-place compaction of a
     * normal close was not.
     */
    @Override
    public void close() {
        try {
            pool.dispose();
            try (var statement = keepAlive.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            keepAlive.close();
            if (compactOnClose && file != null) {
                JdbcDataSource compacting = new JdbcDataSource();
                compacting.setURL(fileUrl(file) + ";MAX_COMPACT_TIME=" + COMPACT_MILLIS);
                compacting.setUser("sa");
                compacting.setPassword("");
                try (Connection alone = compacting.getConnection(); var statement = alone.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot close database " + url, e);
        }
    }
}
