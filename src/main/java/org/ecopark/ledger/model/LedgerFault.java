package org.ecopark.ledger.model;

/**
 * Why the ledger file could not be opened, read or written, in the terms the user can act on. The database layer
 * tells these apart (by H2's error codes, the I/O error under them, and a look at the file and its folder); the
 * window and the commands say each in one plain sentence.
 */
public enum LedgerFault {
    /** Another program (normally another window or command of this program) holds the file open. */
    IN_USE(false),
    /** The file is encrypted and no password was given. */
    PASSWORD_NEEDED(false),
    /** The password given does not open the file. */
    WRONG_PASSWORD(false),
    /** The file is not a ledger, or is damaged beyond what the database can read. */
    DAMAGED(false),
    /** The file may not be written (read-only attribute or permissions, a read-only medium). */
    READ_ONLY_FILE(false),
    /** A new ledger cannot be made in its folder, which may not be written. */
    READ_ONLY_FOLDER(false),
    /** The folder of a new ledger cannot be made (a file in the way, no permission). */
    FOLDER_NOT_CREATED(false),
    /** The disk holding the file is full. */
    DISK_FULL(true),
    /** The file or its folder is no longer there (a network share or a USB disk gone). */
    UNREACHABLE(true),
    /** Reading or writing the file failed for another reason (a disk error). */
    IO_ERROR(true),
    /** The ledger's server does not answer (a wrong host or port, the server stopped, the network down). */
    SERVER_UNREACHABLE(false),
    /** The server refused the user: a wrong password, an unknown user, or the user may not use the database. */
    SERVER_LOGIN_REFUSED(false),
    /** The server has no database of the name given (the administrator makes it, see the README). */
    SERVER_NO_DATABASE(false),
    /**
     * The user may not do what opening needs: read and write the ledger's tables (no rights granted), or make or
     * upgrade its schema (only the database's owner may; see the README's recipe for an office server).
     */
    SERVER_NO_RIGHTS(false),
    /** The ledger's schema is newer than this program's: a newer program upgraded it. */
    SCHEMA_NEWER(false);

    private final boolean closesLedger;

    LedgerFault(boolean closesLedger) {
        this.closesLedger = closesLedger;
    }

    /**
     * Whether the fault, met while the ledger is open, leaves it closed: the database stops at the first failed write
     * to the file, and what had not reached the file by then is not in it. The window offers to open it again.
     */
    public boolean closesLedger() {
        return closesLedger;
    }
}
