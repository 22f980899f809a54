package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The province-level targets of the bureau's catalog, and the cluster targets of the clusters its parks belong to,
 * each with what the city's parks contribute to it ({@link ProvinceFeeds}: 本市园区合计, computed from the accepted
 * packages' records) or marked as needing the province's own figures.
 */
public final class ProvinceContributions {

    /** What a target gets from the parks. */
    public enum Source {
        /** Computed from the accepted packages: the parks' contribution. */
        PARKS,
        /** Mapped, but the period is no whole calendar year, which the yearly figures need. */
        NEEDS_YEAR,
        /** 需省级数据: no park's records can feed it. */
        PROVINCE
    }

    /**
     * @param contribution the parks' sum (or ratio of sums, in percent); null unless the source is PARKS
     * @param contributing the accepted parks whose packages went in
     * @param missing      the bureau's parks whose package was not accepted, with their state
     */
    public record Row(Target target, Source source, BigDecimal contribution, BigDecimal numerator,
                      BigDecimal denominator, List<Park> contributing, List<SubmissionStatus.Row> missing) {

        public Row {
            contributing = List.copyOf(contributing);
            missing = List.copyOf(missing);
        }
    }

    private final UnitOfWork unitOfWork;

    public ProvinceContributions(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** The rows of the consolidation {@code matrix}'s period, province targets first, each by code. */
    public List<Row> rows(Consolidation.Matrix matrix) {
        return rows(matrix, new CrossParkFigures.AcceptedPackages(unitOfWork.read(), ProvinceFeeds.metrics()));
    }

    /** The rows, reading the packages through {@code packages} (which holds at least ENV_REVENUE). */
    List<Row> rows(Consolidation.Matrix matrix, CrossParkFigures.AcceptedPackages packages) {
        Repositories read = unitOfWork.read();
        List<SubmissionStatus.Row> accepted = matrix.parks().stream()
                .filter(row -> row.state() == SubmissionStatus.State.RECEIVED).toList();
        List<SubmissionStatus.Row> missing = matrix.parks().stream()
                .filter(row -> row.state() != SubmissionStatus.State.RECEIVED).toList();
        ProvinceFeeds.Window window = ProvinceFeeds.Window.of(matrix.period());
        List<Row> rows = new ArrayList<>();
        for (Target target : targets(read, matrix)) {
            var mapping = ProvinceFeeds.mapping(target.code());
            if (mapping.isEmpty() || target.scope() != TargetScope.PROVINCE) {
                rows.add(new Row(target, Source.PROVINCE, null, null, null, List.of(), missing));
            } else if (mapping.get().yearly() && window.yearStart() == null) {
                rows.add(new Row(target, Source.NEEDS_YEAR, null, null, null, List.of(), missing));
            } else {
                rows.add(contribution(target, mapping.get(), accepted, missing, packages, window));
            }
        }
        return rows;
    }

    private static Row contribution(Target target, ProvinceFeeds.Mapping mapping, List<SubmissionStatus.Row> accepted,
                                    List<SubmissionStatus.Row> missing, CrossParkFigures.AcceptedPackages packages,
                                    ProvinceFeeds.Window window) {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = mapping.ratio() ? BigDecimal.ZERO : null;
        List<Park> contributing = new ArrayList<>();
        for (SubmissionStatus.Row park : accepted) {
            ProvinceFeeds.Part part = mapping.feed().part(packages.of(park.current().id()), window);
            numerator = numerator.add(part.numerator());
            if (mapping.ratio()) {
                denominator = denominator.add(part.denominator());
            }
            contributing.add(park.park());
        }
        BigDecimal value = accepted.isEmpty() ? null
                : mapping.ratio() ? CrossParkFigures.percent(numerator, denominator) : numerator;
        return new Row(target, Source.PARKS, value, accepted.isEmpty() ? null : numerator, denominator, contributing,
                missing);
    }

    /** The province's targets, then those of the clusters the bureau's parks belong to. */
    private static List<Target> targets(Repositories read, Consolidation.Matrix matrix) {
        List<Target> targets = new ArrayList<>(read.targets().find(TargetFilter.all().withScope(TargetScope.PROVINCE, null)));
        targets.sort(Comparator.comparing(Target::code));
        Set<String> clusters = new LinkedHashSet<>();
        matrix.parks().forEach(row -> {
            if (row.park().clusterCode() != null) {
                clusters.add(row.park().clusterCode());
            }
        });
        for (String cluster : clusters) {
            List<Target> ofCluster = new ArrayList<>(read.targets().find(TargetFilter.all()
                    .withScope(TargetScope.CLUSTER, cluster)));
            ofCluster.sort(Comparator.comparing(Target::code));
            targets.addAll(ofCluster);
        }
        return targets;
    }
}
