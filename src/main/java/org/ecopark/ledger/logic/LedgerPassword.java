package org.ecopark.ledger.logic;

import java.util.Arrays;
import org.ecopark.ledger.persistence.LedgerKey;

/**
 * A ledger's password as the window and the commands hold it: already turned into the file's key (slow on purpose,
 * see {@link LedgerKey}), with the typed characters wiped. Nothing here can give the password back, and it is
 * never written or logged.
 */
public final class LedgerPassword {

    private final LedgerKey key;

    private LedgerPassword(LedgerKey key) {
        this.key = key;
    }

    /** Takes the password typed; {@code typed} is wiped. */
    public static LedgerPassword of(char[] typed) {
        try {
            return new LedgerPassword(LedgerKey.fromPassword(typed));
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    public LedgerKey key() {
        return key;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "LedgerPassword[hidden]";
    }
}
