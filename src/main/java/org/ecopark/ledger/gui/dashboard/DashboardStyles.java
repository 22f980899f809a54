package org.ecopark.ledger.gui.dashboard;

import java.util.Locale;
import org.ecopark.ledger.model.TargetStatus;

/** Style classes of {@code /css/dashboard.css}. */
public final class DashboardStyles {
    public static final String STYLESHEET = "/css/dashboard.css";
    static final String DASHBOARD = "dashboard";
    static final String TOOLBAR = "dashboard-toolbar";
    static final String SUMMARY = "dashboard-summary";
    static final String SUMMARY_CHIP = "summary-chip";
    static final String TAB_PAGE = "dashboard-tab-page";
    static final String CARDS = "dashboard-cards";
    static final String CARD = "target-card";
    static final String CARD_TITLE = "card-title";
    static final String CARD_META = "card-meta";
    static final String CARD_VALUE = "card-value";
    static final String SPARKLINE = "sparkline";
    public static final String STATUS = "status-label";
    static final String DETAIL = "trajectory-detail";
    static final String DETAIL_TITLE = "trajectory-title";
    static final String FIGURES = "trajectory-figures";
    static final String FIGURE_LABEL = "figure-label";
    static final String FIGURE_VALUE = "figure-value";
    static final String SECTION_TITLE = "dashboard-section-title";
    static final String EVIDENCE = "evidence-pane";
    static final String OVERDUE = "overdue";
    static final String PROBLEM = "evidence-problem";
    static final String FIRST_STEPS = "first-steps";
    static final String FIRST_STEPS_TITLE = "first-steps-title";
    static final String FIRST_STEPS_LIST = "first-steps-list";
    static final String FIRST_STEP_NAME = "first-step-name";
    static final String FIRST_STEP_DONE = "first-step-done";
    static final String FIRST_STEP_TODO = "first-step-todo";

    private DashboardStyles() {
    }

    /** {@code status-on-track} for ON_TRACK: colours a status word, a card's edge, a summary chip. */
    public static String of(TargetStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
