package org.ecopark.ledger.gui;

import java.nio.file.Path;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerFaults;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.model.ServerAddress;

/**
 * Why the window has no ledger open: the ledger it tried, what the user is told, and what that allows (a password
 * to enter, a window to bring forward, the same ledger to open again).
 *
 * @param ledger  the ledger that failed
 * @param message one plain sentence; the details are in the log
 * @param fault   the fault of the file, or null for an error the program did not expect
 * @param holder  who holds the ledger open, when it is in use and that is known
 * @param stopped whether the ledger was open and a failure of its file stopped it
 */
public record OpenFailure(Path ledger, String message, LedgerFault fault, Optional<LedgerHolder> holder, boolean stopped,
                          ServerAddress server) {

    static OpenFailure of(Path ledger, Throwable error, boolean stopped) {
        String message = LedgerFaults.message(error).orElseGet(() -> error instanceof BureauException bureau
                ? bureau.getMessage() : I18n.tr("open.failed.unexpected", Services.fileOf(ledger)));
        return new OpenFailure(ledger, message, LedgerFaults.of(error).orElse(null), LedgerFaults.holder(error), stopped,
                null);
    }

    /**
     * The ledger on {@code server} did not open: the persistence layer's sentence for the fault (no server, a refused
     * login, no such database, a newer schema), the window's own where that one speaks of the command line.
     */
    static OpenFailure ofServer(ServerAddress server, Throwable error) {
        LedgerFault fault = LedgerFaults.of(error).orElse(null);
        String message = fault == LedgerFault.SERVER_LOGIN_REFUSED
                ? I18n.tr("open.server.loginRefused", server.user(), server.hostAndPort(), server.database())
                : LedgerFaults.message(error).orElseGet(() -> error instanceof BureauException bureau
                        ? bureau.getMessage() : I18n.tr("open.failed.unexpected", server));
        return new OpenFailure(null, message, fault, Optional.empty(), false, server);
    }

    /** No password was given for the ledger on {@code server}. */
    static OpenFailure noPassword(ServerAddress server) {
        return new OpenFailure(null, I18n.tr("open.server.noPassword", server.user(), server.hostAndPort()),
                LedgerFault.SERVER_LOGIN_REFUSED, Optional.empty(), false, server);
    }

    /** Whether a password would open it (it is encrypted, and none or a wrong one was given). */
    public boolean needsPassword() {
        return fault == LedgerFault.PASSWORD_NEEDED || fault == LedgerFault.WRONG_PASSWORD;
    }

    /** Whether it is a ledger on a server, whose connection the clerk may correct and try again. */
    public boolean onServer() {
        return server != null;
    }

    /** Whether the window holding it can be asked to come forward. */
    public boolean canBringForward() {
        return holder.map(LedgerHolder::canBeBroughtForward).orElse(false);
    }
}
