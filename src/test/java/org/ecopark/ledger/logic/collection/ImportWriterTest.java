package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.AuditedTransaction;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.AuditJson;
import org.ecopark.ledger.persistence.AuditRepository;
import org.ecopark.ledger.persistence.AuditedFigures;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.PeriodStatRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import writes figures a thousand at a time; what it leaves must be what writing them one by one
 * left: per row the value as stored (read back) and the value it replaced, in an audit entry of its own or kept
 * under the import's entry, and the explanations of the row's warnings, an outdated one removed.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ImportWriterTest {

    private static final StatPeriod JANUARY = StatPeriod.month(2025, 1);

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private StatisticsService statistics;
    private PeriodStatRepository stats;
    private AuditRepository audit;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "import-writer", folder);
        statistics = ledger.services.records().statistics();
        stats = new PeriodStatRepository(ledger.database.dsl());
        audit = new AuditRepository(ledger.database.dsl());
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void figuresWrittenInBatchesAreEachAuditedAsStoredWithTheValueTheyReplaced() {
        // typed in the form before: January 2025 jumps against January 2024, explained then
        statistics.save(ledger.xinquan.id(), JANUARY.sameLastYear(), Map.of("MAIN_REVENUE", new BigDecimal("10")), Map.of());
        statistics.save(ledger.xinquan.id(), JANUARY, Map.of("MAIN_REVENUE", new BigDecimal("100"),
                "EMPLOYEES", new BigDecimal("80")), Map.of("MAIN_REVENUE:records.stat.jumpUp", "旧说明"));
        Map<Long, PeriodStat> before = new HashMap<>();
        stats.find(List.of(ledger.xinquan.id()), JANUARY).forEach(s -> before.put(s.id(), s));
        stats.find(List.of(ledger.xinquan.id()), JANUARY.sameLastYear()).forEach(s -> before.put(s.id(), s));
        long lastEntry = lastAuditId();

        // 2 enterprises x every metric x 72 months: several batches, values finer than the column keeps
        List<PlannedWrite> writes = new ArrayList<>();
        for (int month = 0; month < 72; month++) {
            StatPeriod period = StatPeriod.month(2020 + month / 12, month % 12 + 1);
            for (Enterprise enterprise : List.of(ledger.xinquan, ledger.qingyuan)) {
                for (Metric metric : statistics.metrics()) {
                    BigDecimal value = BigDecimal.valueOf(month * 10L + metric.sortOrder()).add(new BigDecimal("0.123456"));
                    writes.add(write(enterprise, metric.code(), period, value, RecordValidation.ok(), Map.of()));
                }
            }
        }
        RecordValidation jump = RecordValidation.builder().warning("OUTPUT_VALUE", "records.stat.jumpUp", "产值", "1", "2", "3")
                .build();
        Problem warning = jump.warnings().get(0);
        writes.add(write(ledger.xinquan, "OUTPUT_VALUE", StatPeriod.month(2026, 1), BigDecimal.ONE, jump,
                Map.of("填报!H9", warning.key())));

        ImportWriter writer = ledger.services.records().writes().inTransaction(tx -> {
            ImportWriter w = new ImportWriter(tx, () -> false, CollectionProgress.NONE);
            w.write(writes, Map.of("填报!H9", " 新生产线投产 "), "");
            return w;
        });

        assertThat(writer.updated).isEqualTo(3);
        assertThat(writer.inserted + writer.updated).isEqualTo(writes.size());
        List<AuditEntry> entries = entriesAfter(lastEntry, StatisticsService.TABLE);
        assertThat(entries).hasSize(writes.size());
        for (AuditEntry entry : entries) {
            long id = Long.parseLong(entry.recordKey());
            PeriodStat old = before.get(id);
            assertThat(entry.action()).isEqualTo(old == null ? AuditAction.INSERT : AuditAction.UPDATE);
            assertThat(entry.oldValues()).isEqualTo(AuditJson.encode(old));
            assertThat(entry.newValues()).isEqualTo(AuditJson.encode(stats.find(id).orElseThrow()));
        }
        assertThat(entries).extracting(AuditEntry::recordKey).doesNotHaveDuplicates();
        assertThat(stats.find(List.of(ledger.qingyuan.id()), JANUARY)).hasSize(statistics.metrics().size())
                .allSatisfy(s -> assertThat(s.source()).isEqualTo(ImportWriter.SOURCE))
                .allSatisfy(s -> assertThat(s.value().scale()).isLessThanOrEqualTo(4));
        assertThat(entriesAfter(lastEntry, AuditedTransaction.OVERRIDE_TABLE))
                .extracting(AuditEntry::action).containsExactlyInAnyOrder(AuditAction.DELETE, AuditAction.INSERT);
        assertThat(ledger.database.dsl().fetch("select warning_key, explanation from warning_override"))
                .extracting(r -> r.get(0), r -> r.get(1))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(warning.key(), "新生产线投产"));
    }

    @Test
    void figuresWrittenUnderAnImportsEntryKeepWhatAnEntryPerFigureWouldHoldAndWriteNoOtherEntry() {
        statistics.save(ledger.xinquan.id(), JANUARY, Map.of("MAIN_REVENUE", new BigDecimal("100")), Map.of());
        Map<Long, PeriodStat> before = new HashMap<>();
        stats.find(List.of(ledger.xinquan.id()), JANUARY).forEach(s -> before.put(s.id(), s));
        long lastEntry = lastAuditId();
        List<PlannedWrite> writes = new ArrayList<>();
        for (int month = 0; month < 30; month++) {
            StatPeriod period = StatPeriod.month(2024 + month / 12, month % 12 + 1);
            for (Enterprise enterprise : List.of(ledger.xinquan, ledger.qingyuan)) {
                for (Metric metric : statistics.metrics()) {
                    writes.add(write(enterprise, metric.code(), period,
                            BigDecimal.valueOf(month * 10L + metric.sortOrder()).add(new BigDecimal("0.123456")),
                            RecordValidation.ok(), Map.of()));
                }
            }
        }

        long importEntry = ledger.services.records().writes().inTransaction(tx -> {
            long entry = tx.repositories().audit().write(tx.user(), ImportService.TABLE, "1", AuditAction.INSERT, null,
                    Map.of("file", "a.xlsx"));
            new ImportWriter(tx, () -> false, CollectionProgress.NONE, null, entry).write(writes, Map.of(), "");
            return entry;
        });

        assertThat(entriesAfter(lastEntry, StatisticsService.TABLE)).isEmpty();
        List<AuditedFigures.Figure> figures = ledger.services.records().writes().read().auditedFigures().figures(importEntry);
        assertThat(figures).hasSize(writes.size());
        for (AuditedFigures.Figure figure : figures) {
            assertThat(figure.old()).isEqualTo(before.get(figure.now().id()));
            assertThat(AuditJson.encode(figure.now())).isEqualTo(AuditJson.encode(stats.find(figure.now().id()).orElseThrow()));
        }
        assertThat(figures).filteredOn(figure -> figure.old() != null).hasSize(1);
        List<Long> januaryIds = stats.find(List.of(ledger.xinquan.id(), ledger.qingyuan.id()), JANUARY).stream()
                .map(PeriodStat::id).toList();
        assertThat(ledger.services.records().writes().read().auditedFigures()
                .history(StatisticsService.TABLE, JANUARY, januaryIds))
                .extracting(AuditEntry::id).hasSize(januaryIds.size()).containsOnly(importEntry);
    }

    private PlannedWrite write(Enterprise enterprise, String code, StatPeriod period, BigDecimal value,
                               RecordValidation validation, Map<String, String> warningKeys) {
        return new PlannedWrite(StatisticsService.TABLE, new PeriodStat(0, enterprise.id(), code, period, value,
                ImportWriter.SOURCE), ChangeKind.NEW, 0, null, validation, warningKeys);
    }

    private long lastAuditId() {
        Long id = ledger.database.dsl().fetchOne("select max(id) from audit_log").get(0, Long.class);
        return id == null ? 0 : id;
    }

    private List<AuditEntry> entriesAfter(long lastEntry, String table) {
        List<Long> ids = ledger.database.dsl().fetch("select id from audit_log where id > ? and table_name = ? order by id",
                lastEntry, table).map(r -> r.get(0, Long.class));
        return ids.stream().map(id -> audit.find(id).orElseThrow()).toList();
    }
}
