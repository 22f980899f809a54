package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.FieldChange;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.persistence.AuditedFigures;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An import is audited as one entry (its collection_import row), under which every figure it wrote is kept with its
 * old and new value: the figures' history shows each change as an entry per figure did.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ImportAuditTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private StatisticsService statistics;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "import-audit", folder);
        statistics = ledger.services.records().statistics();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void anImportIsOneAuditEntryThatKeepsTheOldAndNewValueOfEveryFigureItWrote() throws Exception {
        statistics.save(ledger.xinquan.id(), CollectionFixture.Q1_2025, Map.of("MAIN_REVENUE", new BigDecimal("3000")),
                Map.of());
        long entriesBefore = entries();
        long formEntries = entries("period_stat");

        ImportResult result = importFile(4200, 215, false);

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.inserted()).isEqualTo(1);
        assertThat(entries()).isEqualTo(entriesBefore + 1);
        assertThat(entries("period_stat")).isEqualTo(formEntries);
        long importEntry = importEntry(result.importId());
        List<AuditedFigures.Figure> figures = ledger.services.records().writes().read().auditedFigures().figures(importEntry);
        assertThat(figures).extracting(f -> f.now().metricCode(), f -> f.old() == null ? null : f.old().value().toPlainString(),
                        f -> f.now().value().toPlainString(), f -> f.old() == null ? null : f.old().source(), f -> f.now().source())
                .containsExactlyInAnyOrder(
                        tuple("MAIN_REVENUE", "3000", "4200", "FORM", "IMPORT"),
                        tuple("EMPLOYEES", null, "215", null, "IMPORT"));
        assertThat(figures).extracting(f -> f.now().id()).containsExactlyInAnyOrderElementsOf(
                stats().stream().map(PeriodStat::id).toList());

        List<HistoryEntry> history = statistics.history(ledger.xinquan.id(), CollectionFixture.Q1_2025);

        assertThat(history).extracting(HistoryEntry::action, e -> value(e).oldValue(), e -> value(e).newValue())
                .containsExactly(tuple(AuditAction.INSERT, null, "3000"), tuple(AuditAction.INSERT, null, "215"),
                        tuple(AuditAction.UPDATE, "3000", "4200"));
        assertThat(history.subList(1, 3)).extracting(HistoryEntry::auditId).containsOnly(importEntry);
        assertThat(history.get(2).changes()).contains(new FieldChange("source", "FORM", "IMPORT"));
    }

    @Test
    void aReimportIsAuditedAsItsOwnEntryWithTheValuesItReplacedAgain() throws Exception {
        ImportResult first = importFile(4200, 215, false);
        // someone corrects the value by hand afterwards; the same file is then imported again
        statistics.save(ledger.xinquan.id(), CollectionFixture.Q1_2025, Map.of("MAIN_REVENUE", new BigDecimal("3900"),
                "EMPLOYEES", new BigDecimal("215")), Map.of());
        long entriesBefore = entries();

        ImportResult again = importFile(4200, 215, true);

        assertThat(again.replaced()).isTrue();
        assertThat(entries()).isEqualTo(entriesBefore + 1);
        List<HistoryEntry> history = statistics.history(ledger.xinquan.id(), CollectionFixture.Q1_2025);
        assertThat(history).filteredOn(e -> value(e) != null)
                .extracting(HistoryEntry::action, e -> value(e).oldValue(), e -> value(e).newValue())
                .containsExactly(tuple(AuditAction.INSERT, null, "4200"), tuple(AuditAction.INSERT, null, "215"),
                        tuple(AuditAction.UPDATE, "4200", "3900"), tuple(AuditAction.UPDATE, "3900", "4200"));
        long[] importEntries = ledger.database.dsl().fetch("select id from audit_log where table_name = ? and record_key = ?"
                        + " order by id", ImportService.TABLE, String.valueOf(first.importId()))
                .stream().mapToLong(r -> r.get(0, Long.class)).toArray();
        assertThat(importEntries).hasSize(2);
        assertThat(history.get(0).auditId()).isEqualTo(importEntries[0]);
        assertThat(history.get(history.size() - 1).auditId()).isEqualTo(importEntries[1]);
        // the employees' figure was left as the file has it: the re-import did not write it, nor audit it
        assertThat(ledger.services.records().writes().read().auditedFigures().figures(importEntries[1]))
                .extracting(f -> f.now().metricCode()).containsExactly("MAIN_REVENUE");
    }

    private ImportResult importFile(double revenue, double employees, boolean replace) throws Exception {
        Path file = folder.resolve("filled.xlsx");
        if (!java.nio.file.Files.exists(file)) {
            java.nio.file.Files.move(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), file);
            CollectionFixture.edit(file, workbook -> {
                CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", revenue);
                CollectionFixture.value(workbook, ledger.xinquan.uscc(), "EMPLOYEES", employees);
            });
        }
        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);
        assertThat(plan.refused()).as("%s", plan.problems()).isFalse();
        return ledger.imports().commit(plan, Map.of(), replace, CollectionProgress.NONE, () -> false);
    }

    private List<PeriodStat> stats() {
        return ledger.services.records().writes().read().periodStats().find(ledger.xinquan.id(), CollectionFixture.Q1_2025);
    }

    private static FieldChange value(HistoryEntry entry) {
        return entry.changes().stream().filter(change -> change.field().equals("value")).findFirst().orElse(null);
    }

    private long importEntry(long importId) {
        return ledger.database.dsl().fetchValue("select max(id) from audit_log where table_name = ? and record_key = ?",
                ImportService.TABLE, String.valueOf(importId)) instanceof Number n ? n.longValue() : -1;
    }

    private long entries() {
        return ((Number) ledger.database.dsl().fetchValue("select count(*) from audit_log where table_name <> ?",
                "warning_override")).longValue();
    }

    private long entries(String table) {
        return ((Number) ledger.database.dsl().fetchValue("select count(*) from audit_log where table_name = ?", table))
                .longValue();
    }
}
