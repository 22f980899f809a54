package org.ecopark.ledger.logic;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences of the person at this PC that must be known before any database opens (the language of
 * the first frame, where the window was). Kept in a small file in the data folder; what belongs to a ledger lives in its database.
 */
public final class UserPreferences {

    private static final String FILE_NAME = "preferences.properties";
    private static final String LANGUAGE = "language";
    private static final String WINDOW_X = "window.x";
    private static final String WINDOW_Y = "window.y";
    private static final String WINDOW_WIDTH = "window.width";
    private static final String WINDOW_HEIGHT = "window.height";
    private static final String WINDOW_MAXIMISED = "window.maximised";
    private static final String LAST_LEDGER = "ledger.last";
    /** The server the window opens its ledger on, as {@code --db} names it (never a password); absent: the file. */
    private static final String SERVER = "ledger.server";

    private final Path file;
    private final Properties properties = new Properties();

    private UserPreferences(Path file) {
        this.file = file;
    }

    public static UserPreferences load(Path dataDirectory) {
        UserPreferences preferences = new UserPreferences(dataDirectory.resolve(FILE_NAME));
        if (Files.isRegularFile(preferences.file)) {
            try (Reader reader = Files.newBufferedReader(preferences.file, StandardCharsets.UTF_8)) {
                preferences.properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged preferences file must not keep the program from starting: defaults apply.
                // asked for here, not when the class loads: the program's start reads the preferences while its
                // logging starts beside it (Launcher)
                Logger logger = LoggerFactory.getLogger(UserPreferences.class);
                logger.warn("Ignoring unreadable preferences file {}", preferences.file, e);
            }
        }
        return preferences;
    }

    public Locale language() {
        return "en".equals(properties.getProperty(LANGUAGE)) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public void setLanguage(Locale locale) {
        properties.setProperty(LANGUAGE, Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh_CN");
        save();
    }

    /** The window's place when it was last closed; empty before the first close or when the file lacks a part. */
    public Optional<WindowBounds> window() {
        double x = number(WINDOW_X);
        double y = number(WINDOW_Y);
        double width = number(WINDOW_WIDTH);
        double height = number(WINDOW_HEIGHT);
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(x, y, width, height,
                Boolean.parseBoolean(properties.getProperty(WINDOW_MAXIMISED))));
    }

    /** The ledger the window had open last, as it was opened (without H2's ending); empty before the first. */
    public Optional<Path> lastLedger() {
        String text = properties.getProperty(LAST_LEDGER);
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Path.of(text.strip()));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code ledger} for the next start; the file is written only when it names another ledger. */
    public void setLastLedger(Path ledger) {
        String kept = ledger.toAbsolutePath().normalize().toString();
        if (!kept.equals(properties.getProperty(LAST_LEDGER))) {
            properties.setProperty(LAST_LEDGER, kept);
            save();
        }
    }

    /**
     * The PostgreSQL server the window opens its ledger on at its start (设置 → 数据库 → 服务器); empty when it opens a
     * ledger file, also when the address kept is unusable (a hand-edited file).
     */
    public Optional<org.ecopark.ledger.model.ServerAddress> server() {
        return org.ecopark.ledger.model.ServerAddress.parse(properties.getProperty(SERVER));
    }

    /**
     * Opens the ledger on {@code server} at the next start; null goes back to the ledger file. Only the address is
     * kept: the password is asked for at each start.
     */
    public void setServer(org.ecopark.ledger.model.ServerAddress server) {
        String kept = server == null ? null : server.toString();
        if (java.util.Objects.equals(kept, properties.getProperty(SERVER))) {
            return;
        }
        if (kept == null) {
            properties.remove(SERVER);
        } else {
            properties.setProperty(SERVER, kept);
        }
        save();
    }

    /** The number under {@code key}; NaN when it is missing or not a number (a hand-edited file). */
    private double number(String key) {
        String text = properties.getProperty(key);
        try {
            return text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    public void setWindow(WindowBounds bounds) {
        properties.setProperty(WINDOW_X, Double.toString(bounds.x()));
        properties.setProperty(WINDOW_Y, Double.toString(bounds.y()));
        properties.setProperty(WINDOW_WIDTH, Double.toString(bounds.width()));
        properties.setProperty(WINDOW_HEIGHT, Double.toString(bounds.height()));
        properties.setProperty(WINDOW_MAXIMISED, Boolean.toString(bounds.maximised()));
        save();
    }

    private void save() {
        try {
            // replaced whole: a crash while saving must not leave a half file that resets the language
            DurableFiles.write(file, out -> properties.store(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    "EcoPark Ledger preferences"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + file, e);
        }
    }
}
