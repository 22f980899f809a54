package org.ecopark.ledger.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.ServerAddress;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The PostgreSQL server the tests run against: {@value #URL_VARIABLE} names it and a user who may create databases
 * ({@code postgresql://localhost:5499/postgres?user=ecopark_test}), {@value #PASSWORD_VARIABLE} holds that user's
 * password. {@code .ci/run} starts such a server and sets both; without them a test on PostgreSQL is skipped, saying
 * why.
 * <p>
 * Each test gets a database of its own, copied from one migrated once per test run ({@code CREATE DATABASE … TEMPLATE},
 * a copy of files, much quicker than running the migrations again) and dropped when it is done ({@link #drop}). A
 * ledger {@link #open} gave is not dropped by {@link #close} but emptied back to what the template holds (its rows
 * deleted, the template's rows and sequence values put back, tables a test added dropped) and handed to the next
 * {@link #open} of the same run: PostgreSQL drops a database with a checkpoint of the whole server, which costs more
 * than a test on a small ledger.
 */
public final class TestServer {

    public static final String URL_VARIABLE = "ECOPARK_TEST_PG_URL";
    public static final String PASSWORD_VARIABLE = "ECOPARK_TEST_PG_PASSWORD";
    private static final AtomicInteger COPIES = new AtomicInteger();
    /** How long emptying a database given back waits for a lock before it is dropped instead. */
    private static final String RESET_LOCK_TIMEOUT = "5s";
    /** The database migrated once, which each test's database copies; made at the first need. */
    private static String template;
    /** What emptying a database given back runs to make it the template again; made with the template. */
    private static TemplateState templateState;
    /** Databases closed tests gave back, emptied to the template, for the next {@link #open}. */
    private static final Deque<ServerAddress> FREE = new ConcurrentLinkedDeque<>();

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

    /**
     * Opens a ledger database on the server holding what a newly migrated one holds (one given back, emptied, or a new
     * copy of the template); {@link #close} closes and gives it back.
     */
    public static Database open() {
        template();
        ServerAddress free = FREE.poll();
        return Database.openServer(free == null ? migratedDatabase() : free, password());
    }

    /** Closes {@code database} and, when it is on the server, {@link #giveBack gives it back}. */
    public static void close(Database database) {
        database.close();
        database.server().ifPresent(TestServer::giveBack);
    }

    /**
     * Empties a database {@link #open} gave, already closed, to what the template holds and keeps it for the next
     * {@link #open}; drops it when that fails (a session left in it holding a lock, say).
     */
    public static void giveBack(ServerAddress database) {
        try {
            templateState.restore(database);
            FREE.push(database);
        } catch (SQLException e) {
            drop(database);
        }
    }

    /**
     * Drops a database this class made; the sessions left in it (a pool closing) are ended first. A session still
     * logging in has no user yet, which PostgreSQL refuses to end ({@code 42501}): then the drop is tried again.
     */
    public static void drop(ServerAddress database) {
        String statement = "DROP DATABASE IF EXISTS " + database.database() + " WITH (FORCE)";
        for (int attempt = 1; ; attempt++) {
            try {
                execute(require(), statement);
                return;
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof SQLException refused) || !"42501".equals(refused.getSQLState())) {
                    throw e;
                }
                if (attempt == 3) {
                    // FORCE is refused too when an autovacuum worker is in the database (PostgreSQL 15 finds no role
                    // of it the tests' user is a member of); a plain drop waits for such a worker itself
                    execute(require(), "DROP DATABASE IF EXISTS " + database.database());
                    return;
                }
            }
        }
    }

    private static synchronized String template() {
        if (template == null) {
            ServerAddress made = create(null);
            Database.openServer(made, password()).close();
            try (Connection connection = connect(made)) {
                templateState = TemplateState.of(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the test template " + made, e);
            }
            template = made.database();
            Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropAll, "drop-test-databases"));
        }
        return template;
    }

    /**
     * Drops every database this test run made that is still there: the template, those given back, and any a test
     * opened and never gave back.
     */
    private static void dropAll() {
        ServerAddress server = require();
        String prefix = "ecopark_t" + ProcessHandle.current().pid() + "_";
        List<String> made;
        try (Connection connection = connect(server)) {
            made = TemplateState.strings(connection, "SELECT datname FROM pg_database WHERE starts_with(datname, '"
                    + prefix + "')");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the test databases on " + server, e);
        }
        for (String name : made) {
            drop(new ServerAddress(server.host(), server.port(), name, server.user()));
        }
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

    /**
     * What a newly migrated ledger holds beyond its empty tables: the rows the migrations insert (the metrics), as
     * {@code COPY} text, and where each sequence stands; and its tables in an order to empty them in, each before the
     * tables it refers to. Emptying deletes rather than truncates: a {@code TRUNCATE} makes new files for every table
     * and index, many times the cost of deleting a test's few rows.
     */
    private record TemplateState(List<String> tables, Map<String, String> rows, Map<String, String> sequences) {

        static TemplateState of(Connection connection) throws SQLException {
            List<String> tables = deleteOrder(connection);
            Map<String, String> rows = new LinkedHashMap<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                StringWriter text = new StringWriter();
                try {
                    if (copy.copyOut("COPY public." + table + " TO STDOUT", text) > 0) {
                        rows.put(table, text.toString());
                    }
                } catch (IOException e) {
                    throw new SQLException("Cannot copy the rows of " + table, e);
                }
            }
            Map<String, String> sequences = new LinkedHashMap<>();
            for (String sequence : strings(connection, "SELECT quote_ident(sequencename) FROM pg_sequences"
                    + " WHERE schemaname = 'public'")) {
                try (var sql = connection.createStatement();
                     var state = sql.executeQuery("SELECT last_value, is_called FROM public." + sequence)) {
                    state.next();
                    sequences.put(sequence, state.getLong(1) + ", " + state.getBoolean(2));
                }
            }
            return new TemplateState(tables, rows, sequences);
        }

        /** The ledger's tables, each after every table that refers to it (a cycle's tables last). */
        private static List<String> deleteOrder(Connection connection) throws SQLException {
            List<String> left = strings(connection, "SELECT quote_ident(tablename) FROM pg_tables"
                    + " WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history' ORDER BY tablename");
            Map<String, List<String>> referredBy = new HashMap<>();
            try (var sql = connection.createStatement(); var edges = sql.executeQuery(
                    "SELECT quote_ident(child.relname), quote_ident(parent.relname) FROM pg_constraint fk"
                            + " JOIN pg_class child ON child.oid = fk.conrelid"
                            + " JOIN pg_class parent ON parent.oid = fk.confrelid"
                            + " JOIN pg_namespace n ON n.oid = child.relnamespace"
                            + " WHERE fk.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid")) {
                while (edges.next()) {
                    referredBy.computeIfAbsent(edges.getString(2), t -> new ArrayList<>()).add(edges.getString(1));
                }
            }
            List<String> order = new ArrayList<>();
            while (!left.isEmpty()) {
                List<String> free = left.stream().filter(table -> referredBy.getOrDefault(table, List.of()).stream()
                        .noneMatch(left::contains)).toList();
                List<String> next = free.isEmpty() ? List.copyOf(left) : free;
                order.addAll(next);
                left.removeAll(next);
            }
            return order;
        }

        /**
         * Makes {@code database} hold again what the template holds, in one transaction: tables a test added dropped,
         * every table emptied twice (the first pass fires the triggers that keep the park sums, whose rows the second
         * removes), the template's rows copied back and its sequences set where they stood.
         */
        void restore(ServerAddress database) throws SQLException {
            try (Connection connection = connect(database)) {
                connection.setAutoCommit(false);
                try (var sql = connection.createStatement()) {
                    sql.execute("SET LOCAL lock_timeout = '" + RESET_LOCK_TIMEOUT + "'");
                    List<String> added = strings(connection, "SELECT quote_ident(tablename) FROM pg_tables"
                            + " WHERE schemaname = 'public' AND tablename <> 'flyway_schema_history'");
                    added.removeAll(tables);
                    for (String table : added) {
                        sql.execute("DROP TABLE public." + table + " CASCADE");
                    }
                    String empty = String.join("; ", tables.stream().map(t -> "DELETE FROM public." + t).toList());
                    sql.execute(empty);
                    sql.execute(empty);
                    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                    for (Map.Entry<String, String> table : rows.entrySet()) {
                        copy.copyIn("COPY public." + table.getKey() + " FROM STDIN", new StringReader(table.getValue()));
                    }
                    sql.execute(String.join("; ", sequences.entrySet().stream().map(sequence ->
                            "SELECT setval('public." + sequence.getKey() + "', " + sequence.getValue() + ")").toList()));
                } catch (IOException e) {
                    throw new SQLException("Cannot copy the template's rows", e);
                }
                connection.commit();
            }
        }

        private static List<String> strings(Connection connection, String query) throws SQLException {
            List<String> values = new ArrayList<>();
            try (var sql = connection.createStatement(); var result = sql.executeQuery(query)) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }
}
