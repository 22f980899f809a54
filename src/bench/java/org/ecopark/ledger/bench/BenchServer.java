package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.ServerAddress;

/**
 * The PostgreSQL server the benchmark measures the evaluation, import and export on beside H2 ({@code --server
 * postgresql://host:port/postgres?user=NAME}, a user who may create databases). For each park size the park is
 * generated into a database of its own there, as into the H2 file; each scenario works on copies of it
 * ({@code CREATE DATABASE … TEMPLATE}), and every database the run made is dropped when it ends.
 *
 * @param admin the database named in {@code --server}: the benchmark connects to it to make and drop its databases
 */
record BenchServer(ServerAddress admin) {

    /** Where the user's password comes from, as for the program's commands on a server. */
    static final String PASSWORD_VARIABLE = "ECOPARK_DB_PASSWORD";
    /** The start of every database the benchmark makes. */
    static final String PREFIX = "ecopark_bench_";
    /** PostgreSQL's SQLSTATE for a database that other sessions are using. */
    private static final String IN_USE = "55006";
    /** How many times a statement on a database in use is tried, a second apart, while other sessions leave it. */
    private static final int TRIES = 30;
    /** PostgreSQL's longest name. */
    private static final int LONGEST_NAME = 63;

    /** The password given in a file or typed, else none (then the environment's). */
    private static volatile char[] given;

    /** The password of the server's user for this JVM's connections (not the environment's when one was given). */
    static void usePassword(char[] password) {
        given = password == null ? null : password.clone();
    }

    /** The server's user's password: the one given ({@link #usePassword}), else {@value #PASSWORD_VARIABLE}'s. */
    static char[] password() {
        char[] password = given;
        if (password != null) {
            return password.clone();
        }
        String variable = System.getenv(PASSWORD_VARIABLE);
        return variable == null ? new char[0] : variable.toCharArray();
    }

    /** A part of a database's name made of what {@code text} holds: lower-case letters, digits and underscores. */
    static String namePart(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The start of the names of the databases this run makes: the benchmark's prefix and this JVM's process id. */
    static String runPrefix() {
        return PREFIX + ProcessHandle.current().pid() + "_";
    }

    /** The database of the park of {@code enterprises} × {@code years} in this run. */
    static String parkDatabase(int enterprises, int years) {
        return runPrefix() + enterprises + "x" + years;
    }

    /**
     * The park's database a database of this run was copied from, or is: {@code ecopark_bench_<pid>_<N>x<Y>}, the start
     * of the name of each copy made from it (a copy of a copy is named after the park too, so names stay short).
     */
    static String parkOf(String database) {
        String[] parts = database.split("_", -1);
        if (!database.startsWith(PREFIX) || parts.length < 4) {
            throw new IllegalArgumentException("Not a database of the benchmark: " + database);
        }
        return String.join("_", parts[0], parts[1], parts[2], parts[3]);
    }

    /**
     * The generated park of {@code enterprises} × {@code years} in a new database of this run, made as
     * {@link BenchPark#prepare} makes the H2 file (the same seed, so the same park).
     */
    BenchLedger.ServerCopy generatePark(int enterprises, int years) throws IOException {
        ServerAddress park = create(parkDatabase(enterprises, years));
        BenchLedger.ServerCopy ledger = new BenchLedger.ServerCopy(park, admin.database());
        try (Services services = ledger.services(Clock.systemDefaultZone())) {
            BenchPark.fill(services, enterprises, years);
        } catch (RuntimeException e) {
            drop(park.database());
            throw new IOException("The park could not be generated on " + park + ": " + e.getMessage(), e);
        }
        // the counterpart of the H2 file's compaction: the generator's dead rows gone and the planner's statistics
        // made, as the server's autovacuum leaves a database some time after a bulk load (the copies keep both)
        execute(park, "VACUUM (ANALYZE)");
        return ledger;
    }

    /** Checks before the run that the server answers, takes the password, and lets the user create databases. */
    void check() throws IOException {
        try (Connection connection = connect(admin); var sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")) {
            if (!row.next() || !row.getBoolean(1)) {
                throw new IOException("The user " + admin.user() + " may not create databases on " + admin.hostAndPort()
                        + ", which the benchmark needs (ALTER ROLE " + admin.user() + " CREATEDB)");
            }
        } catch (SQLException e) {
            throw refused("let the benchmark connect", e);
        }
    }

    /** A new, empty database {@code name} on the server. */
    ServerAddress create(String name) throws IOException {
        execute("CREATE DATABASE " + checked(name));
        return at(name);
    }

    /** A new database {@code to}, a copy of {@code from} (which must have no session open); replaces one of that name. */
    ServerAddress copy(String from, String to) throws IOException {
        drop(to);
        executeOnceFree("CREATE DATABASE " + checked(to) + " TEMPLATE " + checked(from));
        return at(to);
    }

    /**
     * Drops the database {@code name} if it is there. The benchmark's own sessions in it are closed by then; the server
     * may have started its autovacuum there after a scenario's writes, which a plain {@code DROP} ends by itself (a user
     * who is not a superuser may not end it with {@code WITH (FORCE)}).
     */
    void drop(String name) throws IOException {
        executeOnceFree("DROP DATABASE IF EXISTS " + checked(name));
    }

    /** Drops every database whose name starts with {@code prefix}; returns their names. */
    List<String> dropAll(String prefix) throws IOException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(admin);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY datname")) {
            query.setString(1, prefix);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw refused("list the benchmark's databases", e);
        }
        for (String name : names) {
            drop(name);
        }
        return names;
    }

    /** The database {@code name} on this server, as this user. */
    ServerAddress at(String name) {
        return new ServerAddress(admin.host(), admin.port(), name, admin.user());
    }

    /** Where a scenario on this server keeps its files (workbooks, packages, logs): beside H2's, in a folder of its own. */
    static Path folder(Path work) {
        return work.resolve("postgresql");
    }

    /**
     * Runs a statement that needs a database without other sessions (a copy from it, its drop): while sessions are
     * still leaving it (a pool closing), waits a second and tries again, {@link #TRIES} times at most.
     */
    private void executeOnceFree(String statement) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = connect(admin); var sql = connection.createStatement()) {
                sql.execute(statement);
                return;
            } catch (SQLException e) {
                if (!IN_USE.equals(e.getSQLState()) || attempt == TRIES) {
                    throw refused(statement, e);
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted before: " + statement, e);
            }
        }
    }

    private void execute(String statement) throws IOException {
        execute(admin, statement);
    }

    private void execute(ServerAddress database, String statement) throws IOException {
        try (Connection connection = connect(database); var sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw refused(statement, e);
        }
    }

    private static Connection connect(ServerAddress database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", database.user());
        login.setProperty("password", new String(password()));
        login.setProperty("ApplicationName", "EcoPark Ledger benchmark");
        return DriverManager.getConnection("jdbc:postgresql://" + database.hostAndPort() + "/" + database.database(), login);
    }

    private IOException refused(String what, SQLException e) {
        return new IOException("The server " + admin + " refused to " + what + " (its user must be allowed to create "
                + "databases, and the password be in " + PASSWORD_VARIABLE + " or --server-password-file): "
                + e.getMessage(), e);
    }

    /** A name the benchmark made, checked before it goes into a statement's text. */
    private static String checked(String name) {
        if (!name.matches("[a-z0-9_]+") || name.length() > LONGEST_NAME) {
            throw new IllegalArgumentException("Not a database name the benchmark makes: " + name);
        }
        return name;
    }
}
