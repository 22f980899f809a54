package org.ecopark.ledger.logic.catalog;

import org.ecopark.ledger.model.Bilingual;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.ScopeEntry;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The plans' targets as users see and manage them: listing by plan, scope, kind and deadline; the
 * baseline, hidden flag and note the user owns; and what a user may add (a park outside the ten, the
 * next plan, targets from a city's work plan). Shipped targets are never deleted, only hidden: a newer
 * catalog would bring them back, and reports refer to them by code.
 */
public final class TargetService {

    private final UnitOfWork unitOfWork;

    public TargetService(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public List<Target> list(TargetFilter filter) {
        return unitOfWork.read().targets().find(filter);
    }

    /** The visible targets the plans set for one park. */
    public List<Target> forPark(String parkCode) {
        return list(TargetFilter.park(parkCode));
    }

    public Optional<Target> find(long id) {
        return unitOfWork.read().targets().findById(id);
    }

    public Optional<Target> find(String planCode, String code) {
        return unitOfWork.read().targets().findByCode(planCode, code);
    }

    public List<Plan> plans() {
        return unitOfWork.read().plans().findAll();
    }

    public List<Indicator> indicators() {
        return unitOfWork.read().indicators().findAll();
    }

    /**
     * Everything of one scope a target can bind (null: all scopes), province first, then clusters, then parks, named
     * in the user's language.
     */
    public List<ScopeEntry> scopes(TargetScope scope) {
        return scopes(scope, I18n.locale());
    }

    /** The same, named in {@code language} (Chinese where an entry has no English name). */
    public List<ScopeEntry> scopes(TargetScope scope, Locale language) {
        Repositories read = unitOfWork.read();
        List<ScopeEntry> entries = new ArrayList<>();
        if (scope == null || scope == TargetScope.PROVINCE) {
            read.settings().get(CatalogService.PROVINCE_CODE).ifPresent(code -> entries.add(new ScopeEntry(
                    TargetScope.PROVINCE, code, Bilingual.pick(language,
                            read.settings().get(CatalogService.PROVINCE_NAME).orElse(code),
                            read.settings().get(CatalogService.PROVINCE_NAME_EN).orElse(null)))));
        }
        if (scope == null || scope == TargetScope.CLUSTER) {
            for (Cluster cluster : read.parks().findClusters()) {
                entries.add(new ScopeEntry(TargetScope.CLUSTER, cluster.code(), cluster.nameIn(language)));
            }
        }
        if (scope == null || scope == TargetScope.PARK) {
            for (Park park : read.parks().findAll()) {
                entries.add(new ScopeEntry(TargetScope.PARK, park.code(), park.nameIn(language)));
            }
        }
        return entries;
    }

    /** The name of a province, cluster or park; its code when the ledger does not know it. */
    public String scopeName(TargetScope scope, String code) {
        return scopes(scope).stream().filter(entry -> entry.code().equals(code)).map(ScopeEntry::name)
                .findFirst().orElse(code);
    }

    /** Sets or (both null) clears the baseline the target's progress is measured from. */
    public Target setBaseline(long id, BigDecimal value, LocalDate date) {
        Target target = existing(id);
        return saveUserFields(id, value, date, target.hidden(), target.userNote());
    }

    public Target setHidden(long id, boolean hidden) {
        Target target = existing(id);
        return saveUserFields(id, target.baselineValue(), target.baselineDate(), hidden, target.userNote());
    }

    public Target setUserNote(long id, String note) {
        Target target = existing(id);
        return saveUserFields(id, target.baselineValue(), target.baselineDate(), target.hidden(), note);
    }

    /** Stores everything the user owns of a target at once, as the detail page saves it. */
    public Target saveUserFields(long id, BigDecimal baselineValue, LocalDate baselineDate, boolean hidden,
                                 String userNote) {
        Target target = existing(id);
        String note = userNote == null || userNote.isBlank() ? null : userNote.strip();
        TargetRules.checkBaseline(target.code(), baselineValue, baselineDate, target.deadline());
        TargetRules.maxLength(target.code(), "targets.field.userNote", note, 2000);
        return unitOfWork.inTransaction(repositories -> {
            repositories.targets().updateUserFields(id, baselineValue, baselineDate, hidden, note);
            return repositories.targets().findById(id).orElseThrow();
        });
    }

    /** Adds a park the shipped catalog does not know, e.g. one of a city outside the ten. */
    public Park createPark(Park park) {
        return unitOfWork.inTransaction(repositories -> {
            new TargetRules(repositories).checkNewPark(park);
            Park stored = new Park(0, park.code().strip(), park.name().strip(), park.shortName().strip(),
                    park.city().strip(), blankToNull(park.district()), blankToNull(park.clusterCode()),
                    blankToNull(park.segment()), false);
            repositories.parks().save(stored);
            return repositories.parks().findByCode(stored.code()).orElseThrow();
        });
    }

    /** Adds a plan of the user's, e.g. the next cycle's, to which targets can then be added. */
    public Plan createPlan(Plan plan) {
        return unitOfWork.inTransaction(repositories -> {
            new TargetRules(repositories).checkNewPlan(plan);
            Plan stored = new Plan(0, plan.code().strip(), plan.name().strip(), blankToNull(plan.shortName()),
                    blankToNull(plan.document()), plan.issuedOn(), plan.start(), plan.end(), 0, false);
            repositories.plans().save(stored);
            return repositories.plans().findByCode(stored.code()).orElseThrow();
        });
    }

    /** Adds a target of the user's to a plan; it can be edited and deleted, unlike a shipped one. */
    public Target addTarget(Target target) {
        return unitOfWork.inTransaction(repositories -> {
            new TargetRules(repositories).checkNewTarget(target);
            Target stored = new Target(0, target.planCode(), target.code().strip(), target.scope(),
                    target.scopeCode(), blankToNull(target.clause()), blankToNull(target.sentence()),
                    target.title().strip(), target.kind(), target.comparator(), target.value(), target.unit(),
                    target.deadline(), target.indicatorCode(), blankToNull(target.note()), target.baselineValue(),
                    target.baselineDate(), target.hidden(), false, blankToNull(target.userNote()));
            long id = repositories.targets().insert(stored);
            return repositories.targets().findById(id).orElseThrow();
        });
    }

    /** Deletes a target a user added; a shipped target is refused (hide it instead). */
    public void deleteTarget(long id) {
        unitOfWork.inTransaction(repositories -> {
            Target target = repositories.targets().findById(id)
                    .orElseThrow(() -> new TargetException(I18n.tr("targets.error.notFound", String.valueOf(id))));
            if (target.shipped()) {
                throw new TargetException(I18n.tr("targets.error.deleteShipped", target.code()));
            }
            if (repositories.targets().countEvidence(id) > 0) {
                throw new TargetException(I18n.tr("targets.error.deleteEvidence", target.code()));
            }
            repositories.targets().delete(id);
            return null;
        });
    }

    private Target existing(long id) {
        return find(id).orElseThrow(() -> new TargetException(I18n.tr("targets.error.notFound", String.valueOf(id))));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
