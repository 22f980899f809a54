package org.ecopark.ledger.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.ServerAddress;

/**
 * The PostgreSQL server the tests run against: {@value #URL_VARIABLE} names it and a user who may create databases
 * ({@code postgresql://localhost:5499/postgres?user=ecopark_test}), {@value #PASSWORD_VARIABLE} holds that user's
 * password. {@code .ci/run} starts such a server and sets both; without them a test on PostgreSQL is skipped, saying
 * why.
 * <p>
 * Each test gets a database of its own, copied from one migrated once per test run ({@code CREATE DATABASE … TEMPLATE},
 * a copy of files, much quicker than running the migrations again) and dropped when it is done ({@link #drop}).
 */
public final class TestServer {

    public static final String URL_VARIABLE = "ECOPARK_TEST_PG_URL";
    public static final String PASSWORD_VARIABLE = "ECOPARK_TEST_PG_PASSWORD";
    private static final AtomicInteger COPIES = new AtomicInteger();
    /** The database migrated once, which each test's database copies; made at the first need. */
    private static String template;

    private TestServer() {
    }

    /** The server and its user, when the environment names one. */
    public static Optional<ServerAddress> configured() {
        return ServerAddress.parse(System.getenv(URL_VARIABLE));
    }

    /** The password of the tests' user. */
    public static char[] password() {
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? new char[0] : password.toCharArray();
    }

    /** Skips the calling test, saying why, when no server is configured. */
    public static ServerAddress require() {
        Optional<ServerAddress> server = configured();
        assumeTrue(server.isPresent(), () -> "No PostgreSQL server for the tests: set " + URL_VARIABLE
                + " (postgresql://host:port/postgres?user=NAME, a user who may create databases) and "
                + PASSWORD_VARIABLE + "; .ci/run starts one");
        return server.get();
    }

    /**
     * A new, empty database on the server (without the ledger's schema), for the test to open and then {@link #drop}.
     * Skips the test when no server is configured.
     */
    public static ServerAddress emptyDatabase() {
        return create(null);
    }

    /** A new database on the server holding the ledger's current schema and nothing else; {@link #drop} it when done. */
    public static ServerAddress migratedDatabase() {
        return create(template());
    }

    /** Opens a new ledger database on the server, migrated; {@link #close} closes and drops it. */
    public static Database open() {
        return Database.openServer(migratedDatabase(), password());
    }

    /** Closes {@code database} and, when it is on the server, drops it. */
    public static void close(Database database) {
        database.close();
        database.server().ifPresent(TestServer::drop);
    }

    /** Drops a database this class made; the sessions left in it (a pool closing) are ended first. */
    public static void drop(ServerAddress database) {
        try {
            admin("DROP DATABASE IF EXISTS " + database.database() + " WITH (FORCE)");
        } catch (IllegalStateException e) {
            // FORCE refuses when an autovacuum worker is in the database (PostgreSQL 15 finds no role of it that the
            // tests' user is a member of); a plain drop stops such a worker itself, and the test's sessions are closed
            admin("DROP DATABASE IF EXISTS " + database.database());
        }
    }

    private static synchronized String template() {
        if (template == null) {
            ServerAddress made = create(null);
            Database.openServer(made, password()).close();
            template = made.database();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(made), "drop-test-template"));
        }
        return template;
    }

    private static ServerAddress create(String from) {
        ServerAddress server = require();
        String name = "ecopark_t" + ProcessHandle.current().pid() + "_" + COPIES.incrementAndGet();
        admin("CREATE DATABASE " + name + (from == null ? "" : " TEMPLATE " + from));
        return new ServerAddress(server.host(), server.port(), name, server.user());
    }

    private static void admin(String statement) {
        execute(require(), statement);
    }

    /** Runs {@code statement} in the database {@code server} names, as the tests' user. */
    public static void execute(ServerAddress server, String statement) {
        try (Connection connection = connect(server); var sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("The test server refused: " + statement, e);
        }
    }

    /** A plain session of the tests' user in the database {@code server} names (a second clerk's transaction). */
    public static Connection connect(ServerAddress server) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        login.setProperty("password", new String(password()));
        return DriverManager.getConnection("jdbc:postgresql://" + server.hostAndPort() + "/" + server.database(), login);
    }
}
