package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.jooq.ExecuteContext;
import org.jooq.impl.DefaultExecuteListener;

/**
 * A park of one enterprise with one member of staff and one month's revenue, evaluated through one {@link AggregateCache}
 * with the queries counted: what the tests of the indicators' cache share, on either {@link Backend}.
 */
final class CacheFixture implements AutoCloseable {

    static final String UNIT = "91370400CACHE00001";

    final Database database;
    final List<Long> parks;
    final AggregateCache cache = new AggregateCache(16);
    final AtomicInteger queries = new AtomicInteger();

    CacheFixture(Backend backend) {
        database = backend.open("aggregate-cache");
        long park = new ParkRepository(database.dsl()).save(new Park(0, "P", "园区", "P", "枣庄市", null, null, null, false));
        parks = List.of(park);
        BulkWriter bulk = new BulkWriter(database.dsl());
        bulk.enterprises(park, List.of(new EnterpriseRow(UNIT, "公司", "公司", "MANUFACTURING", true, null, null, null,
                null, null, null)));
        bulk.staff(List.of(staff("2020-01-01")));
        bulk.statistics(List.of(new StatRow(UNIT, "MAIN_REVENUE", YearMonth.of(2024, 3), BigDecimal.TEN)), "FORM");
    }

    /**
     * Queries counted through a listener, one evaluation's instance at a time, as EvaluationService makes them: after
     * a read of the unit of work, which takes in what was written around it.
     */
    IndicatorQueries evaluation() {
        new UnitOfWork(database).read();
        var dsl = database.dsl().configuration().derive(new DefaultExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        }).dsl();
        return new IndicatorQueries(dsl, cache);
    }

    static StaffRow staff(String joined) {
        return new StaffRow(UNIT, "员工", null, "MASTER", null, true, LocalDate.parse(joined), null);
    }

    @Override
    public void close() {
        Backend.close(database);
    }
}
