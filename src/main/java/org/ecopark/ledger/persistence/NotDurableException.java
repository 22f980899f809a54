package org.ecopark.ledger.persistence;

import java.nio.file.Path;
import org.ecopark.ledger.model.LedgerFault;

/**
 * A commit that happened, but could not be forced onto the disk afterwards: the change was announced, and whether it
 * is in the file depends on why. When only the disk's confirmation failed (the sync), it is in the ledger but may not
 * survive a power cut; when writing the file failed ({@link #written()} false: a full disk, a share gone), the
 * database stopped at that write and the change is not in the file.
 */
public class NotDurableException extends DatabaseException {

    private final boolean written;

    public NotDurableException(String message, Throwable cause) {
        this(message, cause, null, null, true);
    }

    public NotDurableException(String message, Throwable cause, LedgerFault fault, Path file, boolean written) {
        super(message, cause, fault, file, false);
        this.written = written;
    }

    /** Whether the change reached the file, though unconfirmed by the disk; false when writing it failed. */
    public boolean written() {
        return written;
    }
}
