package org.ecopark.ledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Opens (or creates) the ledger database, brings its schema up to date with Flyway and hands out the
 * jOOQ context. The embedded file uses H2's default user {@code sa} with no password, so H2's own tools
 * can read a copy of it.
 */
public final class Database implements AutoCloseable {

    /** The migration that adds the statistics summed per park ({@link IndicatorSummaries}). */
    private static final String SUMMARIES_VERSION = "1.3";

    private final String url;
    private final Path file;
    private final JdbcDataSource dataSource;
    private final Connection keepAlive;
    private final DSLContext dsl;

    private Database(String url, Path file) throws SQLException {
        this.url = url;
        this.file = file;
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        // One open connection keeps an in-memory database alive and spares H2 reopening the file.
        this.keepAlive = dataSource.getConnection();
        MigrateResult migrated = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Settings settings = new Settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        this.dsl = DSL.using(dataSource, SQLDialect.H2, settings);
        if (migrated.migrations.stream().anyMatch(m -> SUMMARIES_VERSION.equals(m.version))) {
            // a ledger from before the park sums: compute them once from its figures
            dsl.transaction(configuration -> new IndicatorSummaries(DSL.using(configuration), false).rebuildAll());
        }
    }

    /**
     * Opens the database at {@code path} (without the {@code .mv.db} ending H2 adds), creating the
     * folder and the file when they do not exist yet.
     */
    public static Database open(Path path) {
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
            return new Database("jdbc:h2:file:" + name + ";DB_CLOSE_ON_EXIT=FALSE", absolute);
        } catch (java.io.IOException | SQLException e) {
            throw new DatabaseException("Cannot open database " + name, e);
        }
    }

    /** A private in-memory database, migrated like a real one: for tests and benchmarks. */
    public static Database inMemory(String name) {
        try {
            return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot open in-memory database " + name, e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String url() {
        return url;
    }

    /** The file this database lives in (with H2's ending), or null for an in-memory one. */
    public Path file() {
        return file == null ? null : Path.of(file + ".mv.db");
    }

    public String schemaVersion() {
        MigrationVersion version = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration").load().info().current().getVersion();
        return version.getVersion();
    }

    @Override
    public void close() {
        try {
            try (var statement = keepAlive.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            keepAlive.close();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot close database " + url, e);
        }
    }
}
