package org.ecopark.ledger.gui.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.StatPeriod;

/**
 * How the statistics history shows logged values as the grid does: metrics, enterprises and periods by
 * their names, where a figure came from in words, and a figure with its metric's unit.
 *
 * @param metricsByRecordKey the metric of each row of the history, by record key: a changed figure's entry
 *                           names only its value
 */
record StatisticsHistoryValues(List<Metric> metrics, List<Enterprise> enterprises,
                               Map<String, String> metricsByRecordKey) {

    /** Where a figure came from, in the words the package's code list uses. */
    private static final String SOURCES = "submission.code.source.";

    String show(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case StatisticsService.METRIC -> metric(value).map(StatisticsService::label).orElse(value);
            case StatisticsService.ENTERPRISE -> enterprises.stream().filter(e -> String.valueOf(e.id()).equals(value))
                    .findFirst().map(Enterprise::name).orElse("#" + value);
            case StatisticsService.PERIOD -> PeriodCodes.describe(HistoryEntry.part(value, StatPeriod.class));
            case StatisticsService.SOURCE -> I18n.has(SOURCES + value) ? I18n.tr(SOURCES + value) : value;
            default -> value;
        };
    }

    String show(HistoryEntry entry, String field, String value) {
        if (!StatisticsService.VALUE.equals(field) || value == null) {
            return show(field, value);
        }
        String code = entry.changes().stream().filter(change -> StatisticsService.METRIC.equals(change.field()))
                .map(change -> change.newValue() != null ? change.newValue() : change.oldValue()).findFirst()
                .orElse(metricsByRecordKey.get(entry.recordKey()));
        String unit = code == null ? null : metric(code).map(Metric::unit).orElse(null);
        String number = FormControls.format(StatisticsRow.parse(value));
        return unit == null || unit.isBlank() ? number : number + " " + unit;
    }

    private Optional<Metric> metric(String code) {
        return metrics.stream().filter(metric -> metric.code().equals(code)).findFirst();
    }
}
