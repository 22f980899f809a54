package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/** An in-memory ledger with the Zaozhuang park and the record services, audited as {@value #USER}. */
final class ServiceFixture implements AutoCloseable {

    static final String USER = "sunli";

    final Database database;
    final UnitOfWork unitOfWork;
    final RecordServices services;
    final long parkId;

    ServiceFixture(String name) {
        database = RecordFixtures.database(name);
        unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, USER, RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
    }

    Repositories read() {
        return unitOfWork.read();
    }

    int auditRows(String table) {
        return read().audit().count(table);
    }

    @Override
    public void close() {
        database.close();
    }
}
