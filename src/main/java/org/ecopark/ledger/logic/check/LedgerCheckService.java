package org.ecopark.ledger.logic.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The ledger check a user can run ({@code check}, 文件 → 检查台账): recomputes the data derived from the records and
 * compares it with what the ledger holds, and evaluates every park's targets twice, as the program shows them and
 * from the records alone, at today and at the end of last year. A repair recomputes all derived data in one
 * transaction and checks again.
 */
public final class LedgerCheckService {

    private final UnitOfWork unitOfWork;
    private final EvaluationService shown;
    private final EvaluationService fromRecords;
    private final Supplier<LocalDate> today;

    /**
     * @param shown the evaluation the screens and commands use, with its remembered results
     * @param today the check's dates are today and the end of the year before it
     */
    public LedgerCheckService(UnitOfWork unitOfWork, EvaluationService shown, String user, Supplier<LocalDate> today) {
        this.unitOfWork = unitOfWork;
        this.shown = shown;
        this.fromRecords = EvaluationService.fromRecords(unitOfWork, user);
        this.today = today;
    }

    public LedgerCheck check() {
        Repositories read = unitOfWork.read(); // changes still noted are taken in first, as for any reader
        List<String> unfinished = new ArrayList<>();
        List<Park> parks = new ArrayList<>();
        for (Park park : read.parks().findAll()) {
            if (read.parks().isLoading(park.id())) {
                unfinished.add(park.code());
            } else if (read.records().parkHasRecords(park.id())) {
                parks.add(park);
            }
        }
        var derived = read.derivedDataCheck().differences(); // leaves out parks still loading: unfinished, not to repair
        List<EvaluationDifference> evaluations = new ArrayList<>();
        int targets = 0;
        LocalDate day = today.get();
        for (Park park : parks) {
            for (LocalDate asOf : List.of(LocalDate.of(day.getYear() - 1, 12, 31), day)) {
                List<Evaluation> a = shown.evaluate(TargetScope.PARK, park.code(), asOf);
                List<Evaluation> b = fromRecords.evaluate(TargetScope.PARK, park.code(), asOf);
                for (int i = 0; i < a.size(); i++) {
                    targets++;
                    if (!same(a.get(i), b.get(i))) {
                        evaluations.add(new EvaluationDifference(park.code(), a.get(i).target().code(),
                                a.get(i).target().unit(), asOf, a.get(i).actual(), a.get(i).status(), b.get(i).actual(),
                                b.get(i).status()));
                    }
                }
            }
        }
        return new LedgerCheck(derived, evaluations, unfinished, parks.size(), targets);
    }

    /** Recomputes all derived data from the records, in one transaction, and checks again. */
    public LedgerCheck repair() {
        unitOfWork.inTransaction(repositories -> {
            repositories.summaries().recomputeAll();
            return null;
        });
        return check();
    }

    /** The same value, status, forecast and trajectory; amounts compared by value, not by scale. */
    static boolean same(Evaluation a, Evaluation b) {
        if (a.status() != b.status() || a.met() != b.met() || !equal(a.actual(), b.actual())
                || !equal(a.forecast(), b.forecast()) || a.series().size() != b.series().size()) {
            return false;
        }
        for (int i = 0; i < a.series().size(); i++) {
            SeriesPoint x = a.series().get(i);
            SeriesPoint y = b.series().get(i);
            if (!Objects.equals(x.date(), y.date()) || !equal(x.value(), y.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
