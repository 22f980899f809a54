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

    /**
     * The migration after which the database notes every change the park sums depend on ({@link IndicatorSummaries});
     * a ledger from before it gets its derived data recomputed once, as part of the upgrade, since its writers may
     * have left sums stale.
     */
    private static final String DERIVED_JOURNAL_VERSION = "1.6";
    /** Sessions kept open for the program's statements: the window's tasks and the evaluation need a few at once. */
    private static final int MAX_CONNECTIONS = 16;
    /** Statements parsed once per session and kept (H2 keeps 8 by default; an evaluation alone runs a dozen and more different ones). */
    private static final int QUERY_CACHE_SIZE = 64;

    private final String url;
    private final Path file;
    private final JdbcDataSource dataSource;
    private final Connection keepAlive;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    /** Whether an acknowledged commit is forced onto the disk ({@link #syncToDisk}); only the benchmark turns it off. */
    private final boolean durable;
    private final LedgerChanges changes = new LedgerChanges();
    private final WriteTracker writes = new WriteTracker(this::committed);
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
            // part of the upgrade: a failure puts the old file back, so the sums are never left missing or stale
            if (applied.contains(DERIVED_JOURNAL_VERSION)) {
                upgrade.transaction(configuration -> new IndicatorSummaries(DSL.using(configuration)).recomputeAll());
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
     * the file up to half a second after it returns (H2's background writer), and nothing is forced onto the disk. For the benchmark's
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
                    base -> new Database(fileUrl(base), base, durable));
        } catch (java.io.IOException | SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new DatabaseException("Cannot open database " + name, e);
        }
    }

    static String fileUrl(Path base) {
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
     * A commit that wrote {@code tables} has returned: it is written and forced to disk, then announced. Every
     * acknowledgement of the program follows a commit, so none comes before its data is on disk. The change is
     * announced even when the disk refused the sync: it is committed, and the screens must show it.
     *
     * @throws NotDurableException when the disk refused the sync
     */
    void committed(java.util.Set<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        try {
            syncToDisk();
        } finally {
            changes.publish(tables);
        }
    }

    /**
     * Writes what is committed to the file and forces it onto the disk (fsync), so that an acknowledged write
     * survives a killed program and a power cut. H2 on its own writes commits in the background up to half a second
     * later; its setting to write each commit at once (WRITE_DELAY=0) also works, but made a bulk load many times
     * slower (every store commit compacts in the writing thread). Nothing to do for an in-memory database, nor for
     * the benchmark's relaxed open.
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

    /**
     * Writes a consistent copy of the open ledger, as committed at this moment, to the zip {@code target} (H2's
     * {@code BACKUP TO}, which copies the file's pages while writers go on; an encrypted file stays encrypted). The
     * caller forces the zip onto the disk and gives it its name.
     */
    public void backupTo(Path target) {
        try (Connection connection = pool.getConnection();
             var statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot back up the ledger " + file + " to " + target, e);
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
     * Closes the file. A compaction asked for copies the live data of the closed file into a new one, which then
     * replaces it in one move: H2's own {@code SHUTDOWN COMPACT} does the copy inside its close, and after many small
     * commits it was seen to leave a file that no longer opens ("Double mark"), while a normal close never did. A
     * compaction interrupted part way leaves the ledger as it was closed.
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
                compact(Path.of(file + ".mv.db"));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new DatabaseException("Cannot close database " + url, e);
        }
    }

    private static void compact(Path closed) throws java.io.IOException {
        Path copy = closed.resolveSibling(closed.getFileName() + ".compacted");
        Files.deleteIfExists(copy);
        org.h2.mvstore.MVStoreTool.compact(closed.toString(), copy.toString(), true);
        Files.move(copy, closed, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
