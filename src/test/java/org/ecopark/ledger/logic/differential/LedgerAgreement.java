package org.ecopark.ledger.logic.differential;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.persistence.Repositories;

/**
 * What the clerk would see that the records do not give: derived rows that differ from their recomputation
 * ({@code DerivedDataCheck}), and targets whose evaluation by the program's own long-lived evaluation service (park
 * sums, remembered aggregates) differs from one computed straight from the records with no sums and no cache, in
 * every park with records (and the run's own parks, whose records a demo replace may have taken away). A park still
 * loading is left out: its sums wait for the end of its load, and the evaluation refuses it.
 */
final class LedgerAgreement {

    /** Month ends from the plan's start to the last month entered, and today. */
    private static final List<LocalDate> AS_OF = asOfDates();

    private final Ledger ledger;
    private final EvaluationService shown;
    private final EvaluationService fromRecords;
    /** Its own stream of choices, so that the operations of a seed stay the same whatever the checks pick. */
    private final Random random;

    LedgerAgreement(Ledger ledger, long seed) {
        this.ledger = ledger;
        this.shown = ledger.services.evaluation();
        this.fromRecords = EvaluationService.fromRecords(ledger.unitOfWork, "differential");
        this.random = new Random(~seed);
    }

    private static List<LocalDate> asOfDates() {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth last = YearMonth.from(Ledger.LAST_DAY);
        for (YearMonth month = YearMonth.of(2023, 1); !month.isAfter(last); month = month.plusMonths(1)) {
            dates.add(month.atEndOfMonth());
        }
        dates.add(LocalDate.now());
        return List.copyOf(dates);
    }

    /** Every disagreement, one line each; empty when the ledger shows what its records give. */
    List<String> disagreements() {
        Repositories read = ledger.unitOfWork.read(); // what a reader does first: take in changes noted meanwhile
        Set<String> loading = new HashSet<>();
        List<String> evaluated = new ArrayList<>();
        for (Park park : read.parks().findAll()) {
            if (read.parks().isLoading(park.id())) {
                loading.add(park.code());
            } else if (Ledger.PARKS.contains(park.code()) || read.records().parkHasRecords(park.id())) {
                evaluated.add(park.code());
            }
        }
        List<String> found = new ArrayList<>();
        for (DerivedDifference d : read.derivedDataCheck().differences()) {
            if (!loading.contains(d.parkCode())) {
                found.add("park " + d.parkCode() + " " + d.table() + " differs: " + d.storedRows() + " rows kept, "
                        + d.recomputedRows() + " recomputed, " + d.differingRows() + " differing");
            }
        }
        for (String park : evaluated) {
            LocalDate asOf = AS_OF.get(random.nextInt(AS_OF.size()));
            List<Evaluation> a = shown.evaluatePark(park, asOf);
            List<Evaluation> b = fromRecords.evaluatePark(park, asOf);
            if (a.size() != b.size()) {
                found.add("park " + park + " at " + asOf + ": " + a.size() + " targets shown, " + b.size()
                        + " from records");
                continue;
            }
            for (int i = 0; i < a.size(); i++) {
                String difference = difference(a.get(i), b.get(i));
                if (difference != null) {
                    found.add("park " + park + " target " + a.get(i).target().code() + " at " + asOf + ": "
                            + difference);
                }
            }
        }
        return found;
    }

    /** The fields in which the shown evaluation differs from the records' own, or null; amounts by value. */
    static String difference(Evaluation shown, Evaluation records) {
        List<String> fields = new ArrayList<>();
        compare(fields, "status", shown.status(), records.status());
        compare(fields, "met", shown.met(), records.met());
        compare(fields, "measured on", shown.measuredOn(), records.measuredOn());
        amounts(fields, "value", shown.actual(), records.actual());
        amounts(fields, "forecast", shown.forecast(), records.forecast());
        amounts(fields, "gap", shown.gap(), records.gap());
        amounts(fields, "pace", shown.pace(), records.pace());
        List<SeriesPoint> x = shown.series();
        List<SeriesPoint> y = records.series();
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            SeriesPoint p = i < x.size() ? x.get(i) : null;
            SeriesPoint q = i < y.size() ? y.get(i) : null;
            if (p == null || q == null || !p.date().equals(q.date()) || !same(p.value(), q.value())) {
                fields.add("series point " + i + " shown " + point(p) + ", from records " + point(q));
                break;
            }
        }
        return fields.isEmpty() ? null : String.join("; ", fields);
    }

    private static void compare(List<String> fields, String name, Object shown, Object records) {
        if (!Objects.equals(shown, records)) {
            fields.add(name + " shown " + shown + ", from records " + records);
        }
    }

    private static void amounts(List<String> fields, String name, BigDecimal shown, BigDecimal records) {
        if (!same(shown, records)) {
            fields.add(name + " shown " + plain(shown) + ", from records " + plain(records));
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private static String point(SeriesPoint point) {
        return point == null ? "none" : point.date() + "=" + plain(point.value());
    }
}
