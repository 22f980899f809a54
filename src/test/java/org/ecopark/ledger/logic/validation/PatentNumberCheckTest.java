package org.ecopark.ledger.logic.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.ecopark.ledger.model.PatentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PatentNumberCheckTest {

    /**
     * Real patent numbers as printed in public material (faculty pages, company certificate lists,
     * certificate text quoted in test data), each with its check digit recomputed independently before
     * it was written here. Together they cover both forms, all three types, a PCT entry (type 8) and
     * the check digit X. No verified PCT utility model (type 9) was found; that case is synthetic below.
     */
    static Stream<Arguments> realNumbers() {
        return Stream.of(
                // 12-digit form, inventions
                Arguments.of("ZL 202210026117.1", "ZL202210026117.1", PatentType.INVENTION),
                Arguments.of("ZL 201810294059.4", "ZL201810294059.4", PatentType.INVENTION),
                Arguments.of("ZL 201710821358.4", "ZL201710821358.4", PatentType.INVENTION),
                Arguments.of("ZL 2023101903442", "ZL202310190344.2", PatentType.INVENTION),
                Arguments.of("ZL 2018114367442", "ZL201811436744.2", PatentType.INVENTION),
                Arguments.of("ZL200510030457.8", "ZL200510030457.8", PatentType.INVENTION),
                Arguments.of("ZL200510025251.6", "ZL200510025251.6", PatentType.INVENTION),
                Arguments.of("ZL 2020 1 0430096.0", "ZL202010430096.0", PatentType.INVENTION),
                Arguments.of("ZL 2025 1 1071601.6", "ZL202511071601.6", PatentType.INVENTION),
                Arguments.of("ZL 2021 1 0231647.5", "ZL202110231647.5", PatentType.INVENTION),
                Arguments.of("ZL201410144513.X", "ZL201410144513.X", PatentType.INVENTION),
                Arguments.of("CN 2025 1 0031099.X", "ZL202510031099.X", PatentType.INVENTION),
                // PCT invention entering China
                Arguments.of("ZL201480005701.2", "ZL201480005701.2", PatentType.INVENTION),
                // utility models
                Arguments.of("ZL 2019204673278", "ZL201920467327.8", PatentType.UTILITY_MODEL),
                Arguments.of("ZL 2022 2 0475134.9", "ZL202220475134.9", PatentType.UTILITY_MODEL),
                Arguments.of("ZL 2022 2 1320670.8", "ZL202221320670.8", PatentType.UTILITY_MODEL),
                Arguments.of("ZL 2022 2 2946941.7", "ZL202222946941.7", PatentType.UTILITY_MODEL),
                Arguments.of("ZL 2019 2 0628344.5", "ZL201920628344.5", PatentType.UTILITY_MODEL),
                // designs
                Arguments.of("ZL201330496875.1", "ZL201330496875.1", PatentType.DESIGN),
                Arguments.of("ZL 201630089916.9", "ZL201630089916.9", PatentType.DESIGN),
                Arguments.of("ZL 201530376377.2", "ZL201530376377.2", PatentType.DESIGN),
                // pre-2003 8-digit form (SJTU faculty profile)
                Arguments.of("ZL99113861.9", "ZL99113861.9", PatentType.INVENTION),
                Arguments.of("ZL01105715.7", "ZL01105715.7", PatentType.INVENTION),
                Arguments.of("ZL00125301.8", "ZL00125301.8", PatentType.INVENTION),
                Arguments.of("ZL01126463.2", "ZL01126463.2", PatentType.INVENTION));
    }

    static Stream<String> realNormalisedNumbers() {
        return realNumbers().map(arguments -> (String) arguments.get()[1]);
    }

    @ParameterizedTest
    @MethodSource("realNumbers")
    void realPublishedNumbersPass(String input, String normalised, PatentType type) {
        PatentNumberCheck.Result result = PatentNumberCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.OK);
        assertThat(result.check().normalised()).isEqualTo(normalised);
        assertThat(result.type()).contains(type);
    }

    @ParameterizedTest
    @MethodSource("realNormalisedNumbers")
    void aChangedDigitIsRefused(String number) {
        for (int position = 2; position < number.length(); position++) {
            if (number.charAt(position) == '.') {
                continue;
            }
            for (char replacement : "0123456789X".toCharArray()) {
                if (replacement == number.charAt(position)) {
                    continue;
                }
                String mutated = number.substring(0, position) + replacement + number.substring(position + 1);
                assertThat(PatentNumberCheck.check(mutated).check().severity())
                        .as("%s changed at %d to %s", number, position + 1, replacement)
                        .isEqualTo(Severity.ERROR);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "CN202210026117.1",
        "zl202210026117.1",
        "202210026117.1",
        "2022100261171",
        "'  ZL 2022 1 0026117 . 1  '",
        "ＺＬ２０２２１００２６１１７．１",
        "ZL202210026117。1",
    })
    void spellingsAreNormalisedToZlDigitsDotCheck(String input) {
        PatentNumberCheck.Result result = PatentNumberCheck.check(input);

        assertThat(result.check().isOk()).isTrue();
        assertThat(result.check().normalised()).isEqualTo("ZL202210026117.1");
    }

    @Test
    void aWrongCheckDigitIsRefusedWithTheCheckKey() {
        CodeCheckResult result = PatentNumberCheck.check("ZL 201810294059.5").check();

        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.messageKey()).isEqualTo(PatentNumberCheck.KEY_CHECK);
        assertThat(result.args()).containsExactly("ZL201810294059.5");
    }

    @ParameterizedTest
    @CsvSource({"201410144513, X", "202210026117, 1", "99113861, 9", "01126463, 2", "201590012345, 7"})
    void theCheckDigitIsTheWeightedSumModEleven(String digits, char check) {
        assertThat(PatentNumberCheck.checkDigit(digits)).isEqualTo(check);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022100261", "20221002611X", "ZL202210026117"})
    void theCheckDigitNeedsEightOrTwelveDigits(String digits) {
        assertThatIllegalArgumentException().isThrownBy(() -> PatentNumberCheck.checkDigit(digits));
    }

    /** Made up: no verified real PCT utility model number was found; its digits are computed here. */
    @Test
    void typeDigitNineIsAUtilityModelEnteringFromPct() {
        PatentNumberCheck.Result result = PatentNumberCheck.check("ZL201590012345.7");

        assertThat(result.check().isOk()).isTrue();
        assertThat(result.type()).contains(PatentType.UTILITY_MODEL);
    }

    @ParameterizedTest
    @CsvSource({"ZL202240026117.1, 4", "ZL202200026117.1, 0", "ZL99513861.9, 5", "ZL202270026117.1, 7"})
    void anUnknownTypeDigitIsRefused(String number, String typeDigit) {
        PatentNumberCheck.Result result = PatentNumberCheck.check(number);

        assertThat(result.check().messageKey()).isEqualTo(PatentNumberCheck.KEY_TYPE);
        assertThat(result.check().args()).containsExactly(typeDigit);
        assertThat(result.type()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ZL199810294059.4, 1998", "ZL210010294059.4, 2100", "ZL50113861.9, 50", "ZL04113861.9, 04"})
    void anImpossibleYearIsRefused(String number, String year) {
        CodeCheckResult result = PatentNumberCheck.check(number).check();

        assertThat(result.messageKey()).isEqualTo(PatentNumberCheck.KEY_YEAR);
        assertThat(result.args()).containsExactly(year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZL202210026117", "202210026117", "ZL99113861"})
    void aMissingCheckDigitIsRefused(String number) {
        assertThat(PatentNumberCheck.check(number).check().messageKey())
                .isEqualTo(PatentNumberCheck.KEY_CHECK_DIGIT_MISSING);
    }

    /** 216957023 is the utility model grant publication CN 216957023 U without its kind letter. */
    @ParameterizedTest
    @ValueSource(strings = {"ZL2022100261.1", "ZL202210026117.12", "ZL2022-10026117.1", "patent", "216957023",
        "ZL216957023U", "ZL20221002611Y"})
    void somethingElseIsRefusedAsNotAPatentNumber(String input) {
        PatentNumberCheck.Result result = PatentNumberCheck.check(input);

        assertThat(result.check().messageKey()).isEqualTo(PatentNumberCheck.KEY_FORMAT);
        assertThat(result.type()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMissingNumberIsRefused(String input) {
        assertThat(PatentNumberCheck.check(input).check().messageKey()).isEqualTo(PatentNumberCheck.KEY_REQUIRED);
    }

    /**
     * Real grant publication numbers printed next to the patent numbers above on certificates:
     * CN 111472379 B (ZL 2020 1 0430096.0), CN 116455754 B (ZL 2023 1 0397744.0), CN 120551632 B
     * (ZL 2025 1 1071601.6), CN 216957023 U (ZL 2022 2 0475134.9), CN 217766855 U (ZL 2022 2 1320670.8).
     * The design publication is made up (none verified was found).
     */
    @ParameterizedTest
    @CsvSource({
        "CN 111472379 B, CN111472379B, INVENTION",
        "CN116455754B,   CN116455754B, INVENTION",
        "cn 120551632 b, CN120551632B, INVENTION",
        "CN 216957023 U, CN216957023U, UTILITY_MODEL",
        "217766855U,     CN217766855U, UTILITY_MODEL",
        "CN 306123456 S, CN306123456S, DESIGN",
    })
    void aGrantPublicationNumberIsAcceptedWithAWarning(String input, String normalised, PatentType type) {
        PatentNumberCheck.Result result = PatentNumberCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.WARNING);
        assertThat(result.check().messageKey()).isEqualTo(PatentNumberCheck.KEY_PUBLICATION_NUMBER);
        assertThat(result.check().normalised()).isEqualTo(normalised);
        assertThat(result.check().args()).containsExactly(normalised);
        assertThat(result.type()).contains(type);
    }

    /** CN 116455754 A is the real application publication of ZL 2023 1 0397744.0, published before grant. */
    @Test
    void anApplicationPublicationIsRefusedBecauseItIsNotGranted() {
        PatentNumberCheck.Result result = PatentNumberCheck.check("CN116455754A");

        assertThat(result.check().severity()).isEqualTo(Severity.ERROR);
        assertThat(result.check().messageKey()).isEqualTo(PatentNumberCheck.KEY_APPLICATION_PUBLICATION);
        assertThat(result.type()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CN216957023B", "CN111472379U", "CN116455754S"})
    void aKindCodeThatContradictsTheFirstDigitIsRefused(String input) {
        assertThat(PatentNumberCheck.check(input).check().messageKey()).isEqualTo(PatentNumberCheck.KEY_FORMAT);
    }
}
