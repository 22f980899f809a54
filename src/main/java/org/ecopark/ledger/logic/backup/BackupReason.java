package org.ecopark.ledger.logic.backup;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a backup was made. The code stands in the backup's file name ({@code ledger-20261206-143012-before-demo.zip});
 * the user reads {@code backup.reason.<NAME>}.
 */
public enum BackupReason {
    /** When the window closed, at most once a day. */
    DAILY("daily"),
    /** 文件 → 备份, or {@code backup} on the command line. */
    MANUAL("manual"),
    /** Before the demo replaced the ledger's records. */
    BEFORE_DEMO("before-demo"),
    /** Before a workbook imported earlier was imported again, replacing the earlier import's values. */
    BEFORE_IMPORT("before-import"),
    /** Before the generator deleted the records of a park an interrupted run had left, to start it again. */
    BEFORE_GENERATE("before-generate"),
    /** Before a plan catalog of a newer release was loaded over the ledger's plans and targets. */
    BEFORE_PLAN("before-plan"),
    /** The ledger as it was just before a restore replaced it. */
    BEFORE_RESTORE("before-restore"),
    /** Before a new program version changed the database's structure (written beside the ledger). */
    UPGRADE("upgrade");

    private final String code;

    BackupReason(String code) {
        this.code = code;
    }

    /** The reason's word in a file name. */
    public String code() {
        return code;
    }

    public static Optional<BackupReason> ofCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
