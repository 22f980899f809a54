package org.ecopark.ledger.logic.copy;

import java.nio.file.Path;
import java.util.Arrays;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.ServerAddress;

/** Where a ledger lives for a copy: a file on this computer or a database on a PostgreSQL server. */
public sealed interface LedgerLocation permits LedgerLocation.File, LedgerLocation.Server {

    /** Whether {@code other} is the same ledger: a copy onto itself is refused. */
    boolean sameAs(LedgerLocation other);

    /**
     * A ledger file ({@code .mv.db} or its name without the ending).
     *
     * @param password the file's password: needed to open an encrypted source; a new target file is encrypted under
     *                 it. Null for none.
     */
    record File(Path path, LedgerPassword password) implements LedgerLocation {

        /** The file H2 keeps the ledger in, with its ending. */
        public Path file() {
            return Services.fileOf(path).toAbsolutePath().normalize();
        }

        @Override
        public boolean sameAs(LedgerLocation other) {
            return other instanceof File file && file.file().equals(file());
        }

        @Override
        public String toString() {
            return file().toString();
        }
    }

    /**
     * A database on a server, opened as its user with {@code password} (kept only for the copy: {@link #forget}).
     */
    record Server(ServerAddress address, char[] password) implements LedgerLocation {

        @Override
        public boolean sameAs(LedgerLocation other) {
            return other instanceof Server server && server.address.hostAndPort().equals(address.hostAndPort())
                    && server.address.database().equals(address.database());
        }

        /** Wipes the password. */
        public void forget() {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        public String toString() {
            return address.toString();
        }
    }
}
