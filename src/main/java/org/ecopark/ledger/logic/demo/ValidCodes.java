package org.ecopark.ledger.logic.demo;

import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.logic.validation.UsccCheck;

/**
 * Makes fictitious codes that pass the ledger's checks without a warning: demo and benchmark data
 * must not teach the user to ignore a warning. The check characters come from the checks themselves,
 * so the two can never disagree.
 */
public final class ValidCodes {

    /** The characters GB 32100 allows in a credit code (no I, O, Z, S, V). */
    public static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final String ORG_CHECK_CANDIDATES = "0123456789X";

    private ValidCodes() {
    }

    /**
     * A unified social credit code for an enterprise registered by market regulation (91) in
     * {@code division} (6 digits, GB/T 2260), over an 8-character organisation code body: the
     * organisation code's GB 11714 check digit and the code's GB 32100 check character are computed.
     */
    public static String uscc(String division, String orgBody) {
        if (division.length() != 6 || orgBody.length() != 8) {
            throw new IllegalArgumentException("6-digit division and 8-character body expected");
        }
        // UsccCheck warns exactly when the organisation code's check digit is wrong, so exactly one candidate is OK
        for (char candidate : ORG_CHECK_CANDIDATES.toCharArray()) {
            String first17 = "91" + division + orgBody + candidate;
            String code = first17 + UsccCheck.checkCharacter(first17);
            if (UsccCheck.check(code).isOk()) {
                return code;
            }
        }
        throw new IllegalArgumentException("No valid organisation code over " + orgBody);
    }

    /** {@code value} in base 31 over {@link #USCC_CHARSET}, left-padded to {@code width} characters. */
    public static String base31(long value, int width) {
        char[] out = new char[width];
        long rest = value;
        for (int i = width - 1; i >= 0; i--) {
            out[i] = USCC_CHARSET.charAt((int) (rest % USCC_CHARSET.length()));
            rest /= USCC_CHARSET.length();
        }
        if (rest != 0) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " characters");
        }
        return new String(out);
    }

    /**
     * A patent number in its canonical form, ZL + application year + type digit (1 invention, 2 utility
     * model, 3 design) + 7-digit serial + "." + check digit.
     */
    public static String patentNumber(int year, int typeDigit, int serial) {
        if (serial < 0 || serial > 9_999_999 || typeDigit < 1 || typeDigit > 9) {
            throw new IllegalArgumentException("serial of 7 digits and a type digit expected");
        }
        String digits = String.format("%04d%d%07d", year, typeDigit, serial);
        return "ZL" + digits + "." + PatentNumberCheck.checkDigit(digits);
    }
}
