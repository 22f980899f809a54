package org.ecopark.ledger.logic.records;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditEntry;

/**
 * A write refused because someone changed or deleted the record since the user's form read it; nothing was written.
 * It names the latest change of the record, as the audit log holds it: who (the clerk's user) and when. The user
 * may reload the record and enter the change again on what is stored now.
 */
public class RecordConflictException extends RecordWriteException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final String changedBy;
    private final Instant changedAt;
    private final boolean deleted;

    RecordConflictException(Optional<AuditEntry> latest, boolean deleted) {
        super(message(latest, deleted), null);
        this.changedBy = latest.map(AuditEntry::changedBy).orElse(null);
        this.changedAt = latest.map(AuditEntry::changedAt).orElse(null);
        this.deleted = deleted;
    }

    private static String message(Optional<AuditEntry> latest, boolean deleted) {
        String kind = deleted ? "deleted" : "changed";
        return latest.map(entry -> I18n.tr("records.conflict." + kind, entry.changedBy(), WHEN.format(entry.changedAt())))
                .orElseGet(() -> I18n.tr("records.conflict." + kind + "Unknown"));
    }

    /** The user who changed or deleted the record last, as the audit log names them; null when it holds no change. */
    public String changedBy() {
        return changedBy;
    }

    /** When that was; null when the audit log holds no change of the record. */
    public Instant changedAt() {
        return changedAt;
    }

    /** Whether the record was deleted (else changed). */
    public boolean deleted() {
        return deleted;
    }
}
