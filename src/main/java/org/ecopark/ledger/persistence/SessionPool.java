package org.ecopark.ledger.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.ecopark.ledger.model.ServerAddress;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The sessions an open ledger keeps for its statements. Opening an H2 session per statement, and parsing its SQL
 * again in it, was a tenth of a large park's evaluation: a pooled session keeps the statements it parsed (the URL's
 * {@code QUERY_CACHE_SIZE}). A server's sessions are pooled too (HikariCP): a new one costs an authentication round
 * trip.
 */
final class SessionPool implements AutoCloseable {

    /** Sessions kept open for the program's statements: the window's tasks and the evaluation need a few at once. */
    private static final int MAX_SESSIONS = 16;

    private final DataSource sessions;
    private final Runnable dispose;

    private SessionPool(DataSource sessions, Runnable dispose) {
        this.sessions = sessions;
        this.dispose = dispose;
    }

    /**
     * A pool over {@code dataSource}: H2's own for a file or an in-memory database (a {@link JdbcDataSource}), a
     * HikariCP pool for the ledger on {@code server} (null for none).
     */
    static SessionPool of(DataSource dataSource, ServerAddress server) {
        if (server == null) {
            JdbcConnectionPool h2 = JdbcConnectionPool.create((JdbcDataSource) dataSource);
            h2.setMaxConnections(MAX_SESSIONS);
            return new SessionPool(h2, h2::dispose);
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(MAX_SESSIONS);
        config.setMinimumIdle(1);
        config.setPoolName("ledger@" + server.host());
        HikariDataSource hikari = new HikariDataSource(config);
        return new SessionPool(hikari, hikari::close);
    }

    /** Where the program's statements take a session from, and give it back by closing it. */
    DataSource sessions() {
        return sessions;
    }

    /** Closes every session; the database itself stays open (its own session keeps it so). */
    @Override
    public void close() {
        dispose.run();
    }
}
