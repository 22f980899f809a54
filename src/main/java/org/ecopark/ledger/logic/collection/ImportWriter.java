package org.ecopark.ledger.logic.collection;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.logic.records.AuditedTransaction;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.persistence.CollectedRecordsRepository;
import org.ecopark.ledger.persistence.PeriodStatRepository;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;

/**
 * Carries out a plan's writes inside one audited transaction: every inserted or updated row is logged
 * with its old and new values, and the explanations of its warnings are stored with it. Checks for a
 * cancellation between rows; throwing then rolls the whole transaction back.
 */
final class ImportWriter {

    /** period_stat.source of imported values. */
    static final String SOURCE = "IMPORT";

    private final AuditedTransaction tx;
    private final BooleanSupplier cancelled;
    private final CollectionProgress progress;
    /** The import the written statistics belong to; null for a list import, which records none. */
    private final Long importId;
    private final Map<Long, Map<String, PeriodStat>> stats = new HashMap<>();
    int inserted;
    int updated;

    ImportWriter(AuditedTransaction tx, BooleanSupplier cancelled, CollectionProgress progress) {
        this(tx, cancelled, progress, null);
    }

    ImportWriter(AuditedTransaction tx, BooleanSupplier cancelled, CollectionProgress progress, Long importId) {
        this.tx = tx;
        this.cancelled = cancelled;
        this.progress = progress;
        this.importId = importId;
    }

    /**
     * @param explanations warning id -> the user's explanation
     */
    void write(List<PlannedWrite> writes, Map<String, String> explanations, String message) {
        int done = 0;
        for (PlannedWrite write : writes) {
            ImportCancelledException.check(cancelled);
            Map<String, String> byKey = new LinkedHashMap<>();
            write.warningKeys().forEach((warningId, key) -> {
                String text = explanations.get(warningId);
                if (text != null && !text.isBlank()) {
                    byKey.put(key, text.strip());
                }
            });
            long id = switch (write.table()) {
                case StatisticsService.TABLE -> stat((PeriodStat) write.draft());
                case PatentService.TABLE -> patent(write);
                case EnterpriseService.TABLE -> enterprise(write);
                case RdStaffService.TABLE -> staff(write);
                case StandardService.TABLE -> standard(write);
                default -> throw new IllegalArgumentException("Cannot import into " + write.table());
            };
            if (id > 0) {
                tx.explain(write.table(), id, write.validation(), byKey);
            }
            if (++done % 500 == 0) {
                progress.update(done, writes.size(), message);
            }
        }
        progress.update(done, writes.size(), message);
    }

    /** Writes a value unless the ledger holds it already; returns its id, or 0 when nothing was written. */
    private long stat(PeriodStat stat) {
        PeriodStatRepository repository = tx.repositories().periodStats();
        Map<String, PeriodStat> current = stats.computeIfAbsent(stat.enterpriseId(), id -> {
            Map<String, PeriodStat> byCode = new HashMap<>();
            repository.find(id, stat.period()).forEach(s -> byCode.put(s.metricCode(), s));
            return byCode;
        });
        PeriodStat old = current.get(stat.metricCode());
        long id;
        if (old == null) {
            id = repository.insert(stat, importId);
            tx.inserted(StatisticsService.TABLE, id, repository.find(id).orElseThrow());
            inserted++;
        } else if (old.value().compareTo(stat.value()) != 0 || !SOURCE.equals(old.source())) {
            id = old.id();
            repository.update(new PeriodStat(id, stat.enterpriseId(), stat.metricCode(), stat.period(), stat.value(), SOURCE),
                    importId);
            tx.updated(StatisticsService.TABLE, id, old, repository.find(id).orElseThrow());
            updated++;
        } else {
            return 0;
        }
        return id;
    }

    private long patent(PlannedWrite write) {
        var patents = tx.repositories().patents();
        Patent draft = (Patent) write.draft();
        if (write.kind() == ChangeKind.NEW) {
            long id = patents.insert(draft);
            tx.inserted(PatentService.TABLE, id, patents.find(id).orElseThrow());
            inserted++;
            return id;
        }
        Patent old = patents.find(write.existingId()).orElseThrow();
        patents.update(draft);
        tx.updated(PatentService.TABLE, draft.id(), old, patents.find(draft.id()).orElseThrow());
        updated++;
        return draft.id();
    }

    private long enterprise(PlannedWrite write) {
        var enterprises = tx.repositories().enterprises();
        Enterprise draft = (Enterprise) write.draft();
        if (write.kind() == ChangeKind.NEW) {
            long id = enterprises.insert(draft);
            tx.inserted(EnterpriseService.TABLE, id, enterprises.find(id).orElseThrow());
            inserted++;
            return id;
        }
        Enterprise old = enterprises.find(write.existingId()).orElseThrow();
        enterprises.update(draft);
        tx.updated(EnterpriseService.TABLE, draft.id(), old, enterprises.find(draft.id()).orElseThrow());
        updated++;
        return draft.id();
    }

    private long staff(PlannedWrite write) {
        CollectedRecordsRepository rows = tx.repositories().collectedRecords();
        StaffRow draft = (StaffRow) write.draft();
        if (write.kind() == ChangeKind.NEW) {
            long id = rows.insertStaff(draft);
            tx.inserted(RdStaffService.TABLE, id, draft);
            inserted++;
            return id;
        }
        rows.updateStaff(write.existingId(), draft);
        tx.updated(RdStaffService.TABLE, write.existingId(), write.old(), draft);
        updated++;
        return write.existingId();
    }

    private long standard(PlannedWrite write) {
        CollectedRecordsRepository rows = tx.repositories().collectedRecords();
        StandardRow draft = (StandardRow) write.draft();
        if (write.kind() == ChangeKind.NEW) {
            long id = rows.insertStandard(draft);
            tx.inserted(StandardService.TABLE, id, draft);
            inserted++;
            return id;
        }
        rows.updateStandard(write.existingId(), draft);
        tx.updated(StandardService.TABLE, write.existingId(), write.old(), draft);
        updated++;
        return write.existingId();
    }
}
