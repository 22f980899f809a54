package org.ecopark.ledger.logic;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.persistence.DatabaseException;

/**
 * What the window and the commands say when the ledger file failed: one sentence in the user's language that says
 * what happened and what to do, never the database's own words (those go to the log). A fault met while opening is
 * said differently from one met while working in an open ledger, where "this change was not written" matters.
 */
public final class LedgerFaults {

    private static final String OPEN = "ledger.fault.open.";
    private static final String WORKING = "ledger.fault.";
    /** The schema version this program knows, for the message about a newer one. */
    private static final String NEWEST_SCHEMA = org.ecopark.ledger.persistence.Database.NEWEST_SCHEMA;

    private LedgerFaults() {
    }

    /** The fault of the ledger file behind {@code error}, if it is one. */
    public static Optional<LedgerFault> of(Throwable error) {
        return find(error).flatMap(DatabaseException::fault);
    }

    /** The plain sentence for {@code error} when it is a fault of the ledger file. */
    public static Optional<String> message(Throwable error) {
        return find(error).map(LedgerFaults::say);
    }

    /** Who holds the ledger at {@code file} open, when a fault says it is in use and the holder noted it. */
    public static Optional<LedgerHolder> holder(Throwable error) {
        return find(error).filter(e -> e.fault().orElseThrow() == LedgerFault.IN_USE)
                .flatMap(DatabaseException::file).flatMap(LedgerOwners::holderOf);
    }

    private static String say(DatabaseException error) {
        LedgerFault fault = error.fault().orElseThrow();
        Path file = error.file().orElse(null);
        if (fault == LedgerFault.IN_USE) {
            return inUse(file == null ? Optional.empty() : LedgerOwners.holderOf(file));
        }
        String key = !error.atOpen() && I18n.has(WORKING + fault.name()) ? WORKING + fault.name() : OPEN + fault.name();
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        String place = error.server().orElse(file == null ? "" : file.toString());
        return I18n.tr(key, place, folder == null ? "" : folder.toString(), NEWEST_SCHEMA);
    }

    /** "In use", with who holds it when known: a window or a command here, or a program on another computer. */
    static String inUse(Optional<LedgerHolder> holder) {
        if (holder.isEmpty()) {
            return I18n.tr("ledger.inUse.unknown");
        }
        LedgerHolder owner = holder.get();
        String pid = Long.toString(owner.pid());
        if (!owner.onThisComputer()) {
            return I18n.tr("ledger.inUse.otherComputer", pid, owner.host());
        }
        if (owner.command() != null) {
            return I18n.tr("ledger.inUse.command", pid, owner.command());
        }
        return I18n.tr(owner.window() ? "ledger.inUse.window" : "ledger.inUse.program", pid);
    }

    private static Optional<DatabaseException> find(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable current = error; current != null && seen.add(current); current = current.getCause()) {
            if (current instanceof DatabaseException database && database.fault().isPresent()) {
                return Optional.of(database);
            }
        }
        return Optional.empty();
    }
}
