package org.ecopark.ledger.gui.collection;

/** Style classes of {@code /css/collection.css}. */
final class CollectionStyles {

    static final String STYLESHEET = "/css/collection.css";

    static final String SECTION = "collection-section";
    static final String TAB_BODY = "collection-tab-body";
    static final String ROW = "collection-row";
    static final String STATUS = "collection-status";
    static final String STATUS_ERROR = "collection-status-error";
    static final String WORK_BAR = "collection-work-bar";
    static final String TABLE = "collection-table";
    static final String MAPPING = "collection-mapping";
    static final String REQUIRED = "collection-required";
    static final String HINT = "collection-hint";
    static final String ERROR_CELL = "collection-error-cell";
    static final String WARNING_CELL = "collection-warning-cell";

    private CollectionStyles() {
    }
}
