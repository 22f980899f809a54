package org.ecopark.ledger.l10n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every visible string comes from here. Keys are looked up in the feature bundles below, in order;
 * a bundle per feature keeps the files small and lets features be added without touching the others.
 * Simplified Chinese is the root bundle, English the {@code _en} one; there is no fallback to the
 * JVM's default locale, so an English PC still shows Chinese unless English is chosen.
 */
public final class I18n {

    private static final Map<String, Optional<ResourceBundle>> LOADED = new ConcurrentHashMap<>();

    /** The bundles under {@code /l10n}; a new feature adds its base name here. */
    public static final List<String> BUNDLES = List.of("app", "validation", "targets", "records", "demo",
            "indicators", "collection", "submission", "check", "signing", "plans", "backup", "ledger", "help", "bureau",
            "bureauwindow", "consolidation", "copy");

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = CHINESE;

    /** The language of the document a thread is writing for the bureau (Chinese), over the screen's; null for none. */
    private static final ThreadLocal<Locale> DOCUMENT = new ThreadLocal<>();

    private I18n() {
    }

    /** The language texts are given in: the screen's, or Chinese while this thread writes an official document. */
    public static Locale locale() {
        Locale document = DOCUMENT.get();
        return document != null ? document : locale;
    }

    /** Work that writes a document and may fail as writing does. */
    @FunctionalInterface
    public interface Writing<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} with every text on this thread in Chinese, whatever the screen's language: the report and the
     * workbook for the bureau are the official submission, in the plan's words.
     */
    public static <T, E extends Exception> T inChinese(Writing<T, E> work) throws E {
        Locale before = DOCUMENT.get();
        DOCUMENT.set(CHINESE);
        try {
            return work.run();
        } finally {
            if (before == null) {
                DOCUMENT.remove();
            } else {
                DOCUMENT.set(before);
            }
        }
    }

    public static void setLocale(Locale newLocale) {
        locale = Locale.ENGLISH.getLanguage().equals(newLocale.getLanguage()) ? Locale.ENGLISH : CHINESE;
    }

    /** The text for {@code key} in the current language, with {@code {0}}-style placeholders filled. */
    public static String tr(String key, Object... args) {
        Locale in = locale();
        String pattern = lookup(key, in);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, in).format(args);
    }

    /** Whether a key exists; used where a message key comes from data (validation results). */
    public static boolean has(String key) {
        return find(key, locale()) != null;
    }

    static String lookup(String key, Locale in) {
        String found = find(key, in);
        // A missing key shows itself rather than crashing a screen; the consistency test keeps it from shipping.
        return found != null ? found : "!" + key + "!";
    }

    private static String find(String key, Locale in) {
        for (String bundle : BUNDLES) {
            ResourceBundle resources = bundle(bundle, in);
            if (resources != null && resources.containsKey(key)) {
                return resources.getString(key);
            }
        }
        return null;
    }

    /** The bundle of one feature, or null when the feature has no strings yet. */
    public static ResourceBundle bundle(String baseName, Locale in) {
        Locale target = Locale.ENGLISH.getLanguage().equals(in.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        // ResourceBundle.getBundle caches too, but its lookup cost a tenth of a large package export.
        return LOADED.computeIfAbsent(baseName + "_" + target, name -> load(baseName, target)).orElse(null);
    }

    private static Optional<ResourceBundle> load(String baseName, Locale target) {
        try {
            return Optional.of(ResourceBundle.getBundle("l10n." + baseName, target, I18n.class.getClassLoader(),
                    NO_FALLBACK));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
