package org.ecopark.ledger.gui.submissions;

/** Style classes of {@code /css/submission.css}. */
final class SubmissionStyles {

    static final String STYLESHEET = "/css/submission.css";
    static final String SECTION = "submission-section";
    static final String FORM = "submission-form";
    static final String ROW = "submission-row";
    static final String HINT = "submission-hint";
    static final String WARNING = "submission-warning";
    static final String STATUS = "submission-status";
    static final String STATUS_ERROR = "submission-status-error";
    static final String PROBLEMS = "submission-problems";
    static final String SUBTITLE = "submission-subtitle";
    static final String HISTORY = "submission-history";

    private SubmissionStyles() {
    }
}
