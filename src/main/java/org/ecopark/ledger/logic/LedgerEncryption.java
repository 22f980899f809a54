package org.ecopark.ledger.logic;

import java.nio.file.Path;
import org.ecopark.ledger.persistence.LedgerFiles;

/**
 * Encrypting a ledger with a password, changing the password, removing it. Each writes the closed ledger file anew
 * beside it and puts it in place in one move ({@link LedgerFiles#rewrite}): a failure at any moment (a full disk, a
 * wrong password, a crash) leaves the ledger as it was, under the password it had. No copy of the ledger as it was is
 * kept: an unencrypted one beside an encrypted ledger would undo the encryption, and one under the old password would
 * undo a change made because that password was known to others.
 */
public final class LedgerEncryption {

    private LedgerEncryption() {
    }

    /** Whether the ledger at {@code ledger} (with or without H2's ending) is encrypted. */
    public static boolean encrypted(Path ledger) {
        return LedgerFiles.isEncrypted(Services.fileOf(ledger));
    }

    /**
     * Puts the closed ledger at {@code ledger} under {@code next}: encrypts it, changes its password, or stores it in
     * clear ({@code next} null).
     *
     * @param current its password now; ignored for a ledger that is not encrypted
     * @throws org.ecopark.ledger.persistence.DatabaseException naming the fault ({@link LedgerFaults}): a wrong
     *                                                          {@code current}, the ledger in use, a full disk…
     */
    public static void change(Path ledger, LedgerPassword current, LedgerPassword next) {
        boolean encrypted = encrypted(ledger);
        LedgerFiles.rewrite(Services.fileOf(ledger), encrypted && current != null ? current.key() : null,
                next == null ? null : next.key());
    }
}
