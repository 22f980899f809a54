package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_LOAD;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_ENTERPRISE_YEAR;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_HELD;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.DSLContext;

/**
 * Compares every park's derived data ({@link IndicatorSummaries}) with a recomputation from the park's records, row
 * by row. The recomputation is the same arithmetic the derived data was first made with, over all of the park's
 * records at once; what it catches is derived data that was not kept up with a change.
 */
public final class DerivedDataCheck {

    private final DSLContext dsl;

    public DerivedDataCheck(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The derived tables, per park, that differ from their recomputation; empty when all agree. A park still being
     * loaded has no sums by design until its load finishes, and is left out.
     */
    public List<DerivedDifference> differences() {
        Map<Long, String> codes = dsl.select(PARK.ID, PARK.CODE).from(PARK).fetchMap(PARK.ID, PARK.CODE);
        Set<Long> stock = new HashSet<>(dsl.select(METRIC.ID).from(METRIC)
                .where(METRIC.VALUE_KIND.eq(IndicatorSummaries.STOCK)).fetch(METRIC.ID));
        List<DerivedDifference> differences = new ArrayList<>();
        for (long park : parks()) {
            String code = codes.getOrDefault(park, "#" + park);
            compare(differences, code, DerivedDifference.Table.PERIOD_SUMS, storedPeriodSums(park), periodSums(park));
            compare(differences, code, DerivedDifference.Table.ENTERPRISE_YEAR_SUMS, storedYearSums(park), yearSums(park));
            compare(differences, code, DerivedDifference.Table.HELD_FIGURES, storedHeld(park), held(park, stock));
            for (String kind : List.of(IndicatorSummaries.PATENT, IndicatorSummaries.STAFF)) {
                compare(differences, code, kind.equals(IndicatorSummaries.PATENT) ? DerivedDifference.Table.PATENT_SPANS
                                : DerivedDifference.Table.STAFF_SPANS,
                        spans(IndicatorSummaries.storedSpans(dsl, park, kind).toSpans()),
                        spans(IndicatorSummaries.spansOf(dsl, park, kind)));
            }
        }
        return differences;
    }

    /** Parks with records, and parks that derived rows still name; not those still loading. */
    private Set<Long> parks() {
        Set<Long> parks = new TreeSet<>(dsl.selectDistinct(ENTERPRISE.PARK_ID).from(ENTERPRISE).fetch(ENTERPRISE.PARK_ID));
        parks.addAll(dsl.selectDistinct(STAT_PARK_PERIOD.PARK_ID).from(STAT_PARK_PERIOD).fetch(STAT_PARK_PERIOD.PARK_ID));
        parks.addAll(dsl.selectDistinct(STAT_ENTERPRISE_YEAR.PARK_ID).from(STAT_ENTERPRISE_YEAR)
                .fetch(STAT_ENTERPRISE_YEAR.PARK_ID));
        parks.addAll(dsl.selectDistinct(STAT_PARK_HELD.PARK_ID).from(STAT_PARK_HELD).fetch(STAT_PARK_HELD.PARK_ID));
        parks.addAll(dsl.selectDistinct(PARK_SPAN.PARK_ID).from(PARK_SPAN).fetch(PARK_SPAN.PARK_ID));
        parks.removeAll(dsl.select(PARK_LOAD.PARK_ID).from(PARK_LOAD).fetch(PARK_LOAD.PARK_ID));
        return parks;
    }

    private static void compare(List<DerivedDifference> differences, String park, DerivedDifference.Table table,
                                Set<String> stored, Set<String> recomputed) {
        Set<String> onlyStored = new HashSet<>(stored);
        onlyStored.removeAll(recomputed);
        Set<String> onlyRecomputed = new HashSet<>(recomputed);
        onlyRecomputed.removeAll(stored);
        int differing = onlyStored.size() + onlyRecomputed.size();
        if (differing > 0) {
            differences.add(new DerivedDifference(park, table, stored.size(), recomputed.size(), differing));
        }
    }

    private Set<String> storedPeriodSums(long park) {
        Set<String> rows = new HashSet<>();
        dsl.selectFrom(STAT_PARK_PERIOD).where(STAT_PARK_PERIOD.PARK_ID.eq(park)).forEach(r -> rows.add(key(
                r.getMetricId(), r.getPeriodStart(), r.getPeriodEnd(), amount(r.getTotal()), r.getFigures())));
        return rows;
    }

    private Set<String> periodSums(long park) {
        PeriodStat p = PERIOD_STAT.as("p");
        Set<String> rows = new HashSet<>();
        IndicatorSummaries.periodSums(dsl, IndicatorSummaries.figuresOf(p, park), p, park).fetch()
                .forEach(r -> rows.add(key(r.value2(), r.value3(), r.value4(), amount(r.value5()), r.value6())));
        return rows;
    }

    private Set<String> storedYearSums(long park) {
        Set<String> rows = new HashSet<>();
        new EnterpriseYearSums(dsl).ofPark(park).forEach(sum -> rows.add(key(sum.metricId(), sum.year(),
                sum.enterpriseId(), amount(sum.total()))));
        return rows;
    }

    private Set<String> yearSums(long park) {
        PeriodStat p = PERIOD_STAT.as("p");
        Set<String> rows = new HashSet<>();
        IndicatorSummaries.yearSums(dsl, IndicatorSummaries.figuresOf(p, park), p, park).fetch()
                .forEach(r -> rows.add(key(r.value2(), r.value3(), r.value4(), amount(r.value5()))));
        return rows;
    }

    private Set<String> storedHeld(long park) {
        Set<String> rows = new HashSet<>();
        dsl.selectFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.PARK_ID.eq(park)).forEach(r -> rows.add(key(
                r.getMetricId(), r.getHeldFrom(), r.getHeldUntil(), amount(r.getTotal()), r.getFigures())));
        return rows;
    }

    private Set<String> held(long park, Set<Long> stock) {
        Set<String> rows = new HashSet<>();
        for (long metric : stock) {
            IndicatorSummaries.heldOf(dsl, park, metric).forEach(h -> rows.add(key(metric, h.from(), h.until(),
                    amount(h.sum()), h.rows())));
        }
        return rows;
    }

    private static Set<String> spans(List<SpanQuery.Span> spans) {
        Set<String> rows = new HashSet<>();
        spans.forEach(span -> rows.add(key(span.start(), span.end(), span.count())));
        return rows;
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String key(Object... parts) {
        return java.util.Arrays.toString(parts);
    }
}
