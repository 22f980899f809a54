package org.ecopark.ledger.gui.help;

/** Style classes of {@code /css/help.css}. */
final class HelpStyles {
    static final String STYLESHEET = "/css/help.css";
    static final String WINDOW = "guide-window";
    static final String CONTENTS = "guide-contents";
    static final String PAGE = "guide-page";
    static final String TITLE = "guide-title";
    static final String HEADING = "guide-heading";
    static final String SUBHEADING = "guide-subheading";
    static final String TEXT = "guide-text";
    static final String BOLD = "guide-bold";
    static final String CODE = "guide-code";
    static final String ITEM = "guide-item";
    static final String MARK = "guide-mark";
    static final String FIGURE = "guide-figure";
    static final String FRAME = "guide-frame";
    static final String CAPTION = "guide-caption";
    static final String MISSING = "guide-missing";
    static final String BAR = "guide-bar";

    private HelpStyles() {
    }
}
