package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopark.ledger.persistence.jooq.Tables.DERIVED_CHANGE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.Test;

/**
 * The notes of {@code derived_change} are the same on PostgreSQL, written by the PL/pgSQL triggers of V1.6, as on the
 * embedded database, written by {@link DerivedChangeTrigger}: the same writes, done outside any unit of work (so the
 * notes stay in the table), leave the same rows after each of them.
 */
class DerivedChangeNotesTest {

    @Test
    void theServersTriggersNoteEveryWriteAsTheEmbeddedDatabasesTriggerDoes() {
        TestServer.require();
        Map<String, List<String>> onH2 = notesOfTheWrites(Backend.H2);
        Map<String, List<String>> onServer = notesOfTheWrites(Backend.POSTGRESQL);

        assertThat(onServer).isEqualTo(onH2);
        // what the embedded trigger notes, so that agreeing on nothing would not pass
        assertThat(onH2.get("a month's value changed")).containsExactlyInAnyOrder(
                "S|null|1|OUTPUT_VALUE|2024|2024-03-31|-12.5000", "S|null|1|OUTPUT_VALUE|2024|2024-03-31|20.0000");
        assertThat(onH2.get("the enterprise renamed")).isEmpty();
        assertThat(onH2.get("the staff member renamed")).isEmpty();
        assertThat(onH2.get("a metric's kind changed")).containsExactly("A|null|null|null|null|null|null",
                "A|null|null|null|null|null|null");
    }

    /** Each write with the rows of derived_change it left (sorted), the table emptied after each. */
    private static Map<String, List<String>> notesOfTheWrites(Backend backend) {
        Database database = backend.open("derived-change-notes");
        try {
            var dsl = database.dsl();
            Map<String, List<String>> notes = new LinkedHashMap<>();
            long parkOne = new ParkRepository(dsl).save(RecordFixtures.ZZSZ);
            long parkTwo = new ParkRepository(dsl).save(RecordFixtures.WEIHAI);
            Map<Long, String> metrics = dsl.select(METRIC.ID, METRIC.CODE).from(METRIC).fetchMap(METRIC.ID, METRIC.CODE);
            Step step = (what, write) -> {
                write.run();
                List<String> rows = new ArrayList<>(dsl.select(DERIVED_CHANGE.KIND, DERIVED_CHANGE.PARK_ID,
                        DERIVED_CHANGE.ENTERPRISE_ID, DERIVED_CHANGE.METRIC_ID, DERIVED_CHANGE.STAT_YEAR,
                        DERIVED_CHANGE.PERIOD_END, DERIVED_CHANGE.VALUE_CHANGE).from(DERIVED_CHANGE)
                        .fetch(r -> r.value1() + "|" + parks(r.value2(), parkOne, parkTwo) + "|" + r.value3() + "|"
                                + (r.value4() == null ? null : metrics.get(r.value4())) + "|" + r.value5() + "|" + r.value6() + "|"
                                + (r.value7() == null ? null : r.value7().setScale(4).toPlainString())));
                rows.sort(null);
                notes.put(what, rows);
                dsl.deleteFrom(DERIVED_CHANGE).execute();
            };
            EnterpriseRepository enterprises = new EnterpriseRepository(dsl);
            PeriodStatRepository stats = new PeriodStatRepository(dsl);
            long[] ids = new long[4];
            step.run("an enterprise added", () -> ids[0] = enterprises.insert(RecordFixtures.xinquan(parkOne)));
            step.run("a month's figure added", () -> ids[1] = stats.insert(new PeriodStat(0, ids[0], "OUTPUT_VALUE",
                    StatPeriod.month(2024, 3), new BigDecimal("12.5"), "FORM")));
            step.run("a month's value changed", () -> dsl.execute("UPDATE period_stat SET stat_value = 20 WHERE id = ?",
                    ids[1]));
            step.run("a month moved to another year", () -> dsl.execute("UPDATE period_stat SET period_start = ?,"
                    + " period_end = ? WHERE id = ?", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), ids[1]));
            step.run("a figure's source changed", () -> dsl.execute("UPDATE period_stat SET source = 'IMPORT' WHERE id = ?",
                    ids[1]));
            step.run("a quarter added", () -> stats.insert(new PeriodStat(0, ids[0], "OUTPUT_VALUE",
                    StatPeriod.quarter(2024, 2), new BigDecimal("300"), "FORM")));
            step.run("a month deleted", () -> dsl.execute("DELETE FROM period_stat WHERE id = ?", ids[1]));
            step.run("figures added set-wise outside a unit of work", () -> stats.insertAll(List.of(
                    new PeriodStat(0, ids[0], "OUTPUT_VALUE", StatPeriod.month(2024, 7), new BigDecimal("7"), "FORM"),
                    new PeriodStat(0, ids[0], "OUTPUT_VALUE", StatPeriod.year(2023), new BigDecimal("70"), "FORM")),
                    null));
            step.run("the enterprise leaves", () -> dsl.execute("UPDATE enterprise SET left_on = ? WHERE id = ?",
                    LocalDate.of(2026, 6, 30), ids[0]));
            step.run("the enterprise renamed", () -> dsl.execute("UPDATE enterprise SET name = '新名称有限公司' WHERE id = ?",
                    ids[0]));
            step.run("a patent added with its owner", () -> ids[2] = new PatentRepository(dsl)
                    .insert(RecordFixtures.invention(List.of(ids[0]))));
            step.run("the patent's grant day changed", () -> dsl.execute("UPDATE patent SET granted_on = ? WHERE id = ?",
                    LocalDate.of(2023, 10, 1), ids[2]));
            step.run("the patent's title changed", () -> dsl.execute("UPDATE patent SET title = '新的题目' WHERE id = ?",
                    ids[2]));
            step.run("the patent's owner removed", () -> dsl.execute("DELETE FROM patent_owner WHERE patent_id = ?",
                    ids[2]));
            step.run("a staff member joins", () -> ids[3] = new RdStaffRepository(dsl).insert(new RdStaff(0, ids[0],
                    "王磊", null, Education.MASTER, null, true, LocalDate.of(2024, 5, 6), null)));
            step.run("the staff member goes part-time", () -> dsl.execute("UPDATE rd_staff SET full_time = ? WHERE id = ?",
                    false, ids[3]));
            step.run("the staff member renamed", () -> dsl.execute("UPDATE rd_staff SET name = '王蕾' WHERE id = ?",
                    ids[3]));
            step.run("the staff member deleted", () -> dsl.execute("DELETE FROM rd_staff WHERE id = ?", ids[3]));
            step.run("a metric's kind changed", () -> dsl.execute("UPDATE metric SET value_kind = 'STOCK'"
                    + " WHERE code = 'OUTPUT_VALUE'"));
            step.run("a metric renamed", () -> dsl.execute("UPDATE metric SET name = '产值' WHERE code = 'OUTPUT_VALUE'"));
            step.run("the enterprise moved to another park", () -> dsl.execute("UPDATE enterprise SET park_id = ?"
                    + " WHERE id = ?", parkTwo, ids[0]));
            return notes;
        } finally {
            Backend.close(database);
        }
    }

    /** The park's name in this test, so that the two databases' ids need not agree. */
    private static String parks(Long park, long parkOne, long parkTwo) {
        return park == null ? "null" : park == parkOne ? "P1" : park == parkTwo ? "P2" : park.toString();
    }

    @FunctionalInterface
    private interface Step {
        void run(String what, Runnable write);
    }
}
