package org.ecopark.ledger.gui.bureau;

import org.ecopark.ledger.logic.bureau.SubmissionStatus;

/** Style classes of {@code /css/bureau.css}. */
final class BureauStyles {

    static final String STYLESHEET = "/css/bureau.css";
    static final String WINDOW = "bureau-window";
    static final String HEADER = "bureau-header";
    static final String HEADER_NAME = "bureau-header-name";
    static final String SECTION = "bureau-section";
    static final String ROW = "bureau-row";
    static final String HINT = "bureau-hint";
    static final String STATE = "bureau-state";
    static final String DROP_TARGET = "bureau-drop-target";
    static final String INTAKE_FILE = "bureau-intake-file";

    private BureauStyles() {
    }

    /** The state's colour, as the dashboard colours a target's status: received green, returned orange… */
    static String state(SubmissionStatus.State state) {
        return "bureau-state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
