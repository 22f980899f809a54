package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.logic.records.AuditedTransaction;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.AuditedFigures;
import org.ecopark.ledger.persistence.CollectedRecordsRepository;
import org.ecopark.ledger.persistence.PeriodStatRepository;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;

/**
 * Carries out a plan's writes inside one audited transaction: every inserted or updated row is logged
 * with its old and new values, and the explanations of its warnings are stored with it. Figures, tens of
 * thousands in a park's workbook, are queued and written a thousand at a time (one insert), which is what keeps
 * an import near the speed of a plain batch insert; an import's figures are audited as part of the import's own
 * audit entry ({@link AuditedFigures}), each with its old and new value, others one entry each. Checks for a
 * cancellation between rows; throwing then rolls the whole transaction back.
 */
final class ImportWriter {

    private record StatKey(long enterpriseId, String metricCode, StatPeriod period) {
    }

    /** A value to write: the draft (with the id of the value it changes), its old value (null: new) and warnings. */
    private record QueuedStat(PeriodStat stat, PeriodStat old, RecordValidation validation,
                              Map<String, String> explanations) {
    }

    /** period_stat.source of imported values. */
    static final String SOURCE = "IMPORT";

    private final AuditedTransaction tx;
    private final BooleanSupplier cancelled;
    private final CollectionProgress progress;
    /** The import the written statistics belong to; null for a list import, which records none. */
    private final Long importId;
    /** The import's audit entry, which the figures are audited under; null: an entry per figure. */
    private final Long auditId;
    private final List<AuditedFigures.Figure> audited = new ArrayList<>();
    private final Map<StatKey, PeriodStat> current = new HashMap<>();
    private final List<QueuedStat> newStats = new ArrayList<>();
    private final List<QueuedStat> changedStats = new ArrayList<>();
    int inserted;
    int updated;

    ImportWriter(AuditedTransaction tx, BooleanSupplier cancelled, CollectionProgress progress) {
        this(tx, cancelled, progress, null, null);
    }

    /**
     * @param importId the import the figures belong to (period_stat.import_id), or null
     * @param auditId  the import's audit entry the figures are audited under, or null for an entry per figure
     */
    ImportWriter(AuditedTransaction tx, BooleanSupplier cancelled, CollectionProgress progress, Long importId,
                 Long auditId) {
        this.tx = tx;
        this.cancelled = cancelled;
        this.progress = progress;
        this.importId = importId;
        this.auditId = auditId;
    }

    /**
     * @param explanations warning id -> the user's explanation
     */
    void write(List<PlannedWrite> writes, Map<String, String> explanations, String message) {
        readCurrent(writes);
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
            if (StatisticsService.TABLE.equals(write.table())) {
                stat(write, byKey);
            } else {
                long id = switch (write.table()) {
                    case PatentService.TABLE -> patent(write);
                    case EnterpriseService.TABLE -> enterprise(write);
                    case RdStaffService.TABLE -> staff(write);
                    case StandardService.TABLE -> standard(write);
                    default -> throw new IllegalArgumentException("Cannot import into " + write.table());
                };
                tx.explain(write.table(), id, write.validation(), byKey);
            }
            if (++done % PeriodStatRepository.CHUNK == 0) {
                writeStats();
                progress.update(done, writes.size(), message);
            }
        }
        writeStats();
        if (auditId != null && !audited.isEmpty()) {
            tx.repositories().auditedFigures().write(auditId, audited);
        }
        progress.update(done, writes.size(), message);
    }

    /** The ledger's current values of every enterprise and period the plan writes figures of, one query each. */
    private void readCurrent(List<PlannedWrite> writes) {
        Map<StatPeriod, Set<Long>> enterprises = new HashMap<>();
        for (PlannedWrite write : writes) {
            if (write.draft() instanceof PeriodStat stat) {
                enterprises.computeIfAbsent(stat.period(), p -> new HashSet<>()).add(stat.enterpriseId());
            }
        }
        PeriodStatRepository repository = tx.repositories().periodStats();
        enterprises.forEach((period, ids) -> repository.find(ids, period)
                .forEach(s -> current.put(new StatKey(s.enterpriseId(), s.metricCode(), s.period()), s)));
    }

    /** Queues a value unless the ledger holds it already; {@link #writeStats} writes the queue in batches. */
    private void stat(PlannedWrite write, Map<String, String> byKey) {
        PeriodStat stat = (PeriodStat) write.draft();
        PeriodStat old = current.get(new StatKey(stat.enterpriseId(), stat.metricCode(), stat.period()));
        if (old == null) {
            newStats.add(new QueuedStat(stat, null, write.validation(), byKey));
        } else if (old.value().compareTo(stat.value()) != 0 || !SOURCE.equals(old.source())) {
            changedStats.add(new QueuedStat(new PeriodStat(old.id(), stat.enterpriseId(), stat.metricCode(), stat.period(),
                    stat.value(), SOURCE), old, write.validation(), byKey));
        }
    }

    /**
     * Writes the queued values set-wise, then logs each with its old and new value as stored and stores the
     * explanations of its warnings: what writing them one by one does, in a few statements per thousand rows.
     */
    private void writeStats() {
        PeriodStatRepository repository = tx.repositories().periodStats();
        List<AuditedTransaction.Written> written = new ArrayList<>();
        List<PeriodStat> stored = repository.insertAll(newStats.stream().map(QueuedStat::stat).toList(), importId);
        for (int i = 0; i < stored.size(); i++) {
            QueuedStat queued = newStats.get(i);
            written.add(new AuditedTransaction.Written(stored.get(i).id(), null, stored.get(i), queued.validation(),
                    queued.explanations()));
        }
        stored = repository.updateAll(changedStats.stream().map(QueuedStat::stat).toList(), importId);
        for (int i = 0; i < stored.size(); i++) {
            QueuedStat queued = changedStats.get(i);
            written.add(new AuditedTransaction.Written(stored.get(i).id(), queued.old(), stored.get(i), queued.validation(),
                    queued.explanations()));
        }
        inserted += newStats.size();
        updated += changedStats.size();
        newStats.clear();
        changedStats.clear();
        if (!written.isEmpty()) {
            if (auditId == null) {
                tx.loggedAll(StatisticsService.TABLE, written);
            } else {
                written.forEach(row -> audited.add(new AuditedFigures.Figure((PeriodStat) row.oldValue(),
                        (PeriodStat) row.newValue())));
            }
            tx.explainAll(StatisticsService.TABLE, written);
        }
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
