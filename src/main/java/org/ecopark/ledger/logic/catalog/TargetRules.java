package org.ecopark.ledger.logic.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Repositories;

/**
 * What a plan, park or target a user adds must satisfy before it is stored, checked inside the
 * transaction that stores it. The first broken rule is reported as a {@link TargetException}.
 */
final class TargetRules {

    private static final Pattern PARK_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");
    private static final Pattern PLAN_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");
    private static final Pattern TARGET_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    private final Repositories repositories;

    TargetRules(Repositories repositories) {
        this.repositories = repositories;
    }

    void checkNewPark(Park park) {
        required("targets.field.code", park.code());
        String code = park.code().strip();
        if (!PARK_CODE.matcher(code).matches()) {
            throw new TargetException(I18n.tr("targets.error.parkCode", code));
        }
        // Park, cluster and province codes share one namespace: manual values are keyed by it.
        boolean taken = repositories.parks().findByCode(code).isPresent()
                || repositories.parks().findClusters().stream().anyMatch(c -> c.code().equals(code))
                || repositories.settings().get(CatalogService.PROVINCE_CODE).filter(code::equals).isPresent();
        if (taken) {
            throw new TargetException(I18n.tr("targets.error.codeTaken", code));
        }
        required("targets.field.name", park.name());
        required("targets.field.shortName", park.shortName());
        required("targets.field.city", park.city());
        maxLength(code, "targets.field.name", park.name(), 100);
        maxLength(code, "targets.field.shortName", park.shortName(), 32);
        maxLength(code, "targets.field.city", park.city(), 32);
        maxLength(code, "targets.field.district", park.district(), 32);
        maxLength(code, "targets.field.segment", park.segment(), 100);
        if (park.clusterCode() != null && !park.clusterCode().isBlank()
                && repositories.parks().findClusters().stream().noneMatch(c -> c.code().equals(park.clusterCode()))) {
            throw new TargetException(I18n.tr("targets.error.unknownCluster", park.clusterCode()));
        }
    }

    void checkNewPlan(Plan plan) {
        required("targets.field.code", plan.code());
        String code = plan.code().strip();
        if (!PLAN_CODE.matcher(code).matches()) {
            throw new TargetException(I18n.tr("targets.error.planCode", code));
        }
        if (repositories.plans().findByCode(code).isPresent()) {
            throw new TargetException(I18n.tr("targets.error.codeTaken", code));
        }
        required("targets.field.name", plan.name());
        required("targets.field.start", plan.start());
        required("targets.field.end", plan.end());
        maxLength(code, "targets.field.name", plan.name(), 200);
        maxLength(code, "targets.field.shortName", plan.shortName(), 64);
        maxLength(code, "targets.field.document", plan.document(), 100);
        if (plan.end().isBefore(plan.start())) {
            throw new TargetException(I18n.tr("targets.error.dates"));
        }
    }

    void checkNewTarget(Target target) {
        required("targets.field.plan", target.planCode());
        if (repositories.plans().findByCode(target.planCode()).isEmpty()) {
            throw new TargetException(I18n.tr("targets.error.unknownPlan", target.planCode()));
        }
        required("targets.field.code", target.code());
        String code = target.code().strip();
        if (!TARGET_CODE.matcher(code).matches()) {
            throw new TargetException(I18n.tr("targets.error.targetCode", code));
        }
        if (repositories.targets().findByCode(target.planCode(), code).isPresent()) {
            throw new TargetException(I18n.tr("targets.error.codeTaken", code));
        }
        required("targets.field.scope", target.scope());
        required("targets.field.scopeCode", target.scopeCode());
        boolean scopeKnown = switch (target.scope()) {
            case PROVINCE -> repositories.settings().get(CatalogService.PROVINCE_CODE)
                    .filter(target.scopeCode()::equals).isPresent();
            case CLUSTER -> repositories.parks().findClusters().stream()
                    .anyMatch(c -> c.code().equals(target.scopeCode()));
            case PARK -> repositories.parks().findByCode(target.scopeCode()).isPresent();
        };
        if (!scopeKnown) {
            throw new TargetException(I18n.tr("targets.error.unknownScope",
                    I18n.tr("targets.scope." + target.scope().name()), target.scopeCode()));
        }
        required("targets.field.title", target.title());
        required("targets.field.kind", target.kind());
        required("targets.field.comparator", target.comparator());
        required("targets.field.value", target.value());
        required("targets.field.unit", target.unit());
        required("targets.field.deadline", target.deadline());
        required("targets.field.indicator", target.indicatorCode());
        maxLength(code, "targets.field.title", target.title(), 100);
        maxLength(code, "targets.field.clause", target.clause(), 32);
        maxLength(code, "targets.field.sentence", target.sentence(), 2000);
        maxLength(code, "targets.field.note", target.note(), 1000);
        maxLength(code, "targets.field.userNote", target.userNote(), 2000);
        amount(code, target.value());
        Indicator indicator = repositories.indicators().findByCode(target.indicatorCode())
                .orElseThrow(() -> new TargetException(I18n.tr("targets.error.unknownIndicator", target.indicatorCode())));
        if (!indicator.unitFollowsTarget() && Unit.find(indicator.unit()).filter(u -> !u.convertsTo(target.unit())).isPresent()) {
            throw new TargetException(I18n.tr("targets.error.unitMismatch", target.unit().symbol(), indicator.code(),
                    indicator.unit()));
        }
        checkBaseline(code, target.baselineValue(), target.baselineDate(), target.deadline());
    }

    /** A baseline is a value and a date, both or neither; not negative, and dated no later than the deadline. */
    static void checkBaseline(String code, BigDecimal value, LocalDate date, LocalDate deadline) {
        if ((value == null) != (date == null)) {
            throw new TargetException(I18n.tr("targets.error.baselineBoth", code));
        }
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new TargetException(I18n.tr("targets.error.baselineNegative", code));
        }
        if (value.stripTrailingZeros().scale() > 4) {
            throw new TargetException(I18n.tr("targets.error.precision", code));
        }
        if (date.isAfter(deadline)) {
            throw new TargetException(I18n.tr("targets.error.baselineAfterDeadline", code, deadline.toString()));
        }
    }

    static void maxLength(String code, String fieldKey, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new TargetException(I18n.tr("targets.error.tooLong", code, I18n.tr(fieldKey), String.valueOf(max)));
        }
    }

    private static void amount(String code, BigDecimal value) {
        if (value.signum() < 0) {
            throw new TargetException(I18n.tr("targets.error.negative", code));
        }
        if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 16) {
            throw new TargetException(I18n.tr("targets.error.precision", code));
        }
    }

    private static void required(String fieldKey, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new TargetException(I18n.tr("targets.error.required", I18n.tr(fieldKey)));
        }
    }
}
