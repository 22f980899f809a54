package org.ecopark.ledger.logic.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.PeriodStatRepository;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The period statistics of one enterprise, saved a month, quarter or year at a time: every metric of the
 * period in one transaction, each written row audited. A value more than three times or less than a
 * third of the same period last year is a warning (a typo in the unit, 万元 against 元, looks exactly so).
 * Problems are reported per metric code; figures for a period that has not ended yet are an error about
 * the {@linkplain #PERIOD period} (clearing a period's figures is always allowed, so that ones entered too
 * early can be removed).
 */
public final class StatisticsService {

    public static final String TABLE = "period_stat";
    /** The field of a finding about the period as a whole. */
    public static final String PERIOD = "period";
    public static final String ENTERPRISE = "enterpriseId";
    public static final String METRIC = "metricCode";
    public static final String VALUE = "value";
    public static final String SOURCE = "source";
    static final String SOURCE_FORM = "FORM";
    private static final BigDecimal JUMP = BigDecimal.valueOf(3);

    private final AuditedWrites writes;
    private final DateRules dates;

    public StatisticsService(AuditedWrites writes, DateRules dates) {
        this.writes = writes;
        this.dates = dates;
    }

    /** Today and whether a period has ended, as this service judges them. */
    public DateRules dates() {
        return dates;
    }

    public List<Metric> metrics() {
        return writes.read().periodStats().metrics();
    }

    /** The metric's name in the user's language; a metric a user added keeps the name it was given. */
    public static String label(Metric metric) {
        String key = "records.metric." + metric.code();
        return I18n.has(key) ? I18n.tr(key) : metric.name();
    }

    /** The periods of a type the enterprise has values for, latest first. */
    public List<StatPeriod> periods(long enterpriseId, PeriodType type) {
        return writes.read().periodStats().periods(enterpriseId, type);
    }

    /** Every metric with this period's and last year's value and the stored explanations. */
    public StatSheet sheet(long enterpriseId, StatPeriod period) {
        PeriodStatRepository stats = writes.read().periodStats();
        Map<String, PeriodStat> current = byMetric(stats.find(enterpriseId, period));
        Map<String, PeriodStat> lastYear = byMetric(stats.find(enterpriseId, period.sameLastYear()));
        List<StatLine> lines = new ArrayList<>();
        Map<String, String> explanations = new HashMap<>();
        for (Metric metric : stats.metrics()) {
            PeriodStat value = current.get(metric.code());
            PeriodStat before = lastYear.get(metric.code());
            lines.add(new StatLine(metric, value == null ? null : value.value(), before == null ? null : before.value()));
            if (value != null) {
                explanations.putAll(writes.explanations(TABLE, value.id()));
            }
        }
        return new StatSheet(enterpriseId, period, lines, explanations);
    }

    /** The findings about a period's values (metric code -> value, null = not entered). */
    public RecordValidation validate(long enterpriseId, StatPeriod period, Map<String, BigDecimal> values) {
        return check(writes.read(), enterpriseId, period, values);
    }

    /**
     * Saves the period's values: a new value is inserted, a changed one updated, a cleared one deleted,
     * all or none.
     *
     * @return the audited changes, one per written row
     * @throws RecordRejectedException when a value is negative, the period has not ended or a jump is unexplained
     */
    public List<RecordChange> save(long enterpriseId, StatPeriod period, Map<String, BigDecimal> values,
                                   Map<String, String> explanations) {
        return save(enterpriseId, period, values, null, explanations);
    }

