package org.ecopark.ledger.cli;

/** A command that cannot do what was asked, with a translated message for the user. */
public class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(String message) {
        this(message, 1);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** @param cause what went wrong underneath, for the log only */
    public UserException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
