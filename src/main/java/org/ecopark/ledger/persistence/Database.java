package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.model.ServerAddress;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens (or creates) the ledger database, brings its schema up to date with Flyway and hands out the
 * jOOQ context. The embedded file uses H2's default user {@code sa} with no password, so H2's own tools
 * can read a copy of it, unless the ledger is encrypted with a password ({@link LedgerKey}). A new file is created
 * and migrated aside and only then put in place, and an existing file is backed up before an upgrade (see
 * {@link SchemaMigration}), so that an interrupted or failed migration never leaves a half-migrated ledger behind.
 * <p>
 * Every failure of the file (in use, full disk, read-only, gone, damaged, wrong password) leaves here as a
 * {@link DatabaseException} naming its {@link LedgerFault}, whether met while opening, in a statement (a jOOQ listener)
 * or at a commit. H2 stops using a file at the first write that fails; from then on this database is
 * {@linkplain #onStopped stopped} and must be opened again.
 * <p>
 * A ledger may also live in a PostgreSQL database on a server ({@link #openServer}): the same migrations create and
 * upgrade it (with {@code db/vendor/postgresql} where PostgreSQL spells SQL otherwise), and jOOQ speaks its dialect.
 * What only the file needs is skipped there: a commit on the server is durable when it returns (no
 * {@code CHECKPOINT SYNC}), the server is not shut down at a close, and backups of it are the server's business
 * ({@link #backupTo} refuses).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(Database.class);

    /**
     * The migration after which the database notes every change the park sums depend on ({@link IndicatorSummaries});
     * a ledger from before it gets its derived data recomputed once, as part of the upgrade, since its writers may
     * have left sums stale.
     */
    private static final String DERIVED_JOURNAL_VERSION = "1.6";
    /** The migration that packs the enterprises' yearly sums (V1.15): it leaves them empty, to be recomputed. */
    private static final String PACKED_YEAR_SUMS_VERSION = "1.15";
    /** The newest schema version this program knows: a ledger with a newer one was upgraded by a newer program. */
    public static final String NEWEST_SCHEMA = SchemaMigration.NEWEST_MIGRATION;
    /** Statements parsed once per session and kept (H2 keeps 8 by default; an evaluation alone runs a dozen and more different ones). */
    private static final int QUERY_CACHE_SIZE = 64;
    /** H2's file system for a ledger on the disk; tests put one of their own in between ({@link #openOn}). */
    private static final String DISK = "file";
    /** How long opening a ledger on a server waits for the server to answer. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final String url;
    private final Path file;
    private final LedgerKey key;
    /** The server the ledger lives on, or null for a file (or an in-memory database). */
    private final ServerAddress server;
    private final SQLDialect dialect;
    private final DataSource dataSource;
    private final Connection keepAlive;
    private final SessionPool pool;
    private final DSLContext dsl;
    /** Whether an acknowledged commit is forced onto the disk ({@link #syncToDisk}); only the benchmark turns it off. */
    private final boolean durable;
    private final LedgerChanges changes = new LedgerChanges();
    private final WriteTracker writes = new WriteTracker(this::committed);
    private final FileWatch watch;
    private final boolean readOnly;
    private volatile boolean compactOnClose;
    /** Whether Flyway looked at the schema at the open (false: the schema was current, see {@link SchemaMigration}). */
    private final boolean flywayRan;
    /** Whether this open created the schema in a database that had none (a new file, an empty server database). */
    private final boolean schemaCreated;

    private Database(String url, Path file, boolean durable, LedgerKey key) throws SQLException {
        this(url, file, durable, key, null, h2(url, key));
    }

    private Database(String url, Path file, boolean durable, LedgerKey key, ServerAddress server, DataSource dataSource)
            throws SQLException {
        this.url = url;
        this.file = file;
        this.key = key;
        this.server = server;
        this.dialect = server == null ? SQLDialect.H2 : SQLDialect.POSTGRES;
        this.durable = durable && file != null;
        this.watch = new FileWatch(file == null ? null : Path.of(file + ".mv.db"), key != null);
        this.dataSource = dataSource;
        // One open connection keeps an in-memory database alive and spares H2 reopening the file.
        this.keepAlive = dataSource.getConnection();
        // H2 opens a file it may not write read-only, by itself
        this.readOnly = file != null && keepAlive.isReadOnly();
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        // The upgrade works on connections of its own: a failed one is put back only once every connection is closed.
        DSLContext upgrade = DSL.using(dataSource, dialect, settings);
        boolean[] created = {false};
        try {
            this.flywayRan = SchemaMigration.migrate(dataSource, vendor(), keepAlive, file, migrated -> {
                created[0] = migrated.initialSchemaVersion == null && !migrated.migrations.isEmpty();
                Set<String> applied = migrated.migrations.stream().map(m -> m.version).collect(Collectors.toSet());
                // part of the upgrade: a failure puts the old file back, so the sums are never left missing or stale
                if (applied.contains(DERIVED_JOURNAL_VERSION) || applied.contains(PACKED_YEAR_SUMS_VERSION)) {
                    upgrade.transaction(configuration -> new IndicatorSummaries(DSL.using(configuration)).recomputeAll());
                }
            });
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keepAlive); // a server's session, which nothing else would close
            throw e;
        }
        this.schemaCreated = created[0];
        this.pool = SessionPool.of(dataSource, server);
        this.dsl = DSL.using(pool.sessions(), dialect, settings);
        dsl.configuration().set(new DefaultExecuteListenerProvider(writes),
                new DefaultExecuteListenerProvider(new FaultTranslator(this)));
    }

    private static JdbcDataSource h2(String url, LedgerKey key) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPasswordChars(key == null ? new char[0] : key.connectionPassword());
        return h2;
    }

    /** The JDBC address of the server's database, without the user (given to the driver apart, with the password). */
    private static String jdbcUrl(ServerAddress server) {
        return "jdbc:postgresql://" + server.hostAndPort() + "/" + server.database();
    }

    /**
     * Opens the ledger in the PostgreSQL database {@code server} names, as its user with {@code password} (used for
     * this connection only, never stored). A database without the ledger's schema gets it from the migrations, an
     * older schema is upgraded (each migration in a transaction of its own: a failed one leaves the version before it).
     *
     * @throws DatabaseException naming the fault ({@link LedgerFault#SERVER_UNREACHABLE},
     *                           {@link LedgerFault#SERVER_LOGIN_REFUSED}, {@link LedgerFault#SCHEMA_NEWER}) when it
     *                           cannot be opened
     */
    public static Database openServer(ServerAddress server, char[] password) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(jdbcUrl(server));
        postgres.setUser(server.user());
        postgres.setPassword(password == null ? "" : new String(password));
        postgres.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        postgres.setApplicationName("EcoPark Ledger");
        try {
            return new Database(jdbcUrl(server), null, true, null, server, postgres);
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseException("Cannot open the ledger on " + server, e,
                    DatabaseFaults.classifyServer(e).orElse(null), server.toString());
        }
    }

    /**
     * Opens the database at {@code path} (without the {@code .mv.db} ending H2 adds), creating the
     * folder and the file when they do not exist yet.
     *
     * @throws DatabaseException naming the {@link LedgerFault} when the file cannot be opened or made
     */
    public static Database open(Path path) {
        return open(path, null);
    }

    /**
     * Opens the database at {@code path} with the key of its password: an encrypted ledger opens only with it, and a
     * ledger created by this call is encrypted under it. A ledger that is not encrypted opens without it.
     *
     * @param key the key of the ledger's password, or null for a ledger without one
     */
    public static Database open(Path path, LedgerKey key) {
        return open(path, key, true, DISK);
    }

    /**
     * H2's relaxed defaults, as the program stored before an acknowledged save meant a durable one: a commit reaches
     * the file up to half a second after it returns (H2's background writer), and nothing is forced onto the disk. The
     * yardstick durable saves are measured against (the benchmark's save scenario, {@code src/bench}); no window or
     * command of the program opens a ledger so ({@code ArchitectureTest}), and a ledger of a user must never be.
     */
    public static Database openRelaxed(Path path) {
        return open(path, null, false, DISK);
    }

    /** The ledger through one of H2's file systems registered under {@code scheme}: tests that make the disk fail. */
    static Database openOn(String scheme, Path path, LedgerKey key) {
        return open(path, key, true, scheme);
    }

    private static Database open(Path path, LedgerKey key, boolean durable, String scheme) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            name = name.substring(0, name.length() - ".mv.db".length());
            absolute = Path.of(name);
        }
        Path file = Path.of(name + ".mv.db");
        boolean creating = Files.notExists(file);
        LedgerKey used = key;
        if (key != null && !creating && Files.isReadable(file) && !LedgerFiles.isEncrypted(file)) {
            LOGGER.info("The ledger {} is not encrypted; it opens without the password given", file);
            used = null;
        }
        makeFolder(absolute.getParent(), file);
        LedgerKey opening = used;
        try {
            LedgerFiles.discardInterruptedRewrite(file);
            return SchemaMigration.openFile(absolute,
                    base -> new Database(url(scheme, base, opening), base, durable, opening));
        } catch (IOException | SQLException | RuntimeException e) {
            throw new DatabaseException("Cannot open database " + name, e,
                    DatabaseFaults.classify(e, file, creating, opening != null).orElse(null), file, true);
        }
    }

    private static void makeFolder(Path folder, Path file) {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LedgerFault fault = DatabaseFaults.classify(e, file, true, false).filter(LedgerFault.DISK_FULL::equals)
                    .orElse(LedgerFault.FOLDER_NOT_CREATED);
            throw new DatabaseException("Cannot make the folder " + folder, e, fault, file, true);
        }
    }

    /**
     * H2's URL of the file. Its trace goes to the program's log (SLF4J, {@code TRACE_LEVEL_FILE=4}) instead of a
     * {@code .trace.db} beside the ledger, which every refused open left behind and which, in a folder that may not be
     * written, H2 reported on the standard streams.
     */
    private static String url(String scheme, Path base, LedgerKey key) {
        return "jdbc:h2:" + scheme + ":" + base + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE
                + ";TRACE_LEVEL_FILE=4" + (key == null ? "" : ";CIPHER=AES");
    }

    /** A private in-memory database, migrated like a real one: for tests and benchmarks. */
    public static Database inMemory(String name) {
        try {
            return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE, null, false,
                    null);
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
            return; // also a server's: its commit is durable when it returns
        }
        try (Connection connection = pool.sessions().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw watch.notDurable(e);
        }
    }

    /**
     * Writes a consistent copy of the open ledger, as committed at this moment, to the zip {@code target} (H2's
     * {@code BACKUP TO}, which copies the file's pages while writers go on; an encrypted file stays encrypted). The
     * caller forces the zip onto the disk and gives it its name.
     */
    public void backupTo(Path target) {
        if (server != null) {
            throw new UnsupportedOperationException("Backups of a ledger on a server are the server's business");
        }
        try (Connection connection = pool.sessions().getConnection();
             var statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot back up the ledger " + file + " to " + target, e);
        }
    }

    /**
     * The program's own exception for a failure of the file met in a statement or a commit ({@link FaultTranslator},
     * {@link UnitOfWork}); {@code error} itself when it is not one (a broken constraint, a program error).
     */
    RuntimeException translate(RuntimeException error) {
        return watch.translate(error);
    }

    /**
     * Calls {@code listener} once, on the thread that met it, when a failure of the file (a full disk, a share gone)
     * stops the database: what was not yet in the file is lost, and every later statement fails. The returned action
     * stops the calls.
     */
    public Runnable onStopped(Consumer<DatabaseException> listener) {
        return watch.onStopped(listener);
    }

    /** Whether the file was opened read-only (H2 does so by itself for a file it may not write): every write fails. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether the file is encrypted: it opened with a password. */
    public boolean encrypted() {
        return key != null;
    }

    /** The key the file opened with, or null: a backup of an encrypted ledger opens with it too. */
    public LedgerKey key() {
        return key;
    }

    public String url() {
        return url;
    }

    /** The server the ledger lives on, if it is on one (else it is a file or in memory). */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /** The vendor's folder of the migrations: {@code db/vendor/h2} or {@code db/vendor/postgresql}. */
    private String vendor() {
        return server == null ? SchemaMigration.H2 : SchemaMigration.POSTGRESQL;
    }

    /** The file this database lives in (with H2's ending), or null for an in-memory one or one on a server. */
    public Path file() {
        return file == null ? null : Path.of(file + ".mv.db");
    }

    /** Whether the open ran Flyway: a new or older schema (or an in-memory database), not a current one. */
    boolean flywayRan() {
        return flywayRan;
    }

    /** Whether this open created the ledger's schema, in a database that had none. */
    public boolean schemaCreated() {
        return schemaCreated;
    }

    public String schemaVersion() {
        MigrationVersion version = SchemaMigration.flyway(dataSource, vendor()).info().current().getVersion();
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

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOGGER.debug("Closing the session of a stopped database", e);
        }
    }

    /**
     * Closes the file. A compaction asked for copies the live data of the closed file into a new one, which then
     * replaces it in one move ({@link LedgerFiles#rewrite}): H2's own {@code SHUTDOWN COMPACT} does the copy inside its
     * close, and after many small commits it was seen to leave a file that no longer opens ("Double mark"), while a
     * normal close never did. A compaction that fails (a full disk) leaves the ledger as it was closed. A database
     * stopped by a failure of its file closes without a word: there is nothing left to write.
     */
    @Override
    public void close() {
        try {
            pool.close();
            if (server == null) {
                try (var statement = keepAlive.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            }
            keepAlive.close();
        } catch (SQLException | RuntimeException e) {
            if (!watch.stopped()) {
                throw new DatabaseException("Cannot close database " + url, e, watch.fault(e).orElse(null), file(),
                        false);
            }
            closeQuietly(keepAlive);
        }
        if (watch.stopped()) {
            watch.awaitRelease();
            LOGGER.info("Closed the ledger {}, which a failure of its file had stopped", file());
            return;
        }
        if (compactOnClose && file != null) {
            try {
                LedgerFiles.rewrite(file(), key, key);
            } catch (DatabaseException e) {
                LOGGER.warn("The ledger {} was closed but could not be compacted; it stays as it was", file(), e);
            }
        }
    }
}
