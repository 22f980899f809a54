package org.ecopark.ledger.gui.common;

/** Style-class names of {@code /css/app.css}; no inline styles anywhere. */
public final class Styles {
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String SUBTITLE = "subtitle";
    public static final String MUTED = "muted";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_ITEM = "status-item";
    public static final String FORM_LABEL = "form-label";
    /** A sentence that says a value was not taken, and why. */
    public static final String MESSAGE_ERROR = "message-error";
    /** A sentence that says something was done. */
    public static final String MESSAGE_DONE = "message-done";
    public static final String OPEN_FAILURE = "open-failure";
    public static final String OPEN_FAILURE_ICON = "open-failure-icon";
    public static final String NOTICE = "notice";

    private Styles() {
    }
}
