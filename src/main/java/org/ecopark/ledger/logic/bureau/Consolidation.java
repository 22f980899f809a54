package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * A bureau's consolidation of one period: every park of the bureau × every target the plan sets that park, with the
 * target's value, the actual figure and the status as the park's accepted package reports them. A park whose package
 * was not accepted (none came, its sender is unconfirmed, or it was returned) keeps its targets' rows, without figures,
 * and says why. Only the package {@link SubmissionStatus} counts for the park is read: a superseded one never is.
 */
public final class Consolidation {

    private final UnitOfWork unitOfWork;

    public Consolidation(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /**
     * One cell row of the matrix.
     *
     * @param state       where the park stands for the period
     * @param packageId   the accepted package the figures come from; null when the park has none accepted
     * @param title       the target's title in the bureau's plan catalog; the code when the catalog lacks the target
     * @param kind        the target's kind in the catalog; null when the catalog lacks the target
     * @param targetValue the target's value as the package states it (the catalog's until a package is accepted)
     * @param actual      null when the package has no figure, or no package was accepted
     * @param status      the status the park's ledger gave; null without an accepted package or a known status
     */
    public record Cell(Park park, SubmissionStatus.State state, Long packageId, String targetCode, String title,
                       TargetKind kind, String indicatorCode, String unit, BigDecimal targetValue, BigDecimal actual,
                       TargetStatus status) {

        /** The package's figures count for this row. */
        public boolean accepted() {
            return packageId != null;
        }
    }

    /** The period's matrix: each park's state, and its rows in the bureau's order of parks, then by target code. */
    public record Matrix(ReportPeriod period, List<SubmissionStatus.Row> parks, List<Cell> cells) {

        public Matrix {
            parks = List.copyOf(parks);
            cells = List.copyOf(cells);
        }

        /** The rows of one park, by target code. */
        public List<Cell> ofPark(String parkCode) {
            return cells.stream().filter(cell -> cell.park().code().equals(parkCode)).toList();
        }
    }

    /**
     * The matrix of the period {@code periodCode}.
     *
     * @throws BureauException when this is no bureau ledger or the period code is not one
     */
    public Matrix matrix(String periodCode) {
        ReportPeriod period = SubmissionStatus.period(periodCode);
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        List<ReceivedPackage> received = read.receivedPackages().findByPeriod(period.code());
        List<SubmissionStatus.Row> parks = read.parks().findBureauParks().stream()
                .map(park -> SubmissionStatus.row(park, received)).toList();
        List<Cell> cells = new ArrayList<>();
        for (SubmissionStatus.Row park : parks) {
            Map<String, Target> catalog = catalogTargets(read, park.park().code());
            if (park.state() == SubmissionStatus.State.RECEIVED) {
                cells.addAll(acceptedCells(park, read.receivedPackages().targets(park.current().id()), catalog));
            } else {
                catalog.values().forEach(target -> cells.add(new Cell(park.park(), park.state(), null, target.code(),
                        target.title(), target.kind(), target.indicatorCode(), target.unit().symbol(), target.value(),
                        null, null)));
            }
        }
        return new Matrix(period, parks, cells);
    }

    /** The periods the bureau received packages for, the latest ending first (a longer one first on the same day). */
    public List<ReportPeriod> periods() {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        return read.receivedPackages().findAll().stream().map(ReceivedPackage::periodCode).distinct()
                .map(SubmissionStatus::period).sorted(Comparator.comparing(ReportPeriod::end)
                        .thenComparing(ReportPeriod::start, Comparator.reverseOrder()).reversed()).toList();
    }

    /**
     * The history of one park's target across every period the bureau holds an accepted package for.
     *
     * @throws BureauException when this is no bureau ledger or the park is not one of the bureau's
     */
    public ParkTargetHistory history(String parkCode, String targetCode) {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        Park park = read.parks().findBureauParks().stream().filter(p -> p.code().equals(parkCode)).findFirst()
                .orElseThrow(() -> new BureauException(org.ecopark.ledger.l10n.I18n.tr("bureau.park.unknown", parkCode)));
        return history(read, park, targetCode, acceptedByPeriod(read, List.of(park)));
    }

    /**
     * One history per park of the bureau whose catalog targets or accepted packages have a target measured by
     * {@code indicatorCode}, in the bureau's order of parks: for each park the target {@code preferred} names when
     * that is one of them, else its first by code.
     *
     * @param preferred a park's code → the target code to show for it (the row the user chose); may be empty
     */
    public List<ParkTargetHistory> histories(String indicatorCode, Map<String, String> preferred) {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        List<Park> parks = read.parks().findBureauParks();
        Map<Long, List<ReceivedPackage>> accepted = acceptedByPeriod(read, parks);
        Map<Long, List<ReceivedTarget>> reported = new HashMap<>();
        List<ParkTargetHistory> histories = new ArrayList<>();
        for (Park park : parks) {
            java.util.SortedSet<String> codes = new java.util.TreeSet<>();
            catalogTargets(read, park.code()).values().stream()
                    .filter(target -> indicatorCode.equals(target.indicatorCode())).forEach(t -> codes.add(t.code()));
            for (ReceivedPackage received : accepted.getOrDefault(park.id(), List.of())) {
                reported.computeIfAbsent(received.id(), id -> read.receivedPackages().targets(id)).stream()
                        .filter(target -> indicatorCode.equals(target.indicatorCode()))
                        .forEach(target -> codes.add(target.targetCode()));
            }
            if (!codes.isEmpty()) {
                String wanted = preferred.get(park.code());
                String code = wanted != null && codes.contains(wanted) ? wanted : codes.first();
                histories.add(history(read, park, code, accepted));
            }
        }
        return histories;
    }

    /** Each park's accepted packages, one per period (the one {@link SubmissionStatus} counts), oldest first. */
    private static Map<Long, List<ReceivedPackage>> acceptedByPeriod(Repositories read, List<Park> parks) {
        Map<String, List<ReceivedPackage>> byPeriod = new LinkedHashMap<>();
        read.receivedPackages().findAll().forEach(p -> byPeriod.computeIfAbsent(p.periodCode(), c -> new ArrayList<>()).add(p));
        Map<Long, List<ReceivedPackage>> accepted = new HashMap<>();
        for (Park park : parks) {
            for (List<ReceivedPackage> received : byPeriod.values()) {
                SubmissionStatus.Row row = SubmissionStatus.row(park, received);
                if (row.state() == SubmissionStatus.State.RECEIVED) {
                    accepted.computeIfAbsent(park.id(), id -> new ArrayList<>()).add(row.current());
                }
            }
        }
        accepted.values().forEach(list -> list.sort(Comparator.comparing(ReceivedPackage::periodEnd)
                .thenComparingLong(ReceivedPackage::id)));
        return accepted;
    }

    /**
     * The park's target from its accepted packages; its value and unit as the package of the latest period states them. Two periods ending the same day (2025 and 2025Q4) give one
     * point: the later package's, the newer statement of the figure at that date.
     */
    private static ParkTargetHistory history(Repositories read, Park park, String targetCode,
                                             Map<Long, List<ReceivedPackage>> accepted) {
        Target known = catalogTargets(read, park.code()).get(targetCode);
        Map<java.time.LocalDate, ParkTargetHistory.Point> points = new java.util.TreeMap<>();
        ReceivedTarget newest = null;
        for (ReceivedPackage received : accepted.getOrDefault(park.id(), List.of())) {
            Optional<ReceivedTarget> reported = read.receivedPackages().targets(received.id()).stream()
                    .filter(target -> target.targetCode().equals(targetCode)).findFirst();
            if (reported.isEmpty()) {
                continue;
            }
            newest = reported.get(); // the packages come by period end: the last states the target as it is now
            if (reported.get().actual() != null) {
                ParkTargetHistory.Point point = new ParkTargetHistory.Point(received.periodCode(), received.periodEnd(),
                        reported.get().actual(), received.id());
                points.merge(point.periodEnd(), point, (a, b) -> a.packageId() > b.packageId() ? a : b);
            }
        }
        String unit = newest != null && newest.unit() != null ? newest.unit() : known == null ? "" : known.unit().symbol();
        BigDecimal targetValue = newest != null && newest.targetValue() != null ? newest.targetValue()
                : known == null ? null : known.value();
        SeriesPoint baseline = known == null || known.baselineValue() == null || known.baselineDate() == null ? null
                : new SeriesPoint(known.baselineDate(), known.baselineValue());
        return new ParkTargetHistory(park, targetCode, known == null ? targetCode : known.title(),
                known == null ? null : known.kind(), newest != null ? newest.indicatorCode()
                : known == null ? null : known.indicatorCode(), unit, targetValue,
                known == null ? null : known.deadline(), baseline, new ArrayList<>(points.values()));
    }

    private static List<Cell> acceptedCells(SubmissionStatus.Row park, List<ReceivedTarget> targets,
                                            Map<String, Target> catalog) {
        Map<String, Target> unreported = new LinkedHashMap<>(catalog);
        List<Cell> cells = new ArrayList<>();
        for (ReceivedTarget reported : targets) {
            Target known = unreported.remove(reported.targetCode());
            cells.add(new Cell(park.park(), park.state(), park.current().id(), reported.targetCode(),
                    known == null ? reported.targetCode() : known.title(), known == null ? null : known.kind(),
                    reported.indicatorCode(), reported.unit(), reported.targetValue(), reported.actual(),
                    status(reported.status())));
        }
        // A target of the bureau's catalog the park's package does not report (an older plan, or one the park hid).
        unreported.values().forEach(target -> cells.add(new Cell(park.park(), park.state(), park.current().id(),
                target.code(), target.title(), target.kind(), target.indicatorCode(), target.unit().symbol(),
                target.value(), null, null)));
        cells.sort(Comparator.comparing(Cell::targetCode));
        return cells;
    }

    private static Map<String, Target> catalogTargets(Repositories read, String parkCode) {
        Map<String, Target> targets = new LinkedHashMap<>();
        read.targets().find(new TargetFilter(null, TargetScope.PARK, parkCode, null, null, null, false))
                .forEach(target -> targets.putIfAbsent(target.code(), target));
        return targets;
    }

    private static final Map<String, TargetStatus> STATUSES = new HashMap<>();

    static {
        for (TargetStatus status : TargetStatus.values()) {
            STATUSES.put(status.name(), status);
        }
    }

    /** The status a package names; null for none or one this version does not know. */
    static TargetStatus status(String name) {
        return Optional.ofNullable(name).map(STATUSES::get).orElse(null);
    }
}
