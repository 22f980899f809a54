package org.ecopark.ledger.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.ecopark.ledger.model.LedgerFault;
import org.h2.api.ErrorCode;

/**
 * A database that cannot be opened, migrated, read, written or closed. When the cause is one the user can act on
 * (a full disk, a read-only file, a ledger in use…) it carries that {@link LedgerFault}, found by
 * {@link DatabaseFaults}; the message is for the log, in English, and never shown as it is.
 */
public class DatabaseException extends RuntimeException {

    private final transient LedgerFault fault;
    private final transient Path file;
    private final boolean atOpen;
    private final String server;

    public DatabaseException(String message, Throwable cause) {
        this(message, cause, null, null, false);
    }

    /**
     * @param fault  what the user can act on, or null when it is not known
     * @param file   the ledger file ({@code .mv.db}), or null
     * @param atOpen whether it happened while the ledger was being opened (else while it was open)
     */
    public DatabaseException(String message, Throwable cause, LedgerFault fault, Path file, boolean atOpen) {
        this(message, cause, fault, file, atOpen, null);
    }

    /** A ledger on the server {@code server} (its address) could not be opened. */
    public DatabaseException(String message, Throwable cause, LedgerFault fault, String server) {
        this(message, cause, fault, null, true, server);
    }

    private DatabaseException(String message, Throwable cause, LedgerFault fault, Path file, boolean atOpen,
                              String server) {
        super(message, cause);
        this.fault = fault;
        this.file = file;
        this.atOpen = atOpen;
        this.server = server;
    }

    /** The address of the server the ledger lives on, when it is on one. */
    public Optional<String> server() {
        return Optional.ofNullable(server);
    }

    public Optional<LedgerFault> fault() {
        return Optional.ofNullable(fault);
    }

    /** The ledger file the fault concerns, when known. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the ledger was being opened (or created) rather than used. */
    public boolean atOpen() {
        return atOpen;
    }

    /** Whether the file did not open because another program (a window, a command) holds it open. */
    public boolean fileInUse() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }
}
