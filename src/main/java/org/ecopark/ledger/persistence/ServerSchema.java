package org.ecopark.ledger.persistence;

import org.ecopark.ledger.model.ServerAddress;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Removes the ledger's schema from a server's database: what a copy made in a database that was empty before it, when
 * the copy then failed. Flyway drops every object of the schema it made, its history with them.
 */
public final class ServerSchema {

    private ServerSchema() {
    }

    /** Drops the ledger's tables, triggers and functions from the database {@code server} names. */
    public static void remove(ServerAddress server, char[] password) {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL("jdbc:postgresql://" + server.hostAndPort() + "/" + server.database());
        postgres.setUser(server.user());
        postgres.setPassword(password == null ? "" : new String(password));
        Flyway made = SchemaMigration.flyway(postgres, SchemaMigration.POSTGRESQL);
        Flyway.configure().configuration(made.getConfiguration()).cleanDisabled(false).load().clean();
    }
}
