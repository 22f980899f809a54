package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's stand-in for H2's modification stamps, {@code table_change} (V1.14), beyond what {@link
 * AggregateCacheTest} checks on both databases: one row per table and transaction, folded past its limit without
 * keeping a result past a change, and a trigger on every table. Skipped without a test server.
 */
class ServerChangeStampsTest {

    private static final Sampling END_2024 = Sampling.level(List.of(LocalDate.of(2024, 12, 31)));

    private CacheFixture fixture;

    @BeforeEach
    void park() {
        fixture = new CacheFixture(Backend.POSTGRESQL);
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theStampsFoldedPastTheirLimitStillTellEveryChange() {
        TestServer.execute(address(), "INSERT INTO table_change (table_name, stamp) SELECT 'RD_STAFF', "
                + "nextval('table_change_stamp') FROM generate_series(0, " + TableStamps.SERVER_KEPT + ")");
        assertThat(staff()).containsExactly(BigDecimal.ONE);
        assertThat(changeRows()).as("folded into one row per changed table").isLessThan(20);
        fixture.queries.set(0);
        assertThat(staff()).containsExactly(BigDecimal.ONE);
        assertThat(fixture.queries.get()).as("after the fold, an unchanged ledger is answered from the cache")
                .isEqualTo(1);
        new BulkWriter(fixture.database.dsl()).staff(List.of(CacheFixture.staff("2024-06-01")));
        assertThat(staff()).containsExactly(BigDecimal.valueOf(2));
    }

    @Test
    void oneRowPerTableAndTransactionHoweverManyStatements() throws Exception {
        int before = changeRows();
        try (Connection writer = TestServer.connect(address())) {
            writer.setAutoCommit(false);
            var dsl = DSL.using(writer, SQLDialect.POSTGRES, fixture.database.dsl().settings());
            for (int i = 1; i <= 5; i++) {
                new BulkWriter(dsl).staff(List.of(CacheFixture.staff("2024-0" + i + "-01")));
            }
            writer.commit();
        }
        assertThat(fixture.database.dsl().fetchCount(DSL.table(DSL.name("table_change")),
                DSL.field(DSL.name("table_name")).eq("RD_STAFF"))).isEqualTo(2);
        assertThat(changeRows()).isLessThanOrEqualTo(before + 2);
    }

    @Test
    void everyTableOfTheLedgerNotesItsChanges() {
        List<String> without = fixture.database.dsl().resultQuery("""
                SELECT t.tablename FROM pg_tables t
                WHERE t.schemaname = current_schema() AND t.tablename NOT IN ('table_change', 'flyway_schema_history')
                  AND NOT EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                                  WHERE c.relname = t.tablename AND g.tgname = 'trg_' || t.tablename || '_changed')
                """).fetch(0, String.class);
        assertThat(without).as("tables whose changes the indicators' cache would not see").isEmpty();
        assertThat(fixture.database.dsl().fetchCount(DSL.table(DSL.name("pg_tables")),
                DSL.field(DSL.name("schemaname")).eq(DSL.currentSchema()))).isGreaterThan(30);
    }

    private List<BigDecimal> staff() {
        return fixture.evaluation().rdStaffFullTime(fixture.parks, END_2024);
    }

    private int changeRows() {
        return fixture.database.dsl().fetchCount(DSL.table(DSL.name("table_change")));
    }

    private ServerAddress address() {
        return fixture.database.server().orElseThrow();
    }
}
