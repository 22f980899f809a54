package org.ecopark.ledger.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.DSLContext;

/** A digest of the whole content of some tables: equal before and after means nothing in them was written. */
public final class TableDigest {

    private TableDigest() {
    }

    public static String of(DSLContext dsl, String... tables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String table : tables) {
                digest.update(table.getBytes(StandardCharsets.UTF_8));
                // test code naming its own tables: no user input in this statement
                digest.update(dsl.fetch("select * from " + table + " order by 1").formatCSV().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has SHA-256", e);
        }
    }
}
