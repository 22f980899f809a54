package org.ecopark.ledger.logic.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.model.StandardLevel;

/**
 * Checks the pattern of a Chinese standard code and derives the standard's level from it. Standard
 * codes carry no check digit, so this catches malformed codes and normalises spelling, so that
 * "GBT14848-2017" and "GB/T 14848—2017" are recognised as one standard when standards drafted are counted.
 *
 * <p>Accepted: national GB, GB/T, GB/Z and the other GB-prefixed codes (GBZ, GBJ); industry codes of
 * two or three letters with an optional /T or /Z (HJ, HJ/T, JB/T, HG/T, CJ/T, JGJ/T …); local
 * DBnn or DBnnnn (city level) with / (mandatory) or /T; group T/ + association letters; enterprise Q/ +
 * enterprise code. Then the number (digits, optionally .digits parts), "-" and a 4-digit year.
 *
 * <p>Decisions: typing variants are normalised silently, not warned about, because they cannot change
 * which standard is meant: full-width characters, en/em dashes (and the 一 an input method leaves
 * for a dash), spaces, and a missing slash where the letters make it unambiguous (GBT, HJT, DB37T;
 * a three-letter code ending in T is read as two letters + /T, no real code ends so; GBZ is a real
 * code and stays). Canonical spacing is prefix, one space, number: "GB/T 14848-2017",
 * "DB37/ 3416.1-2018" for a mandatory local standard. Warnings: a local standard of another province
 * ({@code validation.standard.otherProvince}) and an old 2-digit year. One result carries one message;
 * when both warnings apply, the province one is reported.
 */
public final class StandardCodeCheck {

    public static final String KEY_REQUIRED = "validation.standard.required";
    public static final String KEY_FORMAT = "validation.standard.format";
    public static final String KEY_YEAR_MISSING = "validation.standard.yearMissing";
    public static final String KEY_YEAR = "validation.standard.year";
    public static final String KEY_TWO_DIGIT_YEAR = "validation.standard.twoDigitYear";
    public static final String KEY_PROVINCE = "validation.standard.province";
    public static final String KEY_OTHER_PROVINCE = "validation.standard.otherProvince";

    private static final String NUMBER = "\\s*(\\d+(?:\\.\\d+)*)";
    private static final String YEAR = "(?:\\s*-\\s*(\\d{4}|\\d{2}))";
    private static final Pattern GROUP = Pattern.compile("T\\s*/\\s*([A-Z]+)" + NUMBER + YEAR + "?");
    private static final Pattern ENTERPRISE = Pattern.compile(
            "Q\\s*/\\s*(?:([A-Z0-9]+)\\s+|([A-Z]+))(\\d+(?:\\.\\d+)*)" + YEAR + "?");
    private static final Pattern LOCAL = Pattern.compile("DB\\s*(\\d{2}|\\d{4})(?:\\s*(/\\s*T?|T)\\s*|\\s+)"
            + "(\\d+(?:\\.\\d+)*)" + YEAR + "?");
    private static final Pattern NATIONAL_OR_INDUSTRY = Pattern.compile(
            "([A-Z]{2,3})(?:\\s*/\\s*([TZ]))?" + NUMBER + YEAR + "?");

    private static final String SHANDONG = "37";
    /** Province-level division codes of GB/T 2260 that issue local standards (mainland). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    private static final int FIRST_YEAR = 1950;
    private static final int LAST_YEAR = 2099;

    /** The outcome of a check plus the level the code tells, empty when refused. */
    public record Result(CodeCheckResult check, Optional<StandardLevel> level) {

        public Result {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(level, "level");
        }

        static Result refused(CodeCheckResult check) {
            return new Result(check, Optional.empty());
        }
    }

    /** A parsed code before its year is judged. */
    private record Parsed(String prefix, String number, String year, StandardLevel level, String province) {
    }

    private StandardCodeCheck() {
    }

    public static Result check(String input) {
        String cleaned = CodeInput.singleSpaced(unifyDashes(CodeInput.clean(input)).replace('_', '/'));
        if (cleaned.isEmpty()) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_REQUIRED));
        }
        Optional<Parsed> parsed = parse(cleaned);
        if (parsed.isEmpty()) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_FORMAT, Excerpt.of(cleaned)));
        }
        Parsed code = parsed.get();
        if (code.province() != null && !validDivision(code.province())) {
            return Result.refused(CodeCheckResult.error(cleaned, KEY_PROVINCE, code.province()));
        }
        String undated = code.prefix() + " " + code.number();
        if (code.year() == null) {
            return Result.refused(CodeCheckResult.error(undated, KEY_YEAR_MISSING, undated));
        }
        String normalised = undated + "-" + code.year();
        Optional<StandardLevel> level = Optional.of(code.level());
        if (code.year().length() == 4) {
            int year = Integer.parseInt(code.year());
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Result.refused(CodeCheckResult.error(normalised, KEY_YEAR, code.year()));
            }
        }
        if (code.province() != null && !code.province().startsWith(SHANDONG)) {
            return new Result(CodeCheckResult.warning(normalised, KEY_OTHER_PROVINCE, normalised,
                    code.province().substring(0, 2)), level);
        }
        if (code.year().length() == 2) {
            return new Result(CodeCheckResult.warning(normalised, KEY_TWO_DIGIT_YEAR, normalised), level);
        }
        return new Result(CodeCheckResult.ok(normalised), level);
    }

    private static Optional<Parsed> parse(String code) {
        Matcher m = GROUP.matcher(code);
        if (m.matches()) {
            return Optional.of(new Parsed("T/" + m.group(1), m.group(2), m.group(3), StandardLevel.GROUP, null));
        }
        m = ENTERPRISE.matcher(code);
        if (m.matches()) {
            String enterprise = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new Parsed("Q/" + enterprise, m.group(3), m.group(4), StandardLevel.ENTERPRISE, null));
        }
        m = LOCAL.matcher(code);
        if (m.matches()) {
            boolean recommended = m.group(2) != null && m.group(2).endsWith("T");
            String prefix = "DB" + m.group(1) + (recommended ? "/T" : "/");
            return Optional.of(new Parsed(prefix, m.group(3), m.group(4), StandardLevel.LOCAL, m.group(1)));
        }
        m = NATIONAL_OR_INDUSTRY.matcher(code);
        if (m.matches() && !m.group(1).startsWith("DB")) {
            String letters = m.group(1);
            String suffix = m.group(2);
            if (suffix == null && letters.length() == 3 && letters.endsWith("T")) {
                letters = letters.substring(0, 2);
                suffix = "T";
            }
            String prefix = suffix == null ? letters : letters + "/" + suffix;
            StandardLevel level = letters.startsWith("GB") ? StandardLevel.NATIONAL : StandardLevel.INDUSTRY;
            return Optional.of(new Parsed(prefix, m.group(3), m.group(4), level, null));
        }
        return Optional.empty();
    }

    /** A province code, or a city code (4 digits since the 2018 standardisation law) within one. */
    private static boolean validDivision(String division) {
        return PROVINCES.contains(division.substring(0, 2))
                && (division.length() == 2 || !division.endsWith("00"));
    }

    private static String unifyDashes(String s) {
        return s.replaceAll("[\u2010-\u2015\u2212\uFE58\uFE63\u4E00]", "-");
    }
}
