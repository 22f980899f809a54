package org.ecopark.ledger.logic;

import java.nio.file.Path;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The services over one open ledger database, built by constructor injection. The window and the
 * command line use the same instances; closing them closes the database.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final UnitOfWork unitOfWork;
    private final ParkService parkService;
    private final TargetService targetService;

    public Services(Database database) {
        this.database = database;
        this.unitOfWork = new UnitOfWork(database);
        var read = unitOfWork.read();
        this.parkService = new ParkService(read.parks(), read.settings());
        new CatalogService(unitOfWork).installOrUpgrade(); // first run loads the shipped plans, a newer release upgrades them
        this.targetService = new TargetService(unitOfWork);
    }

    public static Services open(Path databasePath) {
        return new Services(Database.open(databasePath));
    }

    public ParkService parks() {
        return parkService;
    }

    public TargetService targets() {
        return targetService;
    }

    /** The database file, for the status bar; null for an in-memory ledger. */
    public Path databaseFile() {
        return database.file();
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    /** The transaction runner the services share; for services added by features. */
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public void close() {
        database.close();
    }
}
