package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WriteTrackerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "insert into ENTERPRISE (PARK_ID, USCC) values (?, ?)|enterprise",
            "insert into \"PUBLIC\".\"PERIOD_STAT\" (\"ID\") values (?)|period_stat",
            "update PUBLIC.RD_STAFF set NAME = ? where ID = ?|rd_staff",
            "  DELETE FROM patent_owner WHERE patent_id = ?|patent_owner",
            "select \"ID\" from final table (insert into \"PUBLIC\".\"PATENT\" (\"NUMBER\") values (?))|patent",
            "merge into app_setting using (select 1 one) t on (1 = 1) when matched then update set x = 1|app_setting"
    })
    void aWriteNamesItsTable(String sql, String table) {
        Set<String> tables = new HashSet<>();
        WriteTracker.addTable(tables, sql);
        assertThat(tables).containsExactly(table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"select * from ENTERPRISE", "select 1 from dual where x = 'insert into enterprise'",
            "with u as (select 1) select * from u", "CHECKPOINT SYNC"})
    void aReadNamesNone(String sql) {
        Set<String> tables = new HashSet<>();
        WriteTracker.addTable(tables, sql);
        assertThat(tables).isEmpty();
    }
}
