package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.Database;

/**
 * A ledger a scenario works on, in the database the figures are measured on: an H2 file ({@code .mv.db}, as the
 * program keeps a ledger by default) or a database on a PostgreSQL server ({@link BenchServer}). A scenario starts from
 * the generated park and only ever works on fresh copies of it ({@link #copy}), so every run starts from the same data.
 */
sealed interface BenchLedger {

    String H2 = "H2";
    String POSTGRESQL = "PostgreSQL";

    /** The ledger a scenario's argument names: a server's address ({@code postgresql://…}) or an H2 file. */
    static BenchLedger of(String argument) {
        if (!ServerAddress.names(argument)) {
            return new FileCopy(Path.of(argument));
        }
        int admin = argument.lastIndexOf(ServerCopy.ADMIN);
        ServerAddress address = ServerAddress.parse(admin < 0 ? argument : argument.substring(0, admin))
                .orElseThrow(() -> new IllegalArgumentException("Not a server's address: " + argument));
        return new ServerCopy(address, admin < 0 ? address.database()
                : argument.substring(admin + ServerCopy.ADMIN.length()));
    }

    /** How a scenario's argument names this ledger: a file, or a server's address without its password. */
    String argument();

    /** The database it lives in, as the results name it: {@link #H2} or {@link #POSTGRESQL}. */
    String database();

    /**
     * A fresh copy of this ledger named {@code name} in {@code folder}: an H2 file there, or on the server a new
     * database made from this one (the folder's name and {@code name} end its name); a copy of the same name made before
     * is replaced.
     */
    BenchLedger copy(Path folder, String name) throws IOException;

    /** Opens the ledger as the program opens one: the caller closes it. */
    Database open();

    /** The program's services on the ledger, "today" taken from {@code clock}: the caller closes them. */
    Services services(Clock clock);

    /** A ledger in an H2 file, {@code file} ending with {@code .mv.db}. */
    record FileCopy(Path file) implements BenchLedger {

        @Override
        public String argument() {
            return file.toString();
        }

        @Override
        public String database() {
            return H2;
        }

        @Override
        public BenchLedger copy(Path folder, String name) throws IOException {
            Path target = folder.resolve(name + BenchPark.FILE_SUFFIX);
            BenchPark.copy(file, target);
            return new FileCopy(target);
        }

        @Override
        public Database open() {
            return Database.open(BenchPark.withoutSuffix(file));
        }

        @Override
        public Services services(Clock clock) {
            return Services.open(BenchPark.withoutSuffix(file), clock);
        }
    }

    /**
     * A ledger in the database {@code address} names on a PostgreSQL server; its user's password comes from
     * {@link BenchServer#password}. Copies are made from the database {@code admin} (a database cannot be copied while a
     * session is open in it).
     */
    record ServerCopy(ServerAddress address, String admin) implements BenchLedger {

        /** How the argument adds the database copies are made from to the ledger's address. */
        static final String ADMIN = "&admin=";

        @Override
        public String argument() {
            return address + ADMIN + admin;
        }

        @Override
        public String database() {
            return POSTGRESQL;
        }

        @Override
        public BenchLedger copy(Path folder, String name) throws IOException {
            String copy = BenchServer.parkOf(address.database()) + "_"
                    + BenchServer.namePart(folder.getFileName().toString()) + "_" + BenchServer.namePart(name);
            return new ServerCopy(server().copy(address.database(), copy), admin);
        }

        @Override
        public Database open() {
            return Database.openServer(address, BenchServer.password());
        }

        /** The server it lives on, as the user who may make and drop its copies. */
        BenchServer server() {
            return new BenchServer(new ServerAddress(address.host(), address.port(), admin, address.user()));
        }

        @Override
        public Services services(Clock clock) {
            Database database = open();
            try {
                return new Services(database, clock);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        }
    }
}
