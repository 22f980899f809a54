package org.ecopark.ledger.gui.bureau;

/** Style classes of {@code /css/consolidation.css}. */
final class ConsolidationStyles {
    static final String STYLESHEET = "/css/consolidation.css";
    static final String SECTION = "consolidation";
    static final String TOOLBAR = "consolidation-toolbar";
    static final String CHARTS = "consolidation-charts";
    static final String CHART = "consolidation-chart";
    static final String CHARTS_TITLE = "consolidation-charts-title";
    static final String NUMBER = "consolidation-number";
    static final String STATE = "consolidation-state";
    static final String TAB_PAGE = "consolidation-tab-page";
    static final String FACTS = "package-facts";
    static final String FACT_LABEL = "package-fact-label";
    static final String FACT_VALUE = "package-fact-value";

    private ConsolidationStyles() {
    }
}
