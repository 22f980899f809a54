package org.ecopark.ledger.logic.validation;

import java.util.Map;

/**
 * Checks an 18-character unified social credit code (统一社会信用代码, GB 32100-2015) before an
 * enterprise is saved: the code is the enterprise's key in every submission package, so a typo would
 * split one enterprise into two at the bureau.
 *
 * <p>Layout: 1 registration authority, 2 entity type, 3–8 administrative division (GB/T 2260),
 * 9–17 organisation code (GB 11714, its own check digit last), 18 check character over the first 17
 * (weights 3^i mod 31, check = 31 − sum mod 31). The charset has 31 characters, without I, O, Z, S, V.
 *
 * <p>What blocks saving: wrong length, a character outside the charset, a non-digit division code, or
 * a wrong check character (every single-character change and every swap of neighbours is caught).
 * What only warns: an authority/entity-type pair that GB 32100 and its amendments do not list (later
 * registration bodies such as public security for overseas NGOs were given codes after the standard;
 * the check character still proves the code was typed as issued), and a failed GB 11714 check on the
 * organisation code (early organisation codes exist for which it fails).
 */
public final class UsccCheck {

    public static final String KEY_REQUIRED = "validation.uscc.required";
    public static final String KEY_LENGTH = "validation.uscc.length";
    public static final String KEY_CHARSET = "validation.uscc.charset";
    public static final String KEY_DIVISION = "validation.uscc.division";
    public static final String KEY_CHECK = "validation.uscc.check";
    public static final String KEY_ENTITY_TYPE = "validation.uscc.entityType";
    public static final String KEY_ORG_CODE = "validation.uscc.orgcode";
    /** Not applied by {@link #check}: whether an out-of-province enterprise is odd is the caller's call. */
    public static final String KEY_NOT_SHANDONG = "validation.uscc.notShandong";

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int LENGTH = 18;

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String SHANDONG = "37";

    /**
     * Registration authority code -> the entity type codes listed for it in GB 32100-2015 table 1 with
     * its amendment (1 编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管,
     * A 中央军委改革和编制办公室, N 农业农村, Y 其他). Cross-checked against two independent public
     * implementations; anything else is a warning, not an error (see the class comment).
     */
    private static final Map<Character, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry('1', "1239"),
            Map.entry('2', "19"),
            Map.entry('3', "123459"),
            Map.entry('4', "19"),
            Map.entry('5', "1239"),
            Map.entry('6', "129"),
            Map.entry('7', "129"),
            Map.entry('8', "19"),
            Map.entry('9', "123"),
            Map.entry('A', "19"),
            Map.entry('N', "1239"),
            Map.entry('Y', "1"));

    private UsccCheck() {
    }

    /**
     * Checks a code as typed or pasted: surrounding and inner whitespace is dropped, full-width
     * characters are folded to half-width and letters upper-cased before checking.
     */
    public static CodeCheckResult check(String input) {
        String code = CodeInput.withoutWhitespace(CodeInput.clean(input));
        if (code.isEmpty()) {
            return CodeCheckResult.error(code, KEY_REQUIRED);
        }
        if (code.length() != LENGTH) {
            return CodeCheckResult.error(code, KEY_LENGTH, String.valueOf(code.length()));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return CodeCheckResult.error(code, KEY_CHARSET, String.valueOf(i + 1), String.valueOf(code.charAt(i)));
            }
        }
        String division = code.substring(2, 8);
        if (!division.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return CodeCheckResult.error(code, KEY_DIVISION, division);
        }
        if (checkCharacter(code.substring(0, LENGTH - 1)) != code.charAt(LENGTH - 1)) {
            return CodeCheckResult.error(code, KEY_CHECK, code);
        }
        char authority = code.charAt(0);
        char entityType = code.charAt(1);
        if (ENTITY_TYPES.getOrDefault(authority, "").indexOf(entityType) < 0) {
            return CodeCheckResult.warning(code, KEY_ENTITY_TYPE, String.valueOf(authority), String.valueOf(entityType));
        }
        String orgCode = code.substring(8, 17);
        if (orgCodeCheckCharacter(orgCode.substring(0, 8)) != orgCode.charAt(8)) {
            return CodeCheckResult.warning(code, KEY_ORG_CODE, orgCode);
        }
        return CodeCheckResult.ok(code);
    }

    /**
     * The 18th character for the first 17.
     *
     * @throws IllegalArgumentException unless {@code first17} is 17 characters of the code's charset
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit-code character at " + (i + 1) + ": " + first17);
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /**
     * Whether the registering division (positions 3–8) lies in Shandong, i.e. starts with 37. Does not
     * validate the code; call {@link #check} for that. A value that is not 18 characters is not Shandong.
     */
    public static boolean isShandong(String uscc) {
        String code = CodeInput.withoutWhitespace(CodeInput.clean(uscc));
        return code.length() == LENGTH && code.startsWith(SHANDONG, 2);
    }

    /**
     * GB 11714 check character over the 8-character body of an organisation code: digits count their
     * value, letters A=10 … Z=35; C9 = 11 − (weighted sum mod 11), 10 -> X, 11 -> 0.
     */
    static char orgCodeCheckCharacter(String body8) {
        int sum = 0;
        for (int i = 0; i < ORG_WEIGHTS.length; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 10) {
            return 'X';
        }
        return check == 11 ? '0' : (char) ('0' + check);
    }
}
