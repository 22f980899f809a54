package org.ecopark.ledger.l10n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible string exists in both languages, every key the code uses exists, and no key is dead. */
class LocalizationConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/l10n");
    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)*\\.?)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern TR_CALL = Pattern.compile("I18n\\.tr\\(\\s*\"([^\"]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String family : families()) {
            Set<String> chinese = keys(BUNDLES.resolve(family + ".properties"));
            Set<String> english = keys(BUNDLES.resolve(family + "_en.properties"));
            assertThat(english).as("keys of %s_en.properties", family).containsExactlyInAnyOrderElementsOf(chinese);
        }
    }

    /**
     * A message with arguments goes through {@link java.text.MessageFormat}, where a single apostrophe starts quoted
     * text: "the park's {0}" would print "{0}" itself. Each placeholder of every message must be filled in.
     */
    @Test
    void everyPlaceholderIsFilledIn() throws IOException {
        List<String> unfilled = new ArrayList<>();
        for (String family : families()) {
            for (String file : List.of(family + ".properties", family + "_en.properties")) {
                Properties messages = load(BUNDLES.resolve(file));
                for (String key : messages.stringPropertyNames()) {
                    String pattern = messages.getProperty(key);
                    Matcher placeholder = PLACEHOLDER.matcher(pattern);
                    Set<Integer> plain = new TreeSet<>();
                    while (placeholder.find()) {
                        plain.add(Integer.parseInt(placeholder.group(1)));
                    }
                    if (plain.isEmpty()) {
                        continue;
                    }
                    java.text.MessageFormat format = new java.text.MessageFormat(pattern, Locale.ROOT);
                    java.text.Format[] typed = format.getFormatsByArgumentIndex();
                    Object[] arguments = new Object[Math.max(typed.length, plain.stream().mapToInt(i -> i).max().orElseThrow() + 1)];
                    for (int i = 0; i < arguments.length; i++) {
                        java.text.Format kind = i < typed.length ? typed[i] : null;
                        arguments[i] = kind instanceof java.text.NumberFormat ? (Object) 1
                                : kind instanceof java.text.DateFormat ? new java.util.Date(0) : marker(i);
                    }
                    String shown = format.format(arguments);
                    if (LONE_APOSTROPHE.matcher(pattern).find()) {
                        unfilled.add(file + " " + key + ": a single ' (write '' for an apostrophe): " + shown);
                    }
                    for (int index : plain) {
                        if (!shown.contains(marker(index))) {
                            unfilled.add(file + " " + key + " {" + index + "}: " + shown);
                        }
                    }
                }
            }
        }
        assertThat(unfilled).as("placeholders a quote or a typo keeps from being filled in").isEmpty();
    }

    @Test
    void everyKeyTheCodeLooksUpExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String key : literalsMatching(TR_CALL)) {
            if (key.endsWith(".")) {
                continue; // the start of a dynamic key family, checked by everyKeyInTheBundlesIsUsed
            }
            for (Locale locale : List.of(Locale.ROOT, Locale.ENGLISH)) {
                if (I18n.lookup(key, locale.equals(Locale.ROOT) ? I18n.CHINESE : locale).startsWith("!")) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from a bundle").isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> literals = literalsMatching(LITERAL);
        List<String> unused = new ArrayList<>();
        for (String bundle : I18n.BUNDLES) {
            Path file = BUNDLES.resolve(bundle + ".properties");
            if (!Files.exists(file)) {
                continue;
            }
            for (String key : keys(file)) {
                if (!isUsed(key, literals)) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void bundlesAreOnlyTheRegisteredOnesOrTheCommandLine() throws IOException {
        Set<String> known = new TreeSet<>(I18n.BUNDLES);
        known.add("cli");
        assertThat(known).containsAll(families());
    }

    /** A key is used when it stands in the code as a literal, or its family prefix does (dynamic keys). */
    private static boolean isUsed(String key, Set<String> literals) {
        if (literals.contains(key)) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            if (literals.contains(key.substring(0, dot + 1))) {
                return true;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return false;
    }

    private static Set<String> families() throws IOException {
        Set<String> families = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()).replace("_en", ""))
                    .forEach(families::add);
        }
        return families;
    }

    private static String marker(int index) {
        return "\u27e8arg" + index + "\u27e9";
    }

    private static Set<String> keys(Path file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) throws IOException {
        assertThat(file).as("bundle file").exists();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> literalsMatching(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
