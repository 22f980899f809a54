package org.ecopark.ledger.logic.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the shipped plan catalogs into the ledger. The first start loads them; a release with a newer
 * catalog version updates the shipped rows in place, by code, and adds what is new. What users own is
 * never touched: baselines, hidden flags and notes of targets, manual values, milestone evidence, and
 * every plan, park or target a user created. Runs at every start, so an up-to-date ledger costs one
 * small read of the file's header and one query.
 */
public final class CatalogService {

    /** The settings under which the province of the shipped catalog is remembered (targets name it by code). */
    static final String PROVINCE_CODE = "catalog.province.code";
    static final String PROVINCE_NAME = "catalog.province.name";
    static final String PROVINCE_NAME_EN = "catalog.province.nameEn";

    private static final Logger LOGGER = LoggerFactory.getLogger(CatalogService.class);

    /** What a call did to one catalog. */
    public enum Outcome {
        INSTALLED,
        UPGRADED,
        UNCHANGED,
        /** A plan with the catalog's code was created by a user; the catalog keeps out of its way. */
        SKIPPED
    }

    private final UnitOfWork unitOfWork;
    private final BeforeChange beforeChange;

    /** For a ledger without backups (in memory). */
    public CatalogService(UnitOfWork unitOfWork) {
        this(unitOfWork, BeforeChange.NONE);
    }

    /** @param beforeChange asked for a backup before a newer catalog is loaded over the ledger's plan */
    public CatalogService(UnitOfWork unitOfWork, BeforeChange beforeChange) {
        this.unitOfWork = unitOfWork;
        this.beforeChange = beforeChange;
    }

    /** Installs or upgrades every catalog this release ships. */
    public List<Outcome> installOrUpgrade() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String resource : CatalogFile.SHIPPED) {
            outcomes.add(installOrUpgrade(CatalogSource.resource(resource)));
        }
        return outcomes;
    }

    /** Installs the catalog, upgrades an older version of it, or does nothing when it is current. */
    public Outcome installOrUpgrade(CatalogSource source) {
        CatalogFile.Header header = CatalogFile.readHeader(source);
        Optional<Plan> installed = unitOfWork.read().plans().findByCode(header.code());
        if (installed.isPresent() && !installed.get().shipped()) {
            LOGGER.warn("Plan {} was created by a user; catalog {} is not loaded over it", header.code(), source.name());
            return Outcome.SKIPPED;
        }
        if (installed.isPresent() && installed.get().catalogVersion() >= header.catalogVersion()) {
            return Outcome.UNCHANGED;
        }
        CatalogFile catalog = CatalogFile.read(source);
        if (installed.isPresent()) {
            beforeChange.before(BackupReason.BEFORE_PLAN); // the plan's targets are rewritten in place
        }
        unitOfWork.inTransaction(repositories -> {
            apply(repositories, catalog);
            return null;
        });
        Outcome outcome = installed.isPresent() ? Outcome.UPGRADED : Outcome.INSTALLED;
        LOGGER.info("Catalog {} {} at version {} ({} targets)", header.code(), outcome, header.catalogVersion(),
                catalog.targets().size());
        return outcome;
    }

    /** Stores the catalog by code over the ledger's shipped entries, leaving what users own; see the class comment. */
    static void apply(Repositories repositories, CatalogFile catalog) {
        repositories.settings().put(PROVINCE_CODE, catalog.provinceCode());
        repositories.settings().put(PROVINCE_NAME, catalog.provinceName());
        if (catalog.provinceNameEn() != null) {
            repositories.settings().put(PROVINCE_NAME_EN, catalog.provinceNameEn());
        }
        for (Cluster cluster : catalog.clusters()) {
            boolean userOwned = repositories.parks().findClusters().stream()
                    .anyMatch(existing -> existing.code().equals(cluster.code()) && !existing.shipped());
            if (userOwned) {
                LOGGER.warn("Cluster {} was created by a user; the catalog leaves it as it is", cluster.code());
            } else {
                repositories.parks().saveCluster(cluster);
            }
        }
        for (Park park : catalog.parks()) {
            if (repositories.parks().findByCode(park.code()).filter(existing -> !existing.shipped()).isPresent()) {
                LOGGER.warn("Park {} was created by a user; the catalog leaves it as it is", park.code());
            } else {
                repositories.parks().save(park);
            }
        }
        for (Indicator indicator : catalog.indicators()) {
            if (repositories.indicators().findByCode(indicator.code()).filter(i -> !i.shipped()).isPresent()) {
                LOGGER.warn("Indicator {} was created by a user; the catalog leaves it as it is", indicator.code());
            } else {
                repositories.indicators().save(indicator);
            }
        }
        Plan plan = catalog.plan();
        repositories.plans().save(plan);
        Map<String, Target> existing = repositories.targets()
                .find(TargetFilter.all().withPlan(plan.code()).withHidden(true)).stream()
                .collect(Collectors.toMap(Target::code, Function.identity()));
        for (Target target : catalog.targets()) {
            Target current = existing.get(target.code());
            if (current == null) {
                repositories.targets().insert(target);
            } else if (!current.shipped()) {
                LOGGER.warn("Target {} of plan {} was added by a user; the catalog's target of that code is not loaded",
                        target.code(), plan.code());
            } else {
                repositories.targets().updateCatalogFields(current.id(), keepBaselineValid(current, target));
            }
        }
    }

    /**
     * A newer catalog may move a deadline before a baseline the user dated; the baseline is the user's,
     * so the old deadline stays for that target and the clash is logged.
     */
    private static Target keepBaselineValid(Target current, Target shipped) {
        if (current.baselineDate() != null && shipped.deadline().isBefore(current.baselineDate())) {
            LOGGER.warn("Target {}: new deadline {} is before the user's baseline date {}; keeping deadline {}",
                    current.code(), shipped.deadline(), current.baselineDate(), current.deadline());
            return new Target(shipped.id(), shipped.planCode(), shipped.code(), shipped.scope(), shipped.scopeCode(),
                    shipped.clause(), shipped.sentence(), shipped.title(), shipped.kind(), shipped.comparator(),
                    shipped.value(), shipped.unit(), current.deadline(), shipped.indicatorCode(), shipped.note(),
                    null, null, false, true, null, shipped.titleEn());
        }
        return shipped;
    }
}
