package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/** A new ledger on {@code backend} with the Zaozhuang park and the record services, audited as {@value #USER}. */
final class ServiceFixture implements AutoCloseable {

    static final String USER = "sunli";

    final Database database;
    final UnitOfWork unitOfWork;
    final RecordServices services;
    final long parkId;

    ServiceFixture(Backend backend, String name) {
        database = backend.open(name);
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
        Backend.close(database);
    }
}
