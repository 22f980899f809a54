package org.ecopark.ledger.logic.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.logic.records.StatLine;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;

/**
 * Figures of an enterprise for a month, a quarter or a year, saved, changed and cleared through the statistics form's
 * service. The same enterprise, metric and year get figures of all three lengths, since a quarter or year figure
 * counts only while no finer one lies inside it; STOCK metrics (employees, capacity) as well as FLOW ones.
 */
final class StatisticsOperations {

    /** The metrics the parks' targets read come up twice as often as the rest. */
    private static final List<String> METRICS = List.of("MAIN_REVENUE", "OUTPUT_VALUE", "RD_SPENDING", "CAPACITY_T",
            "EMPLOYEES", "ADDED_VALUE", "MAIN_REVENUE", "OUTPUT_VALUE", "RD_SPENDING", "CAPACITY_T", "EMPLOYEES",
            "ADDED_VALUE", "OPERATING_REVENUE", "ENV_REVENUE", "UTILISED_T", "EQUIPMENT_SETS");
    /** Above what DECIMAL(20,4) holds: the database refuses it, the rules (only negatives) do not. */
    private static final BigDecimal TOO_LARGE = new BigDecimal("100000000000000000");

    private final Ledger ledger;
    private final StatisticsService statistics;

    StatisticsOperations(Ledger ledger) {
        this.ledger = ledger;
        this.statistics = ledger.records().statistics();
    }

    Operation any() {
        Optional<Enterprise> enterprise = ledger.someEnterprise();
        if (enterprise.isEmpty()) {
            return new EnterpriseOperations(ledger).add(ledger.ownPark());
        }
        Enterprise e = enterprise.get();
        if (ledger.chance(30)) {
            Optional<Operation> nested = nested(e);
            if (nested.isPresent()) {
                return nested.get();
            }
        }
        StatPeriod period = period();
        Map<String, BigDecimal> current = current(e, period);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int count = ledger.between(1, 3);
        for (int i = 0; i < count; i++) {
            String metric = ledger.pick(METRICS);
            boolean clear = current.containsKey(metric) && ledger.chance(30);
            values.put(metric, clear ? null : ledger.amount(metric.equals("EMPLOYEES") ? 800 : 5000));
        }
        String what = e.displayName() + " " + period + " " + values;
        int roll = ledger.random.nextInt(100);
        if (roll < 4) {
            return tooLarge(e, period, current);
        }
        if (roll < 7) {
            values.put(ledger.pick(METRICS), new BigDecimal("-" + ledger.between(1, 99)));
            return Operation.refused("figures with a negative value " + e.displayName() + " " + period + " " + values,
                    () -> statistics.save(e.id(), period, values, Map.of()), RecordRejectedException.class);
        }
        boolean explained = roll >= 12;
        return Operation.write("figures " + what + (explained ? "" : " without explanations"), () -> statistics.save(
                e.id(), period, values,
                explained ? Ledger.explain(statistics.validate(e.id(), period, values)) : Map.of()));
    }

    /**
     * A figure of the same metric for a period inside or around one the enterprise has: a month inside its quarter or
     * year, or the quarter or year around its month; now and then the one inside is deleted again, and the period
     * around it counts again. Of two STOCK figures ending the same day, the finer is the level.
     */
    private Optional<Operation> nested(Enterprise e) {
        PeriodType type = ledger.pick(List.of(PeriodType.values()));
        List<StatPeriod> periods = statistics.periods(e.id(), type).stream()
                .filter(p -> !p.end().isAfter(Ledger.LAST_DAY)).toList();
        if (periods.isEmpty()) {
            return Optional.empty();
        }
        StatPeriod have = ledger.pick(periods);
        String metric = ledger.pick(List.copyOf(current(e, have).keySet()));
        StatPeriod other = type == PeriodType.MONTH ? around(have) : inside(have);
        if (other.end().isAfter(Ledger.LAST_DAY)) {
            return Optional.empty();
        }
        boolean delete = current(e, other).containsKey(metric) && ledger.chance(40);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(metric, delete ? null : ledger.amount(metric.equals("EMPLOYEES") ? 800 : 5000));
        return Optional.of(Operation.write("figures " + e.displayName() + " " + other + " " + values + " beside its "
                + have, () -> statistics.save(e.id(), other, values,
                Ledger.explain(statistics.validate(e.id(), other, values)))));
    }

    private StatPeriod around(StatPeriod month) {
        int year = month.start().getYear();
        return ledger.chance(60) ? StatPeriod.quarter(year, (month.start().getMonthValue() - 1) / 3 + 1)
                : StatPeriod.year(year);
    }

    private StatPeriod inside(StatPeriod period) {
        int months = period.type().months();
        LocalDate start = period.start().plusMonths(ledger.random.nextInt(months));
        if (period.type() == PeriodType.YEAR && ledger.chance(40)) {
            return StatPeriod.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        }
        return StatPeriod.month(start.getYear(), start.getMonthValue());
    }

    /**
     * A month most often, then a quarter, then a year; periods that end by the last day entered (2026's year and
     * fourth quarter end later). Mostly 2024 and 2025, so that the three lengths meet in the same year.
     */
    private StatPeriod period() {
        int year = ledger.chance(60) ? ledger.between(2024, 2025) : ledger.pick(List.of(2023, 2026));
        int roll = ledger.random.nextInt(100);
        if (roll < 15 && year < 2026) {
            return StatPeriod.year(year);
        }
        if (roll < 40) {
            return StatPeriod.quarter(year, ledger.between(1, year == 2026 ? 3 : 4));
        }
        return StatPeriod.month(year, ledger.between(1, year == 2026 ? 11 : 12));
    }

    private Map<String, BigDecimal> current(Enterprise e, StatPeriod period) {
        Map<String, BigDecimal> current = new LinkedHashMap<>();
        for (StatLine line : statistics.sheet(e.id(), period).lines()) {
            if (line.value() != null) {
                current.put(line.metric().code(), line.value());
            }
        }
        return current;
    }

    /**
     * A period saved with a value the database cannot hold after one it can: the first row is written (and noted
     * for the sums) before the second is refused, so the whole transaction must roll back, notes included.
     */
    private Operation tooLarge(Enterprise e, StatPeriod period, Map<String, BigDecimal> current) {
        Map<String, BigDecimal> withOverflow = new LinkedHashMap<>();
        String first = ledger.pick(METRICS);
        withOverflow.put(first, current.getOrDefault(first, BigDecimal.ZERO).add(BigDecimal.ONE));
        String last = METRICS.stream().filter(metric -> !metric.equals(first)).findFirst().orElseThrow();
        withOverflow.put(last, TOO_LARGE);
        return Operation.refused("figures " + e.displayName() + " " + period + " " + withOverflow
                + " (too large for the database)", () -> statistics.save(e.id(), period, withOverflow,
                Ledger.explain(statistics.validate(e.id(), period, withOverflow))), RecordWriteException.class);
    }

    /** A period as the statistics operations choose them, for the workbooks. */
    StatPeriod anyPeriod() {
        return period();
    }
}
