package org.ecopark.ledger.gui.help;

import java.util.Locale;
import org.ecopark.ledger.gui.Section;

/**
 * The chapters of the user guide, in reading order. Each is a Markdown file per language under
 * {@code /guide/<language>/}; its title is the file's first heading, so it is written once, in the text.
 */
public enum GuideChapter {
    GETTING_STARTED("getting-started"),
    RECORDS("records"),
    COLLECTION("collection"),
    STATUS("status"),
    SUBMISSION("submission"),
    BUREAU("bureau"),
    BACKUP("backup"),
    SHORTCUTS("shortcuts");

    /** Where the guide's pictures lie, shared by both languages. */
    public static final String IMAGES = "/guide/images/";

    private final String file;

    GuideChapter(String file) {
        this.file = file;
    }

    /** The chapter's resource in a language: English, or Chinese for any other. */
    public String resource(Locale locale) {
        return "/guide/" + language(locale) + "/" + file + ".md";
    }

    static String language(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh";
    }

    /** A place in the guide: a chapter, and the anchor of a heading in it (empty: the chapter's top). */
    public record Topic(GuideChapter chapter, String anchor) {
    }

    /** Where F1 opens the guide in a city bureau's ledger, whatever its section. */
    public static final Topic BUREAU_LEDGER = new Topic(BUREAU, "");

    /** Where F1 opens the guide for a section of the main window. */
    public static Topic forSection(Section section) {
        return switch (section) {
            case DASHBOARD -> new Topic(STATUS, "");
            case TARGETS -> new Topic(GETTING_STARTED, "targets");
            case ENTERPRISES -> new Topic(RECORDS, "enterprises");
            case PROJECTS -> new Topic(RECORDS, "projects");
            case STAFF -> new Topic(RECORDS, "staff");
            case PATENTS -> new Topic(RECORDS, "patents");
            case STANDARDS -> new Topic(RECORDS, "standards");
            case PLATFORMS -> new Topic(RECORDS, "platforms");
            case STATISTICS -> new Topic(RECORDS, "statistics");
            case EVENTS -> new Topic(RECORDS, "events");
            case COLLECTION -> new Topic(COLLECTION, "");
            case SUBMISSIONS -> new Topic(SUBMISSION, "");
            case SETTINGS -> new Topic(BACKUP, "settings");
        };
    }
}