    /**
     * Saves the period's values as {@link #save(long, StatPeriod, Map, Map)} does, unless someone changed the
     * period's figures since the grid was filled with {@code loaded}.
     *
     * @param loaded the figures as the grid showed them ({@link #valuesOf}); null: not compared
     * @throws RecordConflictException when the stored figures are no longer {@code loaded}, or the enterprise is gone
     */
    public List<RecordChange> save(long enterpriseId, StatPeriod period, Map<String, BigDecimal> values,
                                   Map<String, BigDecimal> loaded, Map<String, String> explanations) {
        return writes.inTransaction(tx -> {
            Repositories repositories = tx.repositories();
            RecordValidation validation = check(repositories, enterpriseId, period, values);
            validation.requireSavable(explanations);
            PeriodStatRepository stats = repositories.periodStats();
            // the enterprise's row stands for its figures: two saves of one enterprise's period take turns
            if (!tx.repositories().locks().lock(EnterpriseService.TABLE, enterpriseId)) {
                throw tx.conflict(EnterpriseService.TABLE, List.of(enterpriseId), true);
            }
            Map<String, PeriodStat> existing = byMetric(stats.find(enterpriseId, period));
            if (loaded != null && changed(existing, loaded)) {
                throw tx.conflict(TABLE, existing.values().stream().map(PeriodStat::id).toList(), false);
            }
            List<RecordChange> changes = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
                String code = entry.getKey();
                PeriodStat old = existing.get(code);
                BigDecimal value = entry.getValue();
                if (value == null) {
                    if (old != null) {
                        stats.delete(old.id());
                        changes.add(tx.deleted(TABLE, old.id(), old));
                    }
                    continue;
                }
                long id;
                if (old == null) {
                    id = stats.insert(new PeriodStat(0, enterpriseId, code, period, value, SOURCE_FORM));
                    changes.add(tx.inserted(TABLE, id, stats.find(id).orElseThrow()));
                } else {
                    id = old.id();
                    if (old.value().compareTo(value) != 0) {
                        stats.update(new PeriodStat(id, enterpriseId, code, period, value, SOURCE_FORM));
                        changes.add(tx.updated(TABLE, id, old, stats.find(id).orElseThrow()));
                    }
                }
                tx.explain(TABLE, id, validation.only(code), explanations);
            }
            return changes;
        });
    }

    /** The sheet's figures, metric code -> value (null: none entered), as a save compares them with the stored. */
    public static Map<String, BigDecimal> valuesOf(StatSheet sheet) {
        Map<String, BigDecimal> values = new HashMap<>();
        sheet.lines().forEach(line -> values.put(line.metric().code(), line.value()));
        return values;
    }

    private static boolean changed(Map<String, PeriodStat> stored, Map<String, BigDecimal> loaded) {
        Set<String> codes = new HashSet<>(loaded.keySet());
        codes.addAll(stored.keySet());
        for (String code : codes) {
            PeriodStat now = stored.get(code);
            BigDecimal then = loaded.get(code);
            if (now == null ? then != null : then == null || now.value().compareTo(then) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The metric code of each of the period's rows by the record key its history entries carry. */
    public Map<String, String> metricsByRecordKey(long enterpriseId, StatPeriod period) {
        Map<String, String> metrics = new HashMap<>();
        writes.read().periodStats().find(enterpriseId, period)
                .forEach(stat -> metrics.put(String.valueOf(stat.id()), stat.metricCode()));
        return metrics;
    }

    /**
     * The audited changes of the period's rows, oldest first: those logged one by one (the form, imports of older
     * versions) and those an import logged under its own entry.
     */
    public List<HistoryEntry> history(long enterpriseId, StatPeriod period) {
        List<Long> ids = writes.read().periodStats().find(enterpriseId, period).stream().map(PeriodStat::id).toList();
        List<HistoryEntry> history = new ArrayList<>(writes.history(TABLE, ids));
        writes.read().auditedFigures().history(TABLE, period, ids).forEach(entry -> history.add(HistoryEntry.of(entry)));
        history.sort(Comparator.comparingLong(HistoryEntry::auditId));
        return history;
    }

    private RecordValidation check(Repositories repositories, long enterpriseId, StatPeriod period,
                                   Map<String, BigDecimal> values) {
        PeriodStatRepository stats = repositories.periodStats();
        Map<String, Metric> metrics = new HashMap<>();
        stats.metrics().forEach(metric -> metrics.put(metric.code(), metric));
        RecordValidation.Builder whole = RecordValidation.builder();
        if (values.values().stream().anyMatch(Objects::nonNull)) {
            whole.add(dates.notEnded(PERIOD, period).orElse(null));
        }
        return whole.build().and(check(metrics, stats.find(enterpriseId, period.sameLastYear()), values));
    }

    /**
     * The findings about a period's values, given the catalog (code -> metric) and last year's values of the
     * same period already read: an import checks thousands of enterprises with two queries, not two each.
     */
    public static RecordValidation check(Map<String, Metric> metrics, List<PeriodStat> sameLastYear,
                                         Map<String, BigDecimal> values) {
        Map<String, PeriodStat> lastYear = byMetric(sameLastYear);
        RecordValidation.Builder v = RecordValidation.builder();
        for (Map.Entry<String, BigDecimal> entry : values.entrySet()) {
            String code = entry.getKey();
            Metric metric = metrics.get(code);
            BigDecimal value = entry.getValue();
            if (metric == null) {
                throw new IllegalArgumentException("No metric with code " + code);
            }
            if (value == null) {
                continue;
            }
            if (value.signum() < 0) {
                v.error(code, "records.stat.negative", label(metric));
                continue;
            }
            PeriodStat before = lastYear.get(code);
            if (before == null || before.value().signum() == 0) {
                continue;
            }
            String shown = plain(value) + " " + metric.unit();
            String previous = plain(before.value()) + " " + metric.unit();
            if (value.compareTo(before.value().multiply(JUMP)) > 0) {
                v.warning(code, "records.stat.jumpUp", label(metric), shown, previous, ratio(value, before.value()));
            } else if (value.multiply(JUMP).compareTo(before.value()) < 0) {
                v.warning(code, "records.stat.jumpDown", label(metric), shown, previous, ratio(value, before.value()));
            }
        }
        return v.build();
    }

    private static String ratio(BigDecimal value, BigDecimal before) {
        return value.divide(before, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Map<String, PeriodStat> byMetric(List<PeriodStat> stats) {
        Map<String, PeriodStat> map = new LinkedHashMap<>();
        stats.forEach(stat -> map.put(stat.metricCode(), stat));
        return map;
    }
}
