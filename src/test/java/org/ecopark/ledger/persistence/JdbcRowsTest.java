package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class JdbcRowsTest {

    @Parameter
    private Backend backend;

    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void open() {
        database = backend.open("jdbc-rows");
        dsl = database.dsl();
        dsl.execute("CREATE TABLE day_row (id INT PRIMARY KEY, d DATE, n BIGINT)");
        dsl.execute("INSERT INTO day_row VALUES (1, DATE '2024-02-29', 7), (2, NULL, 0), (3, DATE '1999-12-31', -3)");
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void readsEachRowWithItsDayAndBindValues() {
        var query = dsl.select(DSL.field("d", LocalDate.class), DSL.field("n", Long.class)).from(DSL.table("day_row"))
                .where(DSL.field("id", Integer.class).le(2)).orderBy(DSL.field("id"));
        List<String> rows = JdbcRows.fetch(query, row -> JdbcRows.day(row, 1) + "|" + row.getLong(2));
        assertThat(rows).containsExactly("2024-02-29|7", "null|0");
    }

    @Test
    void givesEveryConnectionBackToThePool() {
        // more reads than the pool holds sessions: a connection kept by a read would make one of them wait and fail
        for (int i = 0; i < 40; i++) {
            assertThat(JdbcRows.fetch(dsl.select(DSL.field("id", Integer.class)).from(DSL.table("day_row")),
                    row -> row.getInt(1))).hasSize(3);
        }
    }

    @Test
    void aFailingReaderFailsTheReadAndStillReturnsTheConnection() {
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> JdbcRows.fetch(dsl.select(DSL.field("id", Integer.class)).from(DSL.table("day_row")),
                    row -> row.getInt(9))).isInstanceOf(DataAccessException.class);
        }
        assertThat(JdbcRows.fetch(dsl.selectOne(), row -> row.getInt(1))).containsExactly(1);
    }
}
