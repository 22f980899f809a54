package org.ecopark.ledger.logic.bureau;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The city's figure of each indicator its parks' targets are measured by, from the parks whose package for the period
 * was accepted. Counts and amounts (STOCK, CUMULATIVE, FLOW, RECURRING) add up, one figure per park; a ratio is the
 * ratio of the sums of its numerator and denominator, recomputed from the packages' statistics as the park ledger
 * computes it (never a mean of the parks' ratios, which would weigh a small park like a large one); milestones are
 * counted, achieved of reported. Parks whose package was not accepted are named, not guessed.
 */
public final class CrossParkFigures {

    /** How the parks' figures combine. */
    public enum Method {
        SUM,
        RATIO_OF_SUMS,
        MILESTONES,
        /** A ratio whose parts the packages do not carry (entered by hand in the parks): no city figure. */
        NONE
    }

    /** Why a figure is missing or partial; null when it is whole. */
    public enum Note {
        /** The ratio's year so far begins before the period: the packages do not hold the months before it. */
        NEEDS_YEAR_TO_DATE,
        /** The parks give the ratio's parts in different units. */
        UNITS_DIFFER,
        /** The ratio is a figure the parks enter by hand; its parts are in no package. */
        NOT_FROM_RECORDS
    }

    /**
     * One park's part: the first of its targets of the indicator (several targets of one park measured by one
     * indicator report the same figure), or each milestone.
     *
     * @param numerator   a ratio's numerator sum from the package's statistics (null for other methods)
     * @param denominator a ratio's denominator sum
     */
    public record ParkFigure(Consolidation.Cell cell, BigDecimal numerator, BigDecimal denominator) {
    }

    /**
     * @param key         the indicator's code; a target's own code for a hand-entered indicator (MANUAL), whose
     *                    targets measure different things
     * @param value       the city's figure: the sum, the ratio of sums (percent), or the milestones achieved
     * @param targetSum   the parks' targets added up, for additive indicators
     * @param counted     the figures that went in: parks with a figure, or milestones reported
     * @param parts       every accepted park's part, figure or not
     * @param missing     the parks with the indicator whose package was not accepted, with their state
     * @param unaccepted  those parks' targets of the indicator (one per park; each milestone), without figures
     */
    public record Figure(String key, String indicatorCode, String name, String unit, TargetKind kind, Method method,
                         BigDecimal value, BigDecimal numerator, BigDecimal denominator, BigDecimal targetSum,
                         int counted, List<ParkFigure> parts, List<SubmissionStatus.Row> missing, Note note,
                         List<Consolidation.Cell> unaccepted) {

        public Figure {
            parts = List.copyOf(parts);
            missing = List.copyOf(missing);
            unaccepted = List.copyOf(unaccepted);
        }

        /** The parks whose targets use the indicator, accepted or not. */
        public int parks() {
            Set<String> codes = new HashSet<>();
            parts.forEach(part -> codes.add(part.cell().park().code()));
            missing.forEach(row -> codes.add(row.park().code()));
            return codes.size();
        }

        /** For milestones: the parks whose every reported milestone is achieved (of {@link #contributing}). */
        public int parksAllAchieved() {
            Map<String, Boolean> all = new LinkedHashMap<>();
            parts.forEach(part -> all.merge(part.cell().park().code(), part.cell().status() == TargetStatus.ACHIEVED,
                    Boolean::logicalAnd));
            return (int) all.values().stream().filter(Boolean::booleanValue).count();
        }

        /** The parks whose figure went into the city's. */
        public List<Park> contributing() {
            Map<String, Park> parks = new LinkedHashMap<>();
            parts.stream().filter(part -> part.cell().actual() != null)
                    .forEach(part -> parks.putIfAbsent(part.cell().park().code(), part.cell().park()));
            return List.copyOf(parks.values());
        }
    }

    private static final JsonMapper JSON = new JsonMapper();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The scale the park ledger keeps a ratio at (MetricQueries). */
    static final int RATIO_SCALE = 4;
    private static final String METRIC_RATIO = "METRIC_RATIO";
    private static final String MILESTONE = "MILESTONE";
    private static final String MANUAL = "MANUAL";

    private final UnitOfWork unitOfWork;

    public CrossParkFigures(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** The figures of the consolidation {@code matrix}, in the order of the indicators' codes. */
    public List<Figure> figures(Consolidation.Matrix matrix) {
        Repositories read = unitOfWork.read();
        return figures(matrix, new AcceptedPackages(read, metrics(read)));
    }

    /** A period's city-wide views: the figures across parks, and the province's and clusters' targets. */
    public record CityWide(List<Figure> figures, List<ProvinceContributions.Row> province) {
    }

    /**
     * Both city-wide views of {@code matrix}, each accepted package read once for the two (the 汇总 screen's tabs and
     * the consolidated report show both).
     */
    public CityWide cityWide(Consolidation.Matrix matrix) {
        Repositories read = unitOfWork.read();
        Set<String> metrics = new HashSet<>(metrics(read));
        metrics.addAll(ProvinceFeeds.metrics());
        AcceptedPackages packages = new AcceptedPackages(read, metrics);
        return new CityWide(figures(matrix, packages), new ProvinceContributions(unitOfWork).rows(matrix, packages));
    }

    /** The figures, reading the packages through {@code packages} (which holds at least {@link #metrics}). */
    List<Figure> figures(Consolidation.Matrix matrix, AcceptedPackages packages) {
        Map<String, Indicator> indicators = new HashMap<>();
        unitOfWork.read().indicators().findAll().forEach(indicator -> indicators.put(indicator.code(), indicator));
        Map<String, List<Consolidation.Cell>> groups = new LinkedHashMap<>();
        matrix.cells().stream().sorted(Comparator.comparing((Consolidation.Cell c) -> String.valueOf(c.indicatorCode()))
                        .thenComparing(c -> String.valueOf(c.unit())))
                .forEach(cell -> groups.computeIfAbsent(key(cell), k -> new ArrayList<>()).add(cell));
        List<Figure> figures = new ArrayList<>();
        groups.forEach((key, cells) -> figures.add(figure(key, cells, indicators.get(cells.get(0).indicatorCode()),
                matrix, packages)));
        return figures;
    }

    /**
     * The group of a cell: its indicator and unit. A hand-entered indicator's targets measure different things, so
     * each is its own; milestones are counted, so their unit (个, 项) does not part them.
     */
    private static String key(Consolidation.Cell cell) {
        String indicator = String.valueOf(cell.indicatorCode());
        if (MILESTONE.equals(indicator) || cell.kind() == TargetKind.MILESTONE) {
            return MILESTONE + "|";
        }
        return (MANUAL.equals(indicator) ? MANUAL + ":" + cell.targetCode() : indicator) + "|" + cell.unit();
    }

    /** The statistics the ratios of the catalog read: every METRIC_RATIO indicator's numerator and denominator. */
    static Set<String> metrics(Repositories read) {
        Set<String> metrics = new HashSet<>();
        for (Indicator indicator : read.indicators().findAll()) {
            if (METRIC_RATIO.equals(indicator.computation())) {
                metrics.add(param(indicator, "numerator"));
                metrics.add(param(indicator, "denominator"));
            }
        }
        return metrics;
    }

    private static Figure figure(String key, List<Consolidation.Cell> cells, Indicator indicator,
                                 Consolidation.Matrix matrix, AcceptedPackages packages) {
        Consolidation.Cell first = cells.get(0);
        TargetKind kind = cells.stream().map(Consolidation.Cell::kind).filter(k -> k != null).findFirst().orElse(null);
        String computation = indicator == null ? null : indicator.computation();
        String name = indicator == null || MANUAL.equals(computation) ? first.title() : indicator.name();
        List<SubmissionStatus.Row> missing = missing(cells, matrix);
        List<Consolidation.Cell> accepted = cells.stream().filter(Consolidation.Cell::accepted).toList();
        List<Consolidation.Cell> notAccepted = cells.stream().filter(c -> !c.accepted()).toList();
        String keyCode = key.substring(0, key.lastIndexOf('|'));
        if (kind == TargetKind.MILESTONE || MILESTONE.equals(computation)) {
            List<Consolidation.Cell> unaccepted = notAccepted;
            int achieved = (int) accepted.stream().filter(c -> c.status() == TargetStatus.ACHIEVED).count();
            List<ParkFigure> parts = accepted.stream().map(c -> new ParkFigure(c, null, null)).toList();
            return new Figure(keyCode, first.indicatorCode(), name, first.unit(), kind, Method.MILESTONES,
                    BigDecimal.valueOf(achieved), null, null, null, accepted.size(), parts, missing, null, unaccepted);
        }
        List<Consolidation.Cell> onePerPark = onePerPark(accepted);
        List<Consolidation.Cell> unaccepted = onePerPark(notAccepted);
        if (METRIC_RATIO.equals(computation)) {
            return ratio(keyCode, name, first, kind, indicator, onePerPark, missing, unaccepted, matrix.period(),
                    packages);
        }
        if (kind == TargetKind.RATIO) {
            List<ParkFigure> parts = onePerPark.stream().map(c -> new ParkFigure(c, null, null)).toList();
            return new Figure(keyCode, first.indicatorCode(), name, first.unit(), kind, Method.NONE, null, null, null,
                    null, 0, parts, missing, Note.NOT_FROM_RECORDS, unaccepted);
        }
        BigDecimal sum = null;
        int counted = 0;
        for (Consolidation.Cell cell : onePerPark) {
            if (cell.actual() != null) {
                sum = sum == null ? cell.actual() : sum.add(cell.actual());
                counted++;
            }
        }
        BigDecimal targets = null;
        for (Consolidation.Cell cell : onePerPark(cells)) {
            if (cell.targetValue() != null) {
                targets = targets == null ? cell.targetValue() : targets.add(cell.targetValue());
            }
        }
        List<ParkFigure> parts = onePerPark.stream().map(c -> new ParkFigure(c, null, null)).toList();
        return new Figure(keyCode, first.indicatorCode(), name, first.unit(), kind, Method.SUM, sum, null, null, targets,
                counted, parts, missing, null, unaccepted);
    }

    private static Figure ratio(String key, String name, Consolidation.Cell first, TargetKind kind, Indicator indicator,
                                List<Consolidation.Cell> accepted, List<SubmissionStatus.Row> missing,
                                List<Consolidation.Cell> unaccepted, ReportPeriod period, AcceptedPackages packages) {
        String numeratorMetric = param(indicator, "numerator");
        String denominatorMetric = param(indicator, "denominator");
        LocalDate yearStart = period.end().withDayOfYear(1);
        List<ParkFigure> parts = new ArrayList<>();
        if (period.start().isAfter(yearStart)) {
            accepted.forEach(c -> parts.add(new ParkFigure(c, null, null)));
            return new Figure(key, first.indicatorCode(), name, first.unit(), kind, Method.RATIO_OF_SUMS, null, null,
                    null, null, 0, parts, missing, Note.NEEDS_YEAR_TO_DATE, unaccepted);
        }
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        Set<String> units = new HashSet<>();
        int counted = 0;
        for (Consolidation.Cell cell : accepted) {
            PackageFigures figures = packages.of(cell.packageId());
            // the park's ratio is of the year so far at the period's end (TargetMeasurement: FLOW and RATIO)
            BigDecimal n = figures.sum(numeratorMetric, yearStart, period.end());
            BigDecimal d = figures.sum(denominatorMetric, yearStart, period.end());
            units.add(figures.units(numeratorMetric) + "/" + figures.units(denominatorMetric));
            parts.add(new ParkFigure(cell, n, d));
            if (n != null && d != null) {
                numerator = numerator == null ? n : numerator.add(n);
                denominator = denominator == null ? d : denominator.add(d);
                counted++;
            }
        }
        if (units.size() > 1) {
            return new Figure(key, first.indicatorCode(), name, first.unit(), kind, Method.RATIO_OF_SUMS, null,
                    numerator, denominator, null, counted, parts, missing, Note.UNITS_DIFFER, unaccepted);
        }
        return new Figure(key, first.indicatorCode(), name, first.unit(), kind, Method.RATIO_OF_SUMS,
                percent(numerator, denominator), numerator, denominator, null, counted, parts, missing, null, unaccepted);
    }

    /** {@code numerator} / {@code denominator} in percent, as the park ledger rounds it; null without a denominator. */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, MathContext.DECIMAL64)
                .setScale(RATIO_SCALE, RoundingMode.HALF_UP);
    }

    private static List<Consolidation.Cell> onePerPark(List<Consolidation.Cell> cells) {
        Map<String, Consolidation.Cell> first = new LinkedHashMap<>();
        for (Consolidation.Cell cell : cells) {
            first.merge(cell.park().code(), cell, (known, other) -> known.actual() == null && other.actual() != null
                    ? other : known);
        }
        return List.copyOf(first.values());
    }

    private static List<SubmissionStatus.Row> missing(List<Consolidation.Cell> cells, Consolidation.Matrix matrix) {
        Set<String> parks = new HashSet<>();
        cells.stream().filter(c -> !c.accepted()).forEach(c -> parks.add(c.park().code()));
        return matrix.parks().stream().filter(row -> parks.contains(row.park().code())).toList();
    }

    static String param(Indicator indicator, String name) {
        try {
            JsonNode params = JSON.readTree(indicator.params() == null ? "{}" : indicator.params());
            JsonNode value = params.get(name);
            if (value == null || !value.isTextual()) {
                throw new IllegalStateException("Indicator " + indicator.code() + " lacks " + name);
            }
            return value.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Indicator " + indicator.code() + " has broken parameters", e);
        }
    }

    /**
     * The accepted packages' records, each read once, with the statistics of the metrics asked for: the report reads
     * the figures across parks and the province's contributions from one pass over each package.
     */
    static final class AcceptedPackages {
        private final Repositories read;
        private final Set<String> metrics;
        private final Map<Long, PackageFigures> loaded = new HashMap<>();

        AcceptedPackages(Repositories read, Set<String> metrics) {
            this.read = read;
            this.metrics = Set.copyOf(metrics);
        }

        /**
         * @throws UncheckedIOException when the kept zip cannot be read: the bureau verified it on receipt, so only a
         *                              damaged ledger gets here
         */
        PackageFigures of(long packageId) {
            return loaded.computeIfAbsent(packageId, this::read);
        }

        private PackageFigures read(long packageId) {
            try {
                return read.receivedPackages().readContent(packageId, zip -> PackageFigures.read(zip, metrics))
                        .orElseThrow(() -> new IllegalStateException("Package " + packageId + " has no kept file"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
