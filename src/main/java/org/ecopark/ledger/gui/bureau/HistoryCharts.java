package org.ecopark.ledger.gui.bureau;

import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.ParkTargetHistory;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.TargetKind;

/**
 * A park's target history as the dashboard's trajectory chart shows a target: the packages' figures as the actual
 * line, the target's value as its level, the deadline, the baseline. The bureau has no forecast nor pace: only what
 * the packages reported.
 */
final class HistoryCharts {

    private HistoryCharts() {
    }

    static TrajectoryChartData of(ParkTargetHistory history, Locale language) {
        String park = history.park().shortNameIn(language);
        String title = history.points().isEmpty() ? I18n.tr("bureau.matrix.charts.noFigures", park) : park;
        return new TrajectoryChartData(title, history.unit(), history.series(),
                history.targetValue(), history.baseline(), history.deadline(), List.of(), List.of(),
                yearToDate(history));
    }

    /**
     * A flow (revenue) counts the year so far: the line breaks at each January when the figures are of months or
     * quarters. Figures of whole years stand each for its own year and are joined, as a break would leave single
     * points, which the chart draws as no line at all.
     */
    static boolean yearToDate(ParkTargetHistory history) {
        boolean flow = history.kind() == TargetKind.FLOW || history.kind() == TargetKind.RECURRING;
        return flow && history.points().stream()
                .anyMatch(point -> ReportPeriod.parse(point.periodCode()).kind() != ReportPeriod.Kind.YEAR
                        && ReportPeriod.parse(point.periodCode()).kind() != ReportPeriod.Kind.PLAN);
    }
}
