package org.ecopark.ledger.gui.records;

/** Style classes of {@code /css/records.css}, which every record section adds to its root. */
public final class RecordStyles {

    public static final String STYLESHEET = "/css/records.css";

    public static final String SECTION = "record-section";
    public static final String TOOLBAR = "record-toolbar";
    public static final String COUNT = "record-count";
    /** The form's title and actions above the scroll pane of its fields. */
    public static final String FORM_COLUMN = "record-form-column";
    public static final String FORM_HEAD = "record-form-head";
    /** The form's fields and findings, which scroll. */
    public static final String FORM = "record-form";
    public static final String FORM_TITLE = "record-form-title";
    public static final String FORM_GRID = "record-form-grid";
    /** What is said about a field, under it. */
    public static final String FIELD_MESSAGES = "field-messages";
    public static final String FIELD_ERROR = "field-error";
    public static final String FIELD_WARNING = "field-warning";
    /** A warning with the box where it is explained. */
    public static final String FIELD_WARNING_ROW = "field-warning-row";
    /** Beside Save: what keeps it disabled. */
    public static final String FORM_SUMMARY = "form-summary";
    public static final String FORM_SUMMARY_ERROR = "form-summary-error";
    public static final String FORM_SUMMARY_WARNING = "form-summary-warning";
    public static final String FORM_MESSAGE = "form-message";
    public static final String FORM_MESSAGE_ERROR = "form-message-error";
    public static final String SUB_TABLE = "record-sub-table";
    public static final String STAT_GRID = "stat-grid";
    public static final String STAT_HEADER = "stat-header";
    public static final String STAT_LAST_YEAR = "stat-last-year";
    public static final String STAT_JUMP = "stat-jump";

    private RecordStyles() {
    }
}
