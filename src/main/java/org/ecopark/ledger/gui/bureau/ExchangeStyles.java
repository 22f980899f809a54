package org.ecopark.ledger.gui.bureau;

/** Style classes of {@code /css/bureau-exchange.css}. */
final class ExchangeStyles {

    static final String STYLESHEET = "/css/bureau-exchange.css";
    static final String CONTENT = "exchange-content";
    /** The plan pane, which sits in a window of its own or a tab: it keeps a margin. */
    static final String PANE = "exchange-pane";
    static final String PACKAGES = "exchange-packages";
    static final String SIDE = "exchange-side";
    static final String SUBTITLE = "exchange-subtitle";
    static final String TOOLBAR = "exchange-toolbar";
    static final String STATUS_ERROR = "exchange-status-error";
    /** A cell whose figure differs between the two packages. */
    static final String CHANGED = "exchange-changed";
    /** A cell of a target or table only the later package has. */
    static final String ADDED = "exchange-added";
    /** A cell of a target or table only the earlier package had. */
    static final String REMOVED = "exchange-removed";
    /** A park reporting against another plan than the one sent to it. */
    static final String FLAGGED = "exchange-flagged";

    private ExchangeStyles() {
    }

    static String stylesheet() {
        return ExchangeStyles.class.getResource(STYLESHEET).toExternalForm();
    }
}
