package org.ecopark.ledger.logic.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.catalog.PlanChanges.Change;
import org.ecopark.ledger.logic.catalog.PlanChanges.FieldChange;
import org.ecopark.ledger.logic.catalog.PlanChanges.Kind;
import org.ecopark.ledger.logic.catalog.PlanChanges.Section;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Compares a catalog with the ledger the way {@link CatalogService} would apply it: by code, on the fields a catalog
 * owns only (a target's baseline, hidden flag and the park's own note are the park's and never compared).
 */
final class PlanComparison {

    private final Repositories repositories;
    private final List<Change> changes = new ArrayList<>();
    private int unchanged;

    private PlanComparison(Repositories repositories) {
        this.repositories = repositories;
    }

    static PlanChanges compare(Repositories repositories, CatalogFile catalog) {
        return new PlanComparison(repositories).run(catalog);
    }

    private PlanChanges run(CatalogFile catalog) {
        Plan plan = catalog.plan();
        entry(Section.PLAN, plan.code(), plan.name(), repositories.plans().findByCode(plan.code()), Plan::shipped,
                Fields.of(plan)
                        .with("name", Plan::name)
                        .with("shortName", Plan::shortName)
                        .with("nameEn", Plan::nameEn)
                        .with("shortNameEn", Plan::shortNameEn)
                        .with("document", Plan::document)
                        .with("issuedOn", Plan::issuedOn)
                        .with("start", Plan::start)
                        .with("end", Plan::end)
                        .with("catalogVersion", Plan::catalogVersion));
        Map<String, Cluster> clusters = repositories.parks().findClusters().stream()
                .collect(Collectors.toMap(Cluster::code, Function.identity()));
        for (Cluster cluster : catalog.clusters()) {
            entry(Section.CLUSTER, cluster.code(), cluster.name(), Optional.ofNullable(clusters.get(cluster.code())),
                    Cluster::shipped, Fields.of(cluster)
                            .with("name", Cluster::name)
                            .with("nameEn", Cluster::nameEn)
                            .with("city", Cluster::city));
        }
        for (Park park : catalog.parks()) {
            entry(Section.PARK, park.code(), park.name(), repositories.parks().findByCode(park.code()), Park::shipped,
                    Fields.of(park)
                            .with("name", Park::name)
                            .with("shortName", Park::shortName)
                            .with("nameEn", Park::nameEn)
                            .with("shortNameEn", Park::shortNameEn)
                            .with("city", Park::city)
                            .with("district", Park::district)
                            .with("cluster", Park::clusterCode)
                            .with("segment", Park::segment));
        }
        for (Indicator indicator : catalog.indicators()) {
            entry(Section.INDICATOR, indicator.code(), indicator.name(),
                    repositories.indicators().findByCode(indicator.code()), Indicator::shipped,
                    Fields.of(indicator)
                            .with("name", Indicator::name)
                            .with("nameEn", Indicator::nameEn)
                            .with("computation", Indicator::computation)
                            .with("params", Indicator::params)
                            .with("unit", Indicator::unit)
                            .with("description", Indicator::description));
        }
        Map<String, Target> targets = repositories.targets()
                .find(TargetFilter.all().withPlan(plan.code()).withHidden(true)).stream()
                .collect(Collectors.toMap(Target::code, Function.identity()));
        for (Target target : catalog.targets()) {
            entry(Section.TARGET, target.code(), target.title(), Optional.ofNullable(targets.get(target.code())),
                    Target::shipped, Fields.of(target)
                            .with("title", Target::title)
                            .with("titleEn", Target::titleEn)
                            .with("clause", Target::clause)
                            .with("sentence", Target::sentence)
                            .with("scope", Target::scope)
                            .with("scopeCode", Target::scopeCode)
                            .with("kind", Target::kind)
                            .with("comparator", Target::comparator)
                            .with("value", Target::value)
                            .with("unit", Target::unit)
                            .with("deadline", Target::deadline)
                            .with("indicator", Target::indicatorCode)
                            .with("note", Target::note));
        }
        Set<String> inFile = catalog.targets().stream().map(Target::code).collect(Collectors.toSet());
        List<String> notInFile = targets.keySet().stream().filter(code -> !inFile.contains(code)).sorted().toList();
        return new PlanChanges(changes, unchanged, notInFile);
    }

    /** The fields of one entry a catalog owns, by name (a key under {@code plans.field.}), and the file's entry. */
    private static final class Fields<T> {
        private final T incoming;
        private final Map<String, Function<T, ?>> accessors = new LinkedHashMap<>();

        private Fields(T incoming) {
            this.incoming = incoming;
        }

        static <T> Fields<T> of(T incoming) {
            return new Fields<>(incoming);
        }

        Fields<T> with(String name, Function<T, ?> accessor) {
            accessors.put(name, accessor);
            return this;
        }
    }

    private <T> void entry(Section section, String code, String name, Optional<T> existing,
                           Function<T, Boolean> shipped, Fields<T> fields) {
        if (existing.isEmpty()) {
            changes.add(new Change(section, code, name, Kind.NEW, List.of()));
            return;
        }
        if (!shipped.apply(existing.get())) {
            changes.add(new Change(section, code, name, Kind.KEPT, List.of()));
            return;
        }
        List<FieldChange> changed = new ArrayList<>();
        for (Map.Entry<String, Function<T, ?>> field : fields.accessors.entrySet()) {
            String before = shown(field.getValue().apply(existing.get()));
            String after = shown(field.getValue().apply(fields.incoming));
            if (!Objects.equals(before, after)) {
                changed.add(new FieldChange(field.getKey(), before, after));
            }
        }
        if (changed.isEmpty()) {
            unchanged++;
        } else {
            changes.add(new Change(section, code, name, Kind.CHANGED, changed));
        }
    }

    /** A value as the preview shows it; blank text and no value are the same, amounts compare by value. */
    private static String shown(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof org.ecopark.ledger.model.Comparator comparator) {
            return comparator.symbol();
        }
        if (value instanceof org.ecopark.ledger.model.Unit unit) {
            return unit.symbol();
        }
        return value.toString();
    }
}
