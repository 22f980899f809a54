package org.ecopark.ledger.gui.targets;

/** Style classes of {@code /css/targets.css}. */
final class TargetStyles {
    static final String STYLESHEET = "/css/targets.css";
    static final String TOOLBAR = "targets-toolbar";
    static final String FILTER_LABEL = "targets-filter-label";
    static final String HIDDEN_ROW = "target-hidden";
    static final String NOTE_MARK = "target-note-mark";
    static final String DETAIL = "target-detail";
    static final String HEADING = "target-heading";
    static final String SECTION_TITLE = "target-section-title";
    static final String SENTENCE = "target-sentence";
    static final String NOTE = "target-note";
    static final String REQUIREMENT = "target-requirement";
    static final String ERROR = "target-error";
    static final String SAVED = "target-saved";
    static final String FIELD_VALUE = "target-field-value";

    private TargetStyles() {
    }
}
