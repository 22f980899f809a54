package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * What users enter for targets no record can measure: values per period for MANUAL indicators, and
 * evidence (completion date, note, file) for milestones. Each write is one transaction with its audit
 * entry; the audit keeps the evidence's description and checksum, not the file.
 */
final class TargetInputService {

    static final String MANUAL_TABLE = "manual_value";
    static final String EVIDENCE_TABLE = "milestone_evidence";
    /** The database caps an evidence file at 16 MiB (H2 keeps it inline). */
    static final int MAX_FILE_BYTES = 16 * 1024 * 1024;
    static final int MAX_NOTE = 2000;

    private final UnitOfWork unitOfWork;
    private final String user;

    TargetInputService(UnitOfWork unitOfWork, String user) {
        this.unitOfWork = unitOfWork;
        this.user = user;
    }

    List<ManualValue> manualValues(long targetId) {
        Target target = target(unitOfWork.read(), targetId);
        return unitOfWork.read().manualValues().find(target.id(), target.scopeCode());
    }

    ManualValue recordManualValue(long targetId, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
                                  String note) {
        String cleanNote = clean(note);
        if (periodStart == null || periodEnd == null || periodEnd.isBefore(periodStart)) {
            throw new IndicatorException(I18n.tr("indicators.error.period"));
        }
        if (value == null) {
            throw new IndicatorException(I18n.tr("indicators.error.value"));
        }
        checkNote(cleanNote);
        return unitOfWork.inTransaction(repositories -> {
            Target target = target(repositories, targetId);
            if (IndicatorEngine.derivable(repositories.indicators().findByCode(target.indicatorCode()).orElseThrow())
                    || TargetMeasurement.isMilestone(target,
                    repositories.indicators().findByCode(target.indicatorCode()).orElseThrow())) {
                throw new IndicatorException(I18n.tr("indicators.error.notManual", target.code()));
            }
            ManualValue old = repositories.manualValues().find(target.id(), target.scopeCode()).stream()
                    .filter(v -> v.periodStart().equals(periodStart)).findFirst().orElse(null);
            long id = repositories.manualValues().save(new ManualValue(0, target.id(), target.scopeCode(), periodStart,
                    periodEnd, value, cleanNote, user, null));
            ManualValue stored = repositories.manualValues().findById(id).orElseThrow();
            repositories.audit().write(user, MANUAL_TABLE, String.valueOf(id),
                    old == null ? AuditAction.INSERT : AuditAction.UPDATE, old, stored);
            return stored;
        });
    }

    void deleteManualValue(long id) {
        unitOfWork.inTransaction(repositories -> {
            ManualValue old = repositories.manualValues().findById(id).orElseThrow(() ->
                    new IndicatorException(I18n.tr("indicators.error.valueNotFound", String.valueOf(id))));
            repositories.manualValues().delete(id);
            repositories.audit().write(user, MANUAL_TABLE, String.valueOf(id), AuditAction.DELETE, old, null);
            return null;
        });
    }

    List<MilestoneEvidence> evidence(long targetId) {
        Target target = target(unitOfWork.read(), targetId);
        return unitOfWork.read().milestoneEvidence().find(List.of(target.id()), target.scopeCode());
    }

    MilestoneEvidence recordEvidence(long targetId, LocalDate completedOn, String note, String fileName,
                                     String contentType, byte[] content) {
        String cleanNote = clean(note);
        String cleanName = clean(fileName);
        boolean file = content != null;
        if (completedOn == null && cleanNote == null && !file) {
            throw new IndicatorException(I18n.tr("indicators.error.evidenceEmpty"));
        }
        if (file && cleanName == null) {
            throw new IndicatorException(I18n.tr("indicators.error.fileName"));
        }
        if (file && content.length > MAX_FILE_BYTES) {
            throw new IndicatorException(I18n.tr("indicators.error.fileTooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        checkNote(cleanNote);
        return unitOfWork.inTransaction(repositories -> {
            Target target = target(repositories, targetId);
            if (!TargetMeasurement.isMilestone(target,
                    repositories.indicators().findByCode(target.indicatorCode()).orElseThrow())) {
                throw new IndicatorException(I18n.tr("indicators.error.notMilestone", target.code()));
            }
            MilestoneEvidence evidence = new MilestoneEvidence(0, target.id(), target.scopeCode(), completedOn,
                    cleanNote, file ? cleanName : null, file ? clean(contentType) : null,
                    file ? (long) content.length : null, file ? sha256(content) : null, user, null);
            long id = repositories.milestoneEvidence().insert(evidence, content);
            MilestoneEvidence stored = repositories.milestoneEvidence().findById(id).orElseThrow();
            repositories.audit().write(user, EVIDENCE_TABLE, String.valueOf(id), AuditAction.INSERT, null, stored);
            return stored;
        });
    }

    byte[] evidenceFile(long evidenceId) {
        return unitOfWork.read().milestoneEvidence().content(evidenceId).orElse(new byte[0]);
    }

    void deleteEvidence(long id) {
        unitOfWork.inTransaction(repositories -> {
            MilestoneEvidence old = repositories.milestoneEvidence().findById(id).orElseThrow(() ->
                    new IndicatorException(I18n.tr("indicators.error.evidenceNotFound", String.valueOf(id))));
            repositories.milestoneEvidence().delete(id);
            repositories.audit().write(user, EVIDENCE_TABLE, String.valueOf(id), AuditAction.DELETE, old, null);
            return null;
        });
    }

    /** The evidence as drill-down rows: what lies behind a milestone's status. */
    List<DrillDownRow> evidenceRows(Target target) {
        List<DrillDownRow> rows = new ArrayList<>();
        for (MilestoneEvidence e : unitOfWork.read().milestoneEvidence().find(List.of(target.id()), target.scopeCode())) {
            String label = e.hasFile() ? e.fileName() : e.note() == null ? "" : e.note();
            rows.add(new DrillDownRow(EVIDENCE_TABLE, e.id(), label, e.completedOn(),
                    e.hasFile() && e.note() != null ? e.note() : ""));
        }
        return rows;
    }

    /** Manual values as drill-down rows, latest period first. */
    static List<DrillDownRow> manualRows(List<ManualValue> values) {
        List<DrillDownRow> rows = new ArrayList<>();
        for (int i = values.size() - 1; i >= 0; i--) {
            ManualValue v = values.get(i);
            rows.add(new DrillDownRow(MANUAL_TABLE, v.id(), v.periodStart() + " – " + v.periodEnd(), v.periodEnd(),
                    Decimals.text(v.value()) + (v.note() == null ? "" : "  " + v.note())));
        }
        return rows;
    }

    private static Target target(Repositories repositories, long id) {
        return repositories.targets().findById(id).orElseThrow(() ->
                new IndicatorException(I18n.tr("indicators.error.targetNotFound", String.valueOf(id))));
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new IndicatorException(I18n.tr("indicators.error.noteTooLong", MAX_NOTE));
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
