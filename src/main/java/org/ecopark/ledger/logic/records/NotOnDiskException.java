package org.ecopark.ledger.logic.records;

/**
 * A write that is in the ledger, but that the disk refused to take for certain: it was committed and every screen
 * shows it, yet a power cut could still lose it. Unlike {@link RecordWriteException}, the ledger did change. The
 * message says so in the user's language.
 */
public class NotOnDiskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotOnDiskException(String message, Throwable cause) {
        super(message, cause);
    }
}
