package org.ecopark.ledger.logic.backup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.demo.DemoService;

/** A backup in the user's words, the same in the window and on the command line. */
public final class BackupText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final long KB = 1024;

    private BackupText() {
    }

    public static String madeAt(BackupEntry entry) {
        return WHEN.format(entry.label().madeAt());
    }

    public static String reason(BackupReason reason) {
        return I18n.tr("backup.reason." + reason.name());
    }

    /** "1.3 MB", "412 KB". */
    public static String size(long bytes) {
        if (bytes < KB * KB) {
            return I18n.tr("backup.size.kb", Math.max(1, Math.round(bytes / (double) KB)));
        }
        return I18n.tr("backup.size.mb", String.format(I18n.locale(), "%.1f", bytes / (double) (KB * KB)));
    }

    /** What a restore found in the backup beyond its records: the schema it was migrated from, the check's findings. */
    public static List<String> restoreNotes(PreparedRestore restore) {
        List<String> notes = new ArrayList<>();
        String from = restore.backup().label().schemaVersion();
        if (from != null && !from.equals(restore.schemaVersion())) {
            notes.add(I18n.tr("backup.restore.migrated", from, restore.schemaVersion()));
        }
        notes.addAll(restore.checkLines());
        return notes;
    }

    /** "企业 42，专利 208，…" for the tables that hold rows, or a word that the counts are unknown. */
    public static String counts(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return I18n.tr("backup.counts.unknown");
        }
        Map<String, Integer> held = new LinkedHashMap<>();
        counts.forEach((table, count) -> {
            if (count > 0) {
                held.put(table, count);
            }
        });
        return held.isEmpty() ? I18n.tr("backup.counts.none") : DemoService.describe(held);
    }
}
