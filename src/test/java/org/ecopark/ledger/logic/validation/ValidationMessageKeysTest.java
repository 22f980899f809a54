package org.ecopark.ledger.logic.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checks hand out message keys, not text; this keeps every key they can return translated in both
 * languages, with exactly the placeholders the check fills. The templates are read from the hand-over
 * list {@code l10n/validation-keys.txt} while it exists, otherwise from the {@code validation} bundle.
 */
class ValidationMessageKeysTest {

    private static final String KEY_LIST = "/l10n/validation-keys.txt";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** One input per message key a check can return; the province key is applied by callers only. */
    static Stream<Arguments> oneInputPerKey() {
        return Stream.of(
                Arguments.of(UsccCheck.KEY_REQUIRED, uscc(" ")),
                Arguments.of(UsccCheck.KEY_LENGTH, uscc("9137")),
                Arguments.of(UsccCheck.KEY_CHARSET, uscc("9137020016356268OG")),
                Arguments.of(UsccCheck.KEY_DIVISION, uscc(withCheck("9137A200163562681"))),
                Arguments.of(UsccCheck.KEY_CHECK, uscc("91370200163562681H")),
                Arguments.of(UsccCheck.KEY_ENTITY_TYPE, uscc(withCheck("94370200163562681"))),
                Arguments.of(UsccCheck.KEY_ORG_CODE, uscc(withCheck("91370200163562682"))),
                Arguments.of(PatentNumberCheck.KEY_REQUIRED, patent("")),
                Arguments.of(PatentNumberCheck.KEY_FORMAT, patent("patent")),
                Arguments.of(PatentNumberCheck.KEY_CHECK_DIGIT_MISSING, patent("ZL202210026117")),
                Arguments.of(PatentNumberCheck.KEY_YEAR, patent("ZL199810294059.4")),
                Arguments.of(PatentNumberCheck.KEY_TYPE, patent("ZL202240026117.1")),
                Arguments.of(PatentNumberCheck.KEY_CHECK, patent("ZL201810294059.5")),
                Arguments.of(PatentNumberCheck.KEY_PUBLICATION_NUMBER, patent("CN216957023U")),
                Arguments.of(PatentNumberCheck.KEY_APPLICATION_PUBLICATION, patent("CN116455754A")),
                Arguments.of(StandardCodeCheck.KEY_REQUIRED, standard("")),
                Arguments.of(StandardCodeCheck.KEY_FORMAT, standard("GB")),
                Arguments.of(StandardCodeCheck.KEY_YEAR_MISSING, standard("GB 3838")),
                Arguments.of(StandardCodeCheck.KEY_YEAR, standard("GB 3838-1850")),
                Arguments.of(StandardCodeCheck.KEY_TWO_DIGIT_YEAR, standard("GB 14554-93")),
                Arguments.of(StandardCodeCheck.KEY_PROVINCE, standard("DB99/T 1-2020")),
                Arguments.of(StandardCodeCheck.KEY_OTHER_PROVINCE, standard("DB31/T 1557-2025")));
    }

    @ParameterizedTest
    @MethodSource("oneInputPerKey")
    void eachKeyHasTemplatesWithThePlaceholdersTheCheckFills(String key, CodeCheckResult result) throws IOException {
        assertThat(result.messageKey()).isEqualTo(key);
        Set<Integer> filled = IntStream.range(0, result.args().size()).boxed().collect(Collectors.toSet());
        for (String template : templates().getOrDefault(key, List.of())) {
            assertThat(placeholders(template)).as("%s: %s", key, template).isEqualTo(filled);
            assertThat(new MessageFormat(template, Locale.ROOT).format(result.argsArray())).doesNotContain("{");
        }
    }

    @Test
    void everyKeyTheChecksDeclareIsTranslatedInBothLanguagesAndNoOther() throws IOException {
        Map<String, List<String>> templates = templates();

        assertThat(declaredKeys()).allSatisfy(key -> assertThat(templates.get(key)).as(key).hasSize(2)
                .allSatisfy(text -> assertThat(text).isNotBlank()));
        if (keyList() != null) {
            assertThat(templates.keySet()).containsExactlyInAnyOrderElementsOf(declaredKeys());
        }
    }

    @Test
    void everyDeclaredKeyButTheCallersProvinceKeyIsReachable() {
        Set<String> reached = oneInputPerKey().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());

        assertThat(reached).containsExactlyInAnyOrderElementsOf(
                declaredKeys().stream().filter(key -> !key.equals(UsccCheck.KEY_NOT_SHANDONG)).toList());
    }

    private static Set<String> declaredKeys() {
        return Stream.of(UsccCheck.class, PatentNumberCheck.class, StandardCodeCheck.class)
                .flatMap(type -> Stream.of(type.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("KEY_"))
                .map(ValidationMessageKeysTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Key -> [Chinese, English] template. */
    private static Map<String, List<String>> templates() throws IOException {
        List<String> lines = keyList();
        if (lines != null) {
            return lines.stream().filter(line -> !line.isBlank()).map(line -> line.split("\t", -1))
                    .peek(fields -> assertThat(fields).as("key<TAB>zh<TAB>en").hasSize(3))
                    .collect(Collectors.toMap(fields -> fields[0], fields -> List.of(fields[1], fields[2])));
        }
        Map<String, List<String>> fromBundles = new HashMap<>();
        ResourceBundle chinese = I18n.bundle("validation", I18n.CHINESE);
        ResourceBundle english = I18n.bundle("validation", Locale.ENGLISH);
        for (String key : declaredKeys()) {
            Function<ResourceBundle, String> text = bundle -> bundle != null && bundle.containsKey(key)
                    ? bundle.getString(key) : null;
            if (text.apply(chinese) != null && text.apply(english) != null) {
                fromBundles.put(key, List.of(text.apply(chinese), text.apply(english)));
            }
        }
        return fromBundles;
    }

    private static List<String> keyList() throws IOException {
        try (InputStream in = ValidationMessageKeysTest.class.getResourceAsStream(KEY_LIST)) {
            if (in == null) {
                return null;
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
    }

    private static Set<Integer> placeholders(String template) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withCheck(String first17) {
        return first17 + UsccCheck.checkCharacter(first17);
    }

    private static CodeCheckResult uscc(String input) {
        return UsccCheck.check(input);
    }

    private static CodeCheckResult patent(String input) {
        return PatentNumberCheck.check(input).check();
    }

    private static CodeCheckResult standard(String input) {
        return StandardCodeCheck.check(input).check();
    }
}
