package org.ecopark.ledger.logic.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.model.PatentType;

/**
 * Checks a Chinese patent number (专利号, i.e. the application number with its check digit) and tells
 * the patent type from it. "Patents granted" is a plan target, so a mistyped number would count one
 * patent twice or hide a duplicate.
 *
 * <p>Two forms: since 2003-10-01, 4-digit year + type digit + 7-digit serial (12 digits); before that,
 * 2-digit year + type digit + 5-digit serial (8 digits). Type digit 1 invention, 2 utility model,
 * 3 design, 8 PCT invention entering China, 9 PCT utility model entering China. The check digit is the
 * weighted sum (weights 2..9, then 2..5 for the 12-digit form) mod 11, with 10 written X. The algorithm
 * was verified against real published numbers (see the test). Accepted spellings: an optional ZL or CN
 * prefix, spaces anywhere (certificates print "ZL 2022 2 0475134.9"), full-width characters, and a
 * missing dot when the digit count makes the split unambiguous (13 or 9 characters). The canonical
 * form is {@code ZL} + digits + {@code .} + check.
 *
 * <p>Decision on publication numbers: a grant publication number (授权公告号, CN + 9 digits + B for
 * inventions, U for utility models, S for designs) names the same granted patent, so it is accepted
 * with a WARNING and its type taken from the kind code; it has no check digit and the ledger prefers
 * the certificate's 专利号. An application publication (kind A) is refused: it means "not yet granted".
 */
public final class PatentNumberCheck {

    public static final String KEY_REQUIRED = "validation.patent.required";
    public static final String KEY_FORMAT = "validation.patent.format";
    public static final String KEY_CHECK_DIGIT_MISSING = "validation.patent.checkDigitMissing";
    public static final String KEY_YEAR = "validation.patent.year";
    public static final String KEY_TYPE = "validation.patent.type";
    public static final String KEY_CHECK = "validation.patent.check";
    public static final String KEY_PUBLICATION_NUMBER = "validation.patent.publicationNumber";
    public static final String KEY_APPLICATION_PUBLICATION = "validation.patent.applicationPublication";

    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
    private static final Pattern DOTTED = Pattern.compile("(\\d{12}|\\d{8})\\.([0-9X])");
    private static final Pattern UNDOTTED = Pattern.compile("(\\d{12}|\\d{8})([0-9X])");
    private static final Pattern NO_CHECK_DIGIT = Pattern.compile("\\d{12}|\\d{8}");
    private static final Pattern PUBLICATION = Pattern.compile("(\\d{9})([ABUS])");
    private static final int FIRST_NEW_FORM_YEAR = 2003;
    private static final int LAST_PLAUSIBLE_YEAR = 2099;

    /** The outcome of a check plus the type the number tells, empty when refused. */
    public record Result(CodeCheckResult check, Optional<PatentType> type) {

        public Result {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(type, "type");
        }

        static Result refused(CodeCheckResult check) {
            return new Result(check, Optional.empty());
        }
    }

    private PatentNumberCheck() {
    }

    public static Result check(String input) {
        String cleaned = CodeInput.withoutWhitespace(CodeInput.clean(input).replace('。', '.'));
        if (cleaned.isEmpty()) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_REQUIRED));
        }
        boolean cnPrefix = cleaned.startsWith("CN");
        String body = cleaned.startsWith("ZL") || cnPrefix ? cleaned.substring(2) : cleaned;

        Matcher publication = PUBLICATION.matcher(body);
        if (!cleaned.startsWith("ZL") && publication.matches()) {
            return checkPublication(publication.group(1), publication.group(2).charAt(0), cleaned);
        }
        Matcher dotted = DOTTED.matcher(body);
        if (dotted.matches()) {
            return checkApplication(dotted.group(1), dotted.group(2).charAt(0), cleaned);
        }
        Matcher undotted = UNDOTTED.matcher(body);
        if (undotted.matches() && (undotted.group(1).length() == 12 || plausibleOldForm(undotted.group(1)))) {
            return checkApplication(undotted.group(1), undotted.group(2).charAt(0), cleaned);
        }
        if (NO_CHECK_DIGIT.matcher(body).matches()) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_CHECK_DIGIT_MISSING, cleaned));
        }
        return Result.refused(CodeCheckResult.error(cleaned, KEY_FORMAT, Excerpt.of(cleaned)));
    }

    /**
     * The check digit for an 8- or 12-digit application number.
     *
     * @throws IllegalArgumentException unless {@code digits} is 8 or 12 ASCII digits
     */
    public static char checkDigit(String digits) {
        if (digits == null || !NO_CHECK_DIGIT.matcher(digits).matches()) {
            throw new IllegalArgumentException("8 or 12 digits expected: " + digits);
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static Result checkApplication(String digits, char check, String cleaned) {
        boolean newForm = digits.length() == 12;
        String year = newForm ? digits.substring(0, 4) : digits.substring(0, 2);
        if (newForm ? !plausibleNewFormYear(year) : !plausibleOldFormYear(year)) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_YEAR, year));
        }
        char typeDigit = digits.charAt(year.length());
        Optional<PatentType> type = typeOf(typeDigit);
        if (type.isEmpty()) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_TYPE, String.valueOf(typeDigit)));
        }
        String normalised = "ZL" + digits + "." + check;
        if (checkDigit(digits) != check) {
            return Result.refused(CodeCheckResult.error(normalised, KEY_CHECK, normalised));
        }
        return new Result(CodeCheckResult.ok(normalised), type);
    }

    private static Result checkPublication(String digits, char kind, String cleaned) {
        String normalised = "CN" + digits + kind;
        if (kind == 'A') {
            return Result.refused(CodeCheckResult.error(normalised, KEY_APPLICATION_PUBLICATION, normalised));
        }
        PatentType type = switch (kind) {
            case 'B' -> PatentType.INVENTION;
            case 'U' -> PatentType.UTILITY_MODEL;
            default -> PatentType.DESIGN;
        };
        // Since 2007 the first digit of a publication number tells the type as well; they must agree.
        char expectedFirst = switch (type) {
            case INVENTION -> '1';
            case UTILITY_MODEL -> '2';
            case DESIGN -> '3';
        };
        if (digits.charAt(0) != expectedFirst) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_FORMAT, Excerpt.of(cleaned)));
        }
        return new Result(CodeCheckResult.warning(normalised, KEY_PUBLICATION_NUMBER, normalised), Optional.of(type));
    }

    private static Optional<PatentType> typeOf(char typeDigit) {
        return switch (typeDigit) {
            case '1', '8' -> Optional.of(PatentType.INVENTION);
            case '2', '9' -> Optional.of(PatentType.UTILITY_MODEL);
            case '3' -> Optional.of(PatentType.DESIGN);
            default -> Optional.empty();
        };
    }

    /**
     * Nine undotted digits are taken as an old-form number only when year and type fit; otherwise they
     * are more likely a publication number that lost its kind letter, and guessing would mislead.
     */
    private static boolean plausibleOldForm(String digits8) {
        return plausibleOldFormYear(digits8.substring(0, 2)) && typeOf(digits8.charAt(2)).isPresent();
    }

    /** The 1985 patent law to the 2003 change of form. */
    private static boolean plausibleOldFormYear(String yy) {
        int year = Integer.parseInt(yy);
        return year >= 85 || year <= 3;
    }

    private static boolean plausibleNewFormYear(String yyyy) {
        int year = Integer.parseInt(yyyy);
        return year >= FIRST_NEW_FORM_YEAR && year <= LAST_PLAUSIBLE_YEAR;
    }
}
