package org.ecopark.ledger.logic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecopark.ledger.model.StandardLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StandardCodeCheckTest {

    /**
     * Real standards, mostly the environmental ones a park's enterprises cite: 地表水环境质量标准,
     * 地下水质量标准, 环评导则 大气环境, 污水综合排放标准, 城镇污水处理厂污染物排放标准, 地表水和污水监测技术规范,
     * 土壤环境监测技术规范, 工作场所有害因素职业接触限值, Shandong's energy quota standards, the 中国环境保护产业协会
     * group standard on treatment-chemical emission factors and State Grid enterprise standards.
     */
    @ParameterizedTest
    @CsvSource({
        "GB 3838-2002,       GB 3838-2002,       NATIONAL",
        "GB/T 14848-2017,    GB/T 14848-2017,    NATIONAL",
        "GB 8978-1996,       GB 8978-1996,       NATIONAL",
        "GB 18918-2002,      GB 18918-2002,      NATIONAL",
        "GB/T 31962-2015,    GB/T 31962-2015,    NATIONAL",
        "GB/Z 40637-2021,    GB/Z 40637-2021,    NATIONAL",
        "GBZ 2.1-2019,       GBZ 2.1-2019,       NATIONAL",
        "GB 50014-2021,      GB 50014-2021,      NATIONAL",
        "HJ 2.2-2018,        HJ 2.2-2018,        INDUSTRY",
        "HJ/T 91-2002,       HJ/T 91-2002,       INDUSTRY",
        "HJ 166-2004,        HJ 166-2004,        INDUSTRY",
        "JGJ/T 23-2011,      JGJ/T 23-2011,      INDUSTRY",
        "DB37/T 2672-2019,   DB37/T 2672-2019,   LOCAL",
        "DB37/T 4452-2021,   DB37/T 4452-2021,   LOCAL",
        "DB37/3416.5-2018,   DB37/ 3416.5-2018,  LOCAL",
        "T/CAEPI 49-2022,    T/CAEPI 49-2022,    GROUP",
        "Q/GDW 10370-2016,   Q/GDW 10370-2016,   ENTERPRISE",
        "Q/GDW 1396-2012,    Q/GDW 1396-2012,    ENTERPRISE",
    })
    void realStandardCodesPassWithTheirLevel(String input, String normalised, StandardLevel level) {
        StandardCodeCheck.Result result = StandardCodeCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.OK);
        assertThat(result.check().normalised()).isEqualTo(normalised);
        assertThat(result.level()).contains(level);
    }

    /** "gbt31962一2015" and "GB_Z 26573-2011" were found as typed in public data; the rest are variants. */
    @ParameterizedTest
    @CsvSource({
        "GB/T14848-2017,           GB/T 14848-2017",
        "'  gb / t  14848 - 2017 ', GB/T 14848-2017",
        "GBT 14848-2017,           GB/T 14848-2017",
        "ＧＢ／Ｔ　１４８４８－２０１７, GB/T 14848-2017",
        "GB/T 14848—2017,          GB/T 14848-2017",
        "GB/T 14848–2017,          GB/T 14848-2017",
        "gbt31962一2015,           GB/T 31962-2015",
        "GB_Z 26573-2011,          GB/Z 26573-2011",
        "HJT 91-2002,              HJ/T 91-2002",
        "HJ 2.2—2018,              HJ 2.2-2018",
        "DB37/ 3416.1-2018,        DB37/ 3416.1-2018",
        "DB37 3416.1-2018,         DB37/ 3416.1-2018",
        "DB37T2672-2019,           DB37/T 2672-2019",
        "db37 / t 2672-2019,       DB37/T 2672-2019",
        "T/CAEPI49-2022,           T/CAEPI 49-2022",
        "Q/GDW 12184—2021,         Q/GDW 12184-2021",
        "Q/GDW10370-2016,          Q/GDW 10370-2016",
    })
    void spellingVariantsAreNormalised(String input, String normalised) {
        StandardCodeCheck.Result result = StandardCodeCheck.check(input);

        assertThat(result.check().isOk()).isTrue();
        assertThat(result.check().normalised()).isEqualTo(normalised);
    }

    /** Prefix forms; apart from GB/T 14848-2017 these show the shapes, they are not claimed to be real standards. */
    @ParameterizedTest
    @CsvSource({
        "GB/T 14848-2017,   NATIONAL",
        "GBZ/T 229.1-2010,  NATIONAL",
        "GBJ 14-1987,       NATIONAL",
        "JB/T 10560-2006,   INDUSTRY",
        "HG/T 3926-2007,    INDUSTRY",
        "CJ/T 51-2018,      INDUSTRY",
        "CJJ 60-2011,       INDUSTRY",
        "DB3701/T 12-2020,  LOCAL",
        "T/SDEPI 1-2021,    GROUP",
        "Q/370102ABC 001-2020, ENTERPRISE",
    })
    void theLevelFollowsThePrefix(String input, StandardLevel level) {
        assertThat(StandardCodeCheck.check(input).level()).contains(level);
    }

    /** DB31/T 1557-2025 is a Shanghai standard cited in public data; the other two only show the forms. */
    @ParameterizedTest
    @CsvSource({
        "DB31/T 1557-2025, DB31/T 1557-2025, 31",
        "DB32 4440-2022,   DB32/ 4440-2022,  32",
        "DB1101/T 1-2020,  DB1101/T 1-2020,  11",
    })
    void aLocalStandardOfAnotherProvinceWarns(String input, String normalised, String province) {
        StandardCodeCheck.Result result = StandardCodeCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.WARNING);
        assertThat(result.check().messageKey()).isEqualTo(StandardCodeCheck.KEY_OTHER_PROVINCE);
        assertThat(result.check().args()).containsExactly(normalised, province);
        assertThat(result.level()).contains(StandardLevel.LOCAL);
    }

    /** GB 14554-93 (恶臭污染物排放标准) is a real standard still cited with its 2-digit year; the HJ/T one shows the form. */
    @ParameterizedTest
    @CsvSource({"GB 14554-93, GB 14554-93, NATIONAL", "HJ/T 2.3-93, HJ/T 2.3-93, INDUSTRY"})
    void aTwoDigitYearWarnsOfAnOldStandard(String input, String normalised, StandardLevel level) {
        StandardCodeCheck.Result result = StandardCodeCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.WARNING);
        assertThat(result.check().messageKey()).isEqualTo(StandardCodeCheck.KEY_TWO_DIGIT_YEAR);
        assertThat(result.check().normalised()).isEqualTo(normalised);
        assertThat(result.level()).contains(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB/X 123-2020", "CECS 03:2007", "GB", "3838-2002", "T/ 12-2020", "Q/ 12-2020",
        "Z/ABC 1-2020", "DB 3416-2018", "DB372376-2019", "GB 3838-200", "GB 3838 2002", "GB/T A12-2020", "GBTX 1-2020"})
    void malformedCodesAreRefused(String input) {
        StandardCodeCheck.Result result = StandardCodeCheck.check(input);

        assertThat(result.check().severity()).isEqualTo(Severity.ERROR);
        assertThat(result.check().messageKey()).isEqualTo(StandardCodeCheck.KEY_FORMAT);
        assertThat(result.level()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"GB 3838, GB 3838", "gb/t 14848, GB/T 14848", "DB37/T 2672, DB37/T 2672"})
    void aCodeWithoutItsYearIsRefused(String input, String undated) {
        CodeCheckResult result = StandardCodeCheck.check(input).check();

        assertThat(result.messageKey()).isEqualTo(StandardCodeCheck.KEY_YEAR_MISSING);
        assertThat(result.args()).containsExactly(undated);
    }

    @ParameterizedTest
    @CsvSource({"GB 3838-1850, 1850", "HJ 2.2-3018, 3018"})
    void anImpossibleYearIsRefused(String input, String year) {
        CodeCheckResult result = StandardCodeCheck.check(input).check();

        assertThat(result.messageKey()).isEqualTo(StandardCodeCheck.KEY_YEAR);
        assertThat(result.args()).containsExactly(year);
    }

    @ParameterizedTest
    @CsvSource({"DB99/T 1-2020, 99", "DB71/T 1-2020, 71", "DB3700/T 1-2020, 3700", "DB10 1-2020, 10"})
    void aLocalStandardOfNoProvinceIsRefused(String input, String division) {
        CodeCheckResult result = StandardCodeCheck.check(input).check();

        assertThat(result.messageKey()).isEqualTo(StandardCodeCheck.KEY_PROVINCE);
        assertThat(result.args()).containsExactly(division);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \u3000 "})
    void aMissingCodeIsRefused(String input) {
        assertThat(StandardCodeCheck.check(input).check().messageKey()).isEqualTo(StandardCodeCheck.KEY_REQUIRED);
    }
}
