package org.ecopark.ledger.logic.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.CatalogDocument.BaselineEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.ClusterEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.IndicatorEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.ParkEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.ProvinceEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.TargetEntry;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Writes one plan of the ledger as a catalog in the shipped catalogs' format: the plan, its province, the clusters,
 * parks and indicators its targets name, and every target with its clause and source sentence. What a park keeps for
 * itself (hidden flags, its own notes, manual values, evidence) is not the plan's and is not written.
 */
final class CatalogWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private CatalogWriter() {
    }

    /**
     * The plan {@code planCode} as catalog JSON at {@code version}; refused (with a sentence) when the ledger has no
     * such plan, the plan has no targets, or the version is lower than the plan's own.
     */
    static byte[] write(Repositories repositories, String planCode, Integer version) {
        Plan plan = repositories.plans().findByCode(planCode).orElseThrow(() ->
                refused(planCode, I18n.tr("plans.export.noPlan", planCode)));
        int catalogVersion = version == null ? Math.max(1, plan.catalogVersion()) : version;
        if (catalogVersion < Math.max(1, plan.catalogVersion())) {
            throw refused(planCode, I18n.tr("plans.export.versionTooLow", catalogVersion, plan.catalogVersion()));
        }
        List<Target> targets = repositories.targets().find(TargetFilter.all().withPlan(planCode).withHidden(true));
        if (targets.isEmpty()) {
            throw refused(planCode, I18n.tr("plans.export.noTargets", planCode));
        }
        Set<String> parkCodes = codes(targets, TargetScope.PARK);
        List<Park> parks = parkCodes.stream().map(code -> repositories.parks().findByCode(code).orElseThrow()).toList();
        Set<String> clusterCodes = codes(targets, TargetScope.CLUSTER);
        parks.stream().map(Park::clusterCode).filter(code -> code != null).forEach(clusterCodes::add);
        Map<String, Cluster> clusters = repositories.parks().findClusters().stream()
                .collect(Collectors.toMap(Cluster::code, Function.identity()));
        Set<String> indicatorCodes = targets.stream().map(Target::indicatorCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<Indicator> indicators = indicatorCodes.stream()
                .map(code -> repositories.indicators().findByCode(code).orElseThrow()).toList();

        CatalogDocument document = new CatalogDocument(plan.code(), catalogVersion, plan.name(), plan.shortName(),
                plan.document(), plan.issuedOn(), plan.start(), plan.end(), province(repositories, targets),
                clusterCodes.stream().map(clusters::get)
                        .map(c -> new ClusterEntry(c.code(), c.name(), c.city(), c.nameEn())).toList(),
                parks.stream().map(p -> new ParkEntry(p.code(), p.name(), p.shortName(), p.city(), p.district(),
                        p.clusterCode(), p.segment(), p.nameEn(), p.shortNameEn())).toList(),
                indicators.stream().map(CatalogWriter::indicator).toList(),
                targets.stream().map(CatalogWriter::target).toList(), plan.nameEn(), plan.shortNameEn());
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalog always writes as JSON", e);
        }
    }

    private static ProvinceEntry province(Repositories repositories, List<Target> targets) {
        String code = repositories.settings().get(CatalogService.PROVINCE_CODE).orElseGet(() -> targets.stream()
                .filter(t -> t.scope() == TargetScope.PROVINCE).map(Target::scopeCode).findFirst().orElse(null));
        String name = repositories.settings().get(CatalogService.PROVINCE_NAME).orElse(code);
        String nameEn = repositories.settings().get(CatalogService.PROVINCE_NAME_EN).orElse(null);
        return new ProvinceEntry(code, name, nameEn);
    }

    private static Set<String> codes(List<Target> targets, TargetScope scope) {
        return targets.stream().filter(t -> t.scope() == scope).map(Target::scopeCode)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static IndicatorEntry indicator(Indicator indicator) {
        JsonNode params;
        try {
            params = JSON.readTree(indicator.params() == null || indicator.params().isBlank() ? "{}" : indicator.params());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Indicator " + indicator.code() + " holds parameters that are no JSON", e);
        }
        return new IndicatorEntry(indicator.code(), indicator.name(), indicator.computation(), params,
                indicator.unitFollowsTarget() ? null : indicator.unit(), indicator.description(), indicator.nameEn());
    }

    private static TargetEntry target(Target target) {
        BaselineEntry baseline = target.baselineValue() == null || target.baselineDate() == null ? null
                : new BaselineEntry(target.baselineValue(), target.baselineDate());
        return new TargetEntry(target.code(), target.scope().name(), target.scopeCode(), target.clause(),
                target.sentence(), target.title(), target.kind().name(), target.comparator().code(), target.value(),
                target.unit().symbol(), target.deadline(), target.indicatorCode(), baseline, target.note(),
                target.titleEn());
    }

    private static CatalogException refused(String planCode, String problem) {
        return new CatalogException(planCode, List.of(problem));
    }
}
