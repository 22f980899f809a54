package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.ecopark.ledger.l10n.I18n;

/**
 * The values of a drop-down list in a workbook, and reading them back. A workbook may be generated in one
 * language and returned to a ledger set to the other, so either language's label is accepted, and so is
 * the stable code (what a CSV from another system tends to hold).
 */
final class Choices {

    static final String PATENT_TYPE = "records.patentType.";
    static final String EDUCATION = "collection.education.";
    static final String LEVEL = "collection.standardLevel.";
    static final String ROLE = "collection.standardRole.";
    static final String YES = "collection.choice.yes";
    static final String NO = "collection.choice.no";

    /** A key's labels in both languages; cached, as a list of 100,000 rows asks for them on every row. */
    private static final Map<String, List<String>> LABELS = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> ALIASES = new ConcurrentHashMap<>();

    private Choices() {
    }

    /** The labels of the constants in the current language, in declaration order: the drop-down's items. */
    static <E extends Enum<E>> List<String> labels(Class<E> type, String keyPrefix) {
        return List.of(type.getEnumConstants()).stream().map(value -> I18n.tr(keyPrefix + value.name())).toList();
    }

    static <E extends Enum<E>> Optional<E> match(String text, Class<E> type, String keyPrefix) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(wanted) || isLabel(wanted, keyPrefix + value.name())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** 是/否, yes/no, true/false, 1/0, Y/N. */
    static Optional<Boolean> yesNo(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        if (isLabel(wanted, YES) || List.of("true", "1", "y").contains(wanted.toLowerCase(Locale.ROOT))) {
            return Optional.of(true);
        }
        if (isLabel(wanted, NO) || List.of("false", "0", "n").contains(wanted.toLowerCase(Locale.ROOT))) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** Whether the text is the key's label in Chinese or English. */
    static boolean isLabel(String text, String key) {
        return LABELS.computeIfAbsent(key, Choices::bothLanguages).stream().anyMatch(text::equalsIgnoreCase);
    }

    /** Whether the text is one of the key's other names, {@code |}-separated, in Chinese or English. */
    static boolean isAlias(String text, String key) {
        return ALIASES.computeIfAbsent(key, k -> bothLanguages(k).stream()
                .flatMap(names -> Arrays.stream(names.split("\\|"))).map(String::strip).toList())
                .stream().anyMatch(text::equalsIgnoreCase);
    }

    private static List<String> bothLanguages(String key) {
        String bundle = key.substring(0, key.indexOf('.'));
        List<String> labels = new ArrayList<>();
        for (Locale locale : List.of(I18n.CHINESE, Locale.ENGLISH)) {
            ResourceBundle resources = I18n.bundle(bundle, locale);
            if (resources != null && resources.containsKey(key)) {
                labels.add(resources.getString(key));
            }
        }
        return List.copyOf(labels);
    }
}
