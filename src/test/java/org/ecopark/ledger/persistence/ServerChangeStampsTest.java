package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.jooq.ExecuteContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The indicators' cache on a ledger on a PostgreSQL server, where {@code table_change} (V1.14) stands for H2's
 * modification stamps: results are reused while nothing changed and never kept past a committed change, including one
 * committed after a later one and one met by the folding of the stamps. Skipped without a test server.
 */
class ServerChangeStampsTest {

    private static final String UNIT = "91370400CHANGE0001";
    private static final Sampling END_2024 = Sampling.level(List.of(LocalDate.of(2024, 12, 31)));

    private Database database;
    private List<Long> parks;
    private final AggregateCache cache = new AggregateCache(16);
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void park() {
        database = TestServer.open();
        long park = new ParkRepository(database.dsl()).save(new Park(0, "P", "园区", "P", "枣庄市", null, null, null, false));
        parks = List.of(park);
        new BulkWriter(database.dsl()).enterprises(park, List.of(new EnterpriseRow(UNIT, "公司", "公司", "MANUFACTURING",
                true, null, null, null, null, null, null)));
        new BulkWriter(database.dsl()).staff(List.of(staff("2020-01-01")));
    }

    @AfterEach
    void close() {
        if (database != null) {
            TestServer.close(database);
        }
    }

    @Test
    void anUnchangedLedgerIsAnsweredWithoutQueryingTheRecordsAgain() {
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        int first = queries.getAndSet(0);
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        assertThat(first).isGreaterThan(1);
        assertThat(queries.get()).as("only the change stamps are read").isEqualTo(1);
    }

    @Test
    void aChangeCommittedAfterALaterOneIsCountedThoughItsStampIsSmaller() throws Exception {
        // standards: a table no derived data follows, so nothing but the two writers moves its stamps
        try (Connection early = TestServer.connect(address())) {
            early.setAutoCommit(false);
            // the early writer takes its stamp first and commits last
            new BulkWriter(DSL.using(early, SQLDialect.POSTGRES, database.dsl().settings()))
                    .standards(List.of(standard("HJ 1-2024")));
            new BulkWriter(database.dsl()).standards(List.of(standard("HJ 2-2024")));
            assertThat(standards()).containsExactly(BigDecimal.ONE);
            early.commit();
        }
        assertThat(standards()).as("the early writer's standard, committed last").containsExactly(BigDecimal.valueOf(2));
    }

    @Test
    void theStampsFoldedPastTheirLimitStillTellEveryChange() {
        TestServer.execute(address(), "INSERT INTO table_change (table_name, stamp) SELECT 'RD_STAFF', "
                + "nextval('table_change_stamp') FROM generate_series(0, " + TableStamps.SERVER_KEPT + ")");
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        assertThat(database.dsl().fetchCount(DSL.table(DSL.name("table_change"))))
                .as("folded into one row per changed table").isLessThan(20);
        queries.set(0);
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        assertThat(queries.get()).as("after the fold, an unchanged ledger is answered from the cache").isEqualTo(1);
        new BulkWriter(database.dsl()).staff(List.of(staff("2024-06-01")));
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.valueOf(2));
    }

    @Test
    void oneRowPerTableAndTransactionHoweverManyStatements() throws Exception {
        int before = database.dsl().fetchCount(DSL.table(DSL.name("table_change")));
        try (Connection writer = TestServer.connect(address())) {
            writer.setAutoCommit(false);
            var dsl = DSL.using(writer, SQLDialect.POSTGRES, database.dsl().settings());
            for (int i = 1; i <= 5; i++) {
                new BulkWriter(dsl).staff(List.of(staff("2024-0" + i + "-01")));
            }
            writer.commit();
        }
        assertThat(database.dsl().fetchCount(DSL.table(DSL.name("table_change")),
                DSL.field(DSL.name("table_name")).eq("RD_STAFF"))).isEqualTo(2);
        assertThat(database.dsl().fetchCount(DSL.table(DSL.name("table_change")))).isLessThanOrEqualTo(before + 2);
    }

    @Test
    void everyTableOfTheLedgerNotesItsChanges() {
        List<String> without = database.dsl().resultQuery("""
                SELECT t.tablename FROM pg_tables t
                WHERE t.schemaname = current_schema() AND t.tablename NOT IN ('table_change', 'flyway_schema_history')
                  AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                                  WHERE c.relname = t.tablename AND g.tgname = 'trg_' || t.tablename || '_changed')
                """).fetch(0, String.class);
        assertThat(without).as("tables whose changes the indicators' cache would not see").isEmpty();
        assertThat(database.dsl().fetchCount(DSL.table(DSL.name("pg_tables")),
                DSL.field(DSL.name("schemaname")).eq(DSL.currentSchema()))).isGreaterThan(30);
    }

    /** Queries counted, one evaluation's instance at a time, as EvaluationService makes them. */
    private IndicatorQueries evaluation() {
        new UnitOfWork(database).read();
        var dsl = database.dsl().configuration().derive(new DefaultExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        }).dsl();
        return new IndicatorQueries(dsl, cache);
    }

    private List<BigDecimal> standards() {
        return evaluation().standardsDrafted(parks, List.of("INDUSTRY"), List.of("LEAD"), END_2024);
    }

    private static StandardRow standard(String code) {
        return new StandardRow(code, "标准", "INDUSTRY", "LEAD", UNIT, LocalDate.of(2024, 5, 1));
    }

    private ServerAddress address() {
        return database.server().orElseThrow();
    }

    private static StaffRow staff(String joined) {
        return new StaffRow(UNIT, "员工", null, "MASTER", null, true, LocalDate.parse(joined), null);
    }
}
