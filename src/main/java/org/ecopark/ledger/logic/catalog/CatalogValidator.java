package org.ecopark.ledger.logic.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.catalog.CatalogDocument.BaselineEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.ClusterEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.IndicatorEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.ParkEntry;
import org.ecopark.ledger.logic.catalog.CatalogDocument.TargetEntry;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;

/**
 * The checks a catalog passes before anything of it is stored. Every problem is collected, each as one
 * translated line naming the entry (a target, park, cluster or indicator code, or the plan's code for
 * the file's own fields).
 */
final class CatalogValidator {

    /** Indicators of this computation have no unit of their own: values are entered in the target's unit. */
    static final String MANUAL_COMPUTATION = "MANUAL";
    /** Problems listed at most; the list says when it stopped there. */
    static final int MAX_PROBLEMS = 50;

    private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    private static final Pattern PLAN_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,31}");
    private static final Pattern SCOPE_CODE = Pattern.compile("[A-Z][A-Z0-9]{0,15}");
    private static final Pattern TARGET_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
    private static final Pattern INDICATOR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final CatalogDocument document;
    private final List<String> problems = new ArrayList<>();
    private final Map<TargetScope, Set<String>> scopeCodes = new HashMap<>();
    private final Map<String, String> indicatorUnits = new HashMap<>();

    CatalogValidator(CatalogDocument document) {
        this.document = document;
        for (TargetScope scope : TargetScope.values()) {
            scopeCodes.put(scope, new HashSet<>());
        }
    }

    List<String> validate() {
        String plan = document.code() == null ? "?" : Excerpt.of(document.code());
        checkPlan(plan);
        Set<String> allScopeCodes = new HashSet<>();
        if (document.province() != null) {
            String code = document.province().code();
            required(plan, "province.code", code);
            required(plan, "province.name", document.province().name());
            length(plan, "province.name", document.province().name(), 100);
            length(plan, "province.nameEn", document.province().nameEn(), 200);
            if (code != null) {
                pattern(plan, "province.code", code, SCOPE_CODE);
                allScopeCodes.add(code);
                scopeCodes.get(TargetScope.PROVINCE).add(code);
            }
        }
        each(plan, "clusters", document.clusters(), (cluster, i) -> checkCluster(cluster, i, allScopeCodes));
        each(plan, "parks", document.parks(), (park, i) -> checkPark(park, i, allScopeCodes));
        Set<String> indicatorCodes = new HashSet<>();
        each(plan, "indicators", document.indicators(), (indicator, i) -> checkIndicator(indicator, i, indicatorCodes));
        Set<String> targetCodes = new HashSet<>();
        each(plan, "targets", document.targets(), (target, i) -> checkTarget(target, i, targetCodes));
        if (full()) {
            problems.add(I18n.tr("targets.catalog.more"));
        }
        return problems;
    }

    /** Checks the entries of a section in order, until enough problems are found; an empty entry (null) is one. */
    private <T> void each(String plan, String section, List<T> entries, BiConsumer<T, Integer> check) {
        if (!required(plan, section, entries)) {
            return;
        }
        for (int i = 0; i < entries.size() && !full(); i++) {
            if (entries.get(i) == null) {
                problem(section + "[" + i + "]", I18n.tr("targets.catalog.emptyEntry"));
            } else {
                check.accept(entries.get(i), i);
            }
        }
    }

    private void checkCluster(ClusterEntry cluster, int index, Set<String> allScopeCodes) {
        String entry = entryName(cluster.code(), "clusters", index);
        required(entry, "code", cluster.code());
        required(entry, "name", cluster.name());
        required(entry, "city", cluster.city());
        length(entry, "name", cluster.name(), 100);
        length(entry, "nameEn", cluster.nameEn(), 200);
        length(entry, "city", cluster.city(), 32);
        scopeCode(entry, cluster.code(), TargetScope.CLUSTER, allScopeCodes);
    }

    /** Enough problems to fix for one round: a file of a million bad entries is not listed entry by entry. */
    private boolean full() {
        return problems.size() >= MAX_PROBLEMS;
    }

    private void checkPlan(String plan) {
        if (required(plan, "code", document.code())) {
            pattern(plan, "code", document.code(), PLAN_CODE);
        }
        if (required(plan, "catalogVersion", document.catalogVersion()) && document.catalogVersion() < 1) {
            problem(plan, I18n.tr("targets.catalog.version"));
        }
        required(plan, "name", document.name());
        length(plan, "name", document.name(), 200);
        length(plan, "shortName", document.shortName(), 64);
        length(plan, "nameEn", document.nameEn(), 300);
        length(plan, "shortNameEn", document.shortNameEn(), 100);
        length(plan, "document", document.document(), 100);
        required(plan, "province", document.province());
        date(plan, "issuedOn", document.issuedOn());
        date(plan, "start", document.start());
        date(plan, "end", document.end());
        if (required(plan, "start", document.start()) & required(plan, "end", document.end())
                && document.end().isBefore(document.start())) {
            problem(plan, I18n.tr("targets.catalog.dates"));
        }
    }

    private void checkPark(ParkEntry park, int index, Set<String> allScopeCodes) {
        String entry = entryName(park.code(), "parks", index);
        required(entry, "code", park.code());
        required(entry, "name", park.name());
        required(entry, "shortName", park.shortName());
        required(entry, "city", park.city());
        required(entry, "district", park.district());
        length(entry, "name", park.name(), 100);
        length(entry, "shortName", park.shortName(), 32);
        length(entry, "nameEn", park.nameEn(), 200);
        length(entry, "shortNameEn", park.shortNameEn(), 64);
        length(entry, "segment", park.segment(), 100);
        length(entry, "city", park.city(), 32);
        length(entry, "district", park.district(), 32);
        if (park.cluster() != null && !scopeCodes.get(TargetScope.CLUSTER).contains(park.cluster())) {
            problem(entry, I18n.tr("targets.catalog.unknownCluster", Excerpt.of(park.cluster())));
        }
        scopeCode(entry, park.code(), TargetScope.PARK, allScopeCodes);
    }

    private void checkIndicator(IndicatorEntry indicator, int index, Set<String> codes) {
        String entry = entryName(indicator.code(), "indicators", index);
        if (required(entry, "code", indicator.code())) {
            pattern(entry, "code", indicator.code(), INDICATOR_CODE);
            if (!codes.add(indicator.code())) {
                problem(entry, I18n.tr("targets.catalog.duplicateCode", Excerpt.of(indicator.code())));
            }
        }
        required(entry, "name", indicator.name());
        required(entry, "computation", indicator.computation());
        length(entry, "name", indicator.name(), 100);
        length(entry, "nameEn", indicator.nameEn(), 200);
        length(entry, "computation", indicator.computation(), 32);
        length(entry, "description", indicator.description(), 1000);
        if (indicator.params() != null && indicator.params().toString().length() > 2000) {
            problem(entry, I18n.tr("targets.catalog.tooLong", "params", "2000"));
        }
        if (indicator.unit() == null) {
            if (!MANUAL_COMPUTATION.equals(indicator.computation())) {
                required(entry, "unit", null);
            }
        } else if (Unit.find(indicator.unit()).isEmpty()) {
            problem(entry, I18n.tr("targets.catalog.unknownUnit", Excerpt.of(indicator.unit())));
        }
        if (indicator.code() != null) {
            indicatorUnits.put(indicator.code(), indicator.unit() == null ? "" : indicator.unit());
        }
    }

    private void checkTarget(TargetEntry target, int index, Set<String> codes) {
        String entry = entryName(target.code(), "targets", index);
        if (required(entry, "code", target.code())) {
            pattern(entry, "code", target.code(), TARGET_CODE);
            if (!codes.add(target.code())) {
                problem(entry, I18n.tr("targets.catalog.duplicateCode", Excerpt.of(target.code())));
            }
        }
        Optional<TargetScope> scope = Optional.empty();
        if (required(entry, "scope", target.scope())) {
            scope = parse(TargetScope.class, target.scope());
            if (scope.isEmpty()) {
                problem(entry, I18n.tr("targets.catalog.unknownScope", Excerpt.of(target.scope())));
            }
        }
        if (required(entry, "scopeCode", target.scopeCode()) && scope.isPresent()
                && !scopeCodes.get(scope.get()).contains(target.scopeCode())) {
            problem(entry, I18n.tr("targets.catalog.unknownScopeCode", scope.get().name(), Excerpt.of(target.scopeCode())));
        }
        required(entry, "clause", target.clause());
        required(entry, "sentence", target.sentence());
        required(entry, "title", target.title());
        length(entry, "clause", target.clause(), 32);
        length(entry, "sentence", target.sentence(), 2000);
        length(entry, "title", target.title(), 100);
        length(entry, "titleEn", target.titleEn(), 200);
        length(entry, "note", target.note(), 1000);
        if (required(entry, "kind", target.kind()) && parse(TargetKind.class, target.kind()).isEmpty()) {
            problem(entry, I18n.tr("targets.catalog.unknownKind", Excerpt.of(target.kind())));
        }
        if (required(entry, "comparator", target.comparator()) && !Comparator.isKnown(target.comparator())) {
            problem(entry, I18n.tr("targets.catalog.unknownComparator", Excerpt.of(target.comparator())));
        }
        if (required(entry, "value", target.value())) {
            amount(entry, target.value());
        }
        if (required(entry, "deadline", target.deadline())) {
            date(entry, "deadline", target.deadline());
        }
        Optional<Unit> unit = required(entry, "unit", target.unit()) ? Unit.find(target.unit()) : Optional.empty();
        if (target.unit() != null && !target.unit().isBlank() && unit.isEmpty()) {
            problem(entry, I18n.tr("targets.catalog.unknownUnit", Excerpt.of(target.unit())));
        }
        if (required(entry, "indicator", target.indicator())) {
            String indicatorUnit = indicatorUnits.get(target.indicator());
            if (indicatorUnit == null) {
                problem(entry, I18n.tr("targets.catalog.unknownIndicator", Excerpt.of(target.indicator())));
            } else if (unit.isPresent() && Unit.find(indicatorUnit).filter(u -> !u.convertsTo(unit.get())).isPresent()) {
                problem(entry, I18n.tr("targets.catalog.unitMismatch", Excerpt.of(target.unit()),
                        Excerpt.of(target.indicator()), Excerpt.of(indicatorUnit)));
            }
        }
        checkBaseline(entry, target);
    }

    private void checkBaseline(String entry, TargetEntry target) {
        BaselineEntry baseline = target.baseline();
        if (baseline == null) {
            return;
        }
        if (baseline.value() == null || baseline.date() == null) {
            problem(entry, I18n.tr("targets.catalog.baseline"));
            return;
        }
        amount(entry, baseline.value());
        date(entry, "baseline.date", baseline.date());
        if (target.deadline() != null && baseline.date().isAfter(target.deadline())) {
            problem(entry, I18n.tr("targets.catalog.baselineAfterDeadline"));
        }
    }

    /**
     * A target or baseline value as the ledger stores it. Long arithmetic: with a scale near the int range
     * (1e2147483647) the difference of ints overflows and would pass; quoted in scientific notation, which
     * stays short where the plain one of 1e999999999 has a billion digits.
     */
    private void amount(String entry, BigDecimal value) {
        if (value.signum() < 0) {
            problem(entry, I18n.tr("targets.catalog.negativeValue"));
        } else if (value.signum() != 0 && ((long) value.precision() - value.scale() > 16
                || value.stripTrailingZeros().scale() > 4)) {
            problem(entry, I18n.tr("targets.catalog.badValue", "value", Excerpt.of(value.toString())));
        }
    }

    /** A date the ledger can hold: a plan of the year 275690 is a typing slip. */
    private void date(String entry, String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY))) {
            problem(entry, I18n.tr("targets.catalog.dateRange", field, date.toString(), FIRST_DAY.toString(),
                    LAST_DAY.toString()));
        }
    }

    private void scopeCode(String entry, String code, TargetScope scope, Set<String> allScopeCodes) {
        if (code == null) {
            return;
        }
        pattern(entry, "code", code, SCOPE_CODE);
        if (!allScopeCodes.add(code)) {
            problem(entry, I18n.tr("targets.catalog.duplicateCode", Excerpt.of(code)));
        }
        scopeCodes.get(scope).add(code);
    }

    private boolean required(String entry, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            problem(entry, I18n.tr("targets.catalog.missingField", field));
            return false;
        }
        return true;
    }

    private void pattern(String entry, String field, String value, Pattern pattern) {
        if (!pattern.matcher(value).matches()) {
            problem(entry, I18n.tr("targets.catalog.badValue", field, Excerpt.of(value)));
        }
    }

    private void length(String entry, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problem(entry, I18n.tr("targets.catalog.tooLong", field, String.valueOf(max)));
        }
    }

    private void problem(String entry, String message) {
        problems.add(I18n.tr("targets.catalog.entry", entry, message));
    }

    private static String entryName(String code, String section, int index) {
        return code == null || code.isBlank() ? section + "[" + index + "]" : Excerpt.of(code);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
