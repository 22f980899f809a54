package org.ecopark.ledger.logic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccCheckTest {

    /**
     * Real codes whose check character was computed independently (a Python script) before being
     * written here; each is published in public material, named where the source names the holder.
     */
    static Stream<String> realCodes() {
        return Stream.of(
                // 华为技术有限公司; attributed so in several public repositories (contract templates, validator tests)
                "914403001922038216",
                // 腾讯科技（深圳）有限公司; public API examples and test data in several repositories
                "9144030071526726XG",
                // 海尔 (Qingdao, 370200), as the brief names it; the stored sources quote the code without
                // naming the holder, so only the check character is verified, not the attribution
                "91370200163562681G",
                // 沐沧科技（淄博）有限公司 (Zibo, 370303): the company's own website footer; an MA… organisation code
                "91370303MAKEJDBW7N",
                // 深圳市腾讯计算机系统有限公司; public validator test ("real USCC numbers pass")
                "91440300708461136T",
                // 阿里巴巴（中国）有限公司; public API examples
                "91330100799655058B",
                // 小米科技有限责任公司; public sample data
                "91110108551385082Q",
                // published as a "registered enterprise" sample (holder not named); organisation code M000100Y4
                "91350100M000100Y43",
                // non-enterprise samples quoted in a public validator (holders not named):
                "12330109560571805W", // 1-2 机构编制 / 事业单位
                "52440111MJK9980480", // 5-2 民政 / 民办非企业单位
                "31430000MD0217741Q"); // 3-1 司法行政 / 律师执业机构
    }

    @ParameterizedTest
    @MethodSource("realCodes")
    void realPublishedCodesPass(String code) {
        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(result.normalised()).isEqualTo(code);
        assertThat(result.messageKey()).isNull();
    }

    @ParameterizedTest
    @MethodSource("realCodes")
    void aChangedCharacterIsRefused(String code) {
        for (int position = 0; position < code.length(); position++) {
            for (char replacement : UsccCheck.CHARSET.toCharArray()) {
                if (replacement == code.charAt(position)) {
                    continue;
                }
                String mutated = code.substring(0, position) + replacement + code.substring(position + 1);
                assertThat(UsccCheck.check(mutated).severity())
                        .as("%s changed at %d to %s", code, position + 1, replacement)
                        .isEqualTo(Severity.ERROR);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("realCodes")
    void swappedNeighboursAreRefused(String code) {
        for (int i = 0; i + 1 < code.length(); i++) {
            if (code.charAt(i) == code.charAt(i + 1)) {
                continue;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertThat(UsccCheck.check(swapped).severity()).as("%s swapped at %d", code, i + 1).isEqualTo(Severity.ERROR);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "' 91370200163562681g ',                              91370200163562681G",
        "９１３７０２００１６３５６２６８１Ｇ,                 91370200163562681G",
        "'9137 0200 1635 6268 1G',                            91370200163562681G",
        "'\u3000９１３７０３０３ＭＡＫＥＪＤＢＷ７ｎ\u3000',   91370303MAKEJDBW7N",
    })
    void pastedVariantsAreNormalisedBeforeTheCheck(String input, String normalised) {
        CodeCheckResult result = UsccCheck.check(input);

        assertThat(result.severity()).isEqualTo(Severity.OK);
        assertThat(result.normalised()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({
        "9137020016356268OG, 17, O",
        "91370200I63562681G, 9, I",
        "9Z370200163562681G, 2, Z",
        "91370200163562681S, 18, S",
        "91370200163V62681G, 12, V",
        "91370200163562681-, 18, -",
    })
    void lettersOutsideTheCharsetAreRefused(String code, String position, String character) {
        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_CHARSET);
        assertThat(result.args()).containsExactly(position, character);
    }

    @ParameterizedTest
    @CsvSource({"9137020016356268, 16", "91370200163562681G1, 19", "91370200-163562681G, 19"})
    void aWrongLengthIsRefused(String code, String length) {
        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_LENGTH);
        assertThat(result.args()).containsExactly(length);
        assertThat(result.blocksSaving()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u3000"})
    void aMissingCodeIsRefused(String input) {
        CodeCheckResult result = UsccCheck.check(input);

        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_REQUIRED);
        assertThat(result.normalised()).isEmpty();
    }

    @Test
    void aChangedCheckCharacterIsRefusedWithTheCheckKey() {
        CodeCheckResult result = UsccCheck.check("91370200163562681H");

        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_CHECK);
        assertThat(result.args()).containsExactly("91370200163562681H");
    }

    @Test
    void aDivisionCodeWithLettersIsRefusedEvenWhenTheCheckCharacterFits() {
        String code = withCheckCharacter("9137A200163562681");

        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_DIVISION);
        assertThat(result.args()).containsExactly("37A200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49",
        "51", "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93",
        "A1", "A9", "N1", "N2", "N3", "N9", "Y1"})
    void everyPairListedByTheStandardIsAccepted(String pair) {
        String code = withCheckCharacter(pair + "370200163562681");

        assertThat(UsccCheck.check(code).severity()).isEqualTo(Severity.OK);
    }

    /** Pairs outside the table, made up here with a fitting check character (no real code behind them). */
    @ParameterizedTest
    @CsvSource({"94, 9, 4", "99, 9, 9", "G1, G, 1", "Y2, Y, 2", "14, 1, 4", "B1, B, 1"})
    void aPairTheStandardDoesNotListOnlyWarns(String pair, String authority, String entityType) {
        String code = withCheckCharacter(pair + "370200163562681");

        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_ENTITY_TYPE);
        assertThat(result.args()).containsExactly(authority, entityType);
    }

    /** Haier's code with the organisation code's own check digit altered and the 18th recomputed. */
    @Test
    void aFailedOrganisationCodeCheckOnAnOtherwiseValidCodeOnlyWarns() {
        String code = withCheckCharacter("91370200163562682");

        CodeCheckResult result = UsccCheck.check(code);

        assertThat(result.severity()).isEqualTo(Severity.WARNING);
        assertThat(result.messageKey()).isEqualTo(UsccCheck.KEY_ORG_CODE);
        assertThat(result.args()).containsExactly("163562682");
        assertThat(result.blocksSaving()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"16356268, 1", "71526726, X", "MAKEJDBW, 7", "M000100Y, 4", "MJK99804, 8", "05555990, 1"})
    void theOrganisationCodeCheckFollowsGb11714(String body, char check) {
        assertThat(UsccCheck.orgCodeCheckCharacter(body)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"91440300192203821, 6", "9144030071526726X, G", "91370200163562681, G", "52440111MJK998048, 0"})
    void theCheckCharacterIsComputedFromTheFirstSeventeen(String first17, char check) {
        assertThat(UsccCheck.checkCharacter(first17)).isEqualTo(check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9137020016356268", "913702001635626811", "9137020016356268O"})
    void theCheckCharacterNeedsSeventeenCharsetCharacters(String first17) {
        assertThatIllegalArgumentException().isThrownBy(() -> UsccCheck.checkCharacter(first17));
    }

    @ParameterizedTest
    @CsvSource({
        "91370200163562681G, true",
        "91370303MAKEJDBW7N, true",
        "'９１３７０２００１６３５６２６８１ｇ', true",
        "914403001922038216, false",
        "9137020016356268, false",
    })
    void shandongIsTheDivisionCodeStartingWith37(String code, boolean shandong) {
        assertThat(UsccCheck.isShandong(code)).isEqualTo(shandong);
    }

    @Test
    void checkLeavesTheProvinceToTheCaller() {
        assertThat(UsccCheck.isShandong(null)).isFalse();
        assertThat(UsccCheck.check("914403001922038216").isOk()).isTrue();
    }

    private static String withCheckCharacter(String first17) {
        return first17 + UsccCheck.checkCharacter(first17);
    }
}
