package org.ecopark.ledger.logic.collection;

import java.math.BigDecimal;
import java.util.List;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/**
 * Everything one collection workbook shows: the park, the period, the enterprise (null for a workbook of
 * all the park's enterprises) and one line per enterprise and metric with last year's value for reference.
 */
public record TemplateContent(Park park, StatPeriod period, Enterprise enterprise, List<Line> lines,
                              boolean optionalSheets) {

    /** One metric of one enterprise; lastYear is null when the same period last year has no figure. */
    public record Line(String uscc, String enterpriseName, Metric metric, String label, String note, BigDecimal lastYear) {
    }

    public TemplateContent {
        lines = List.copyOf(lines);
    }

    public TemplateMeta meta() {
        return new TemplateMeta(TemplateLayout.VERSION, park.code(),
                enterprise == null ? TemplateLayout.ALL_ENTERPRISES : enterprise.uscc(), period.code());
    }
}
