package org.ecopark.ledger.gui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.targets.Choice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The dashboard's state: every target of the selected park evaluated at the window's as-of date, the
 * status and kind filters, the count per status, and the target opened in the detail. A new as-of date
 * evaluates again, off the FX thread, and so does every commit to the ledger (the view asks for it).
 */
public final class DashboardViewModel {

    /** The 311 plan's last day: the final evaluation when the ledger knows no plan end of its own. */
    static final LocalDate DEFAULT_PLAN_END = LocalDate.of(2025, 12, 31);

    private final ViewContext context;
    private final ObservableList<Evaluation> evaluations = FXCollections.observableArrayList();
    private final FilteredList<Evaluation> shown = new FilteredList<>(evaluations, e -> true);
    private final ObjectProperty<Choice<TargetStatus>> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<TargetKind>> kindFilter = new SimpleObjectProperty<>();
    private final ObservableList<Choice<TargetStatus>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<TargetKind>> kindChoices = FXCollections.observableArrayList();
    private final Map<TargetStatus, IntegerProperty> counts = new EnumMap<>(TargetStatus.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> planEnd = new ReadOnlyObjectWrapper<>(DEFAULT_PLAN_END);
    private final ReadOnlyObjectWrapper<Target> opened = new ReadOnlyObjectWrapper<>();
    /** Held here so that the weak listener on the window's as-of date lives exactly as long as this model. */
    private final InvalidationListener asOfListener = ignored -> refresh();
    private final LatestLoad loads;
    /** While a new evaluation sets the kind filter: the list is filtered once, after it. */
    private boolean choosing;
    private Filters filteredBy;

    public DashboardViewModel(ViewContext context) {
        this.context = context;
        this.loads = new LatestLoad(context.executor());
        for (TargetStatus status : TargetStatus.values()) {
            counts.put(status, new SimpleIntegerProperty(0));
        }
        Choice<TargetStatus> allStatuses = new Choice<>(null, I18n.tr("indicators.dashboard.filter.all"));
        statusChoices.add(allStatuses);
        for (TargetStatus status : TargetStatus.values()) {
            statusChoices.add(new Choice<>(status, EvaluationTexts.status(status)));
        }
        statusFilter.set(allStatuses);
        kindChoices.add(new Choice<>(null, I18n.tr("indicators.dashboard.filter.all")));
        kindFilter.set(kindChoices.get(0));
        statusFilter.addListener(ignored -> applyFilters());
        kindFilter.addListener(ignored -> applyFilters());
        // The window outlives this screen (it is rebuilt for another park): a strong listener would keep
        // evaluating for a screen nobody sees.
        context.asOfDateProperty().addListener(new WeakInvalidationListener(asOfListener));
    }

    /**
     * Evaluates every target of the selected park at the as-of date, through the executor; again after every
     * commit to the ledger. The latest request wins.
     */
    public void refresh() {
        Park park = context.parkProperty().get();
        LocalDate asOf = context.asOfDateProperty().get();
        if (context.services() == null || park == null || asOf == null) {
            loads.forget();
            evaluations.clear();
            updateCounts();
            message.set(park == null ? I18n.tr("indicators.dashboard.noPark") : "");
            return;
        }
        var services = context.services();
        var service = services.evaluation();
        var targets = services.targets();
        // the first one was made while the window started, beside the building of the window (LedgerPreload): when it
        // is made already the cards are built at once, in the same layout as the screen around them
        var made = context.main().firstEvaluationIfMade(services, park.code(), asOf);
        if (made.isPresent()) {
            loads.forget();
            show(made.get().evaluations(), made.get().plans());
            return;
        }
        loads.load(() -> context.main().firstEvaluation(services, park.code(), asOf)
                        .map(first -> new Evaluated(first.evaluations(), first.plans()))
                        .orElseGet(() -> new Evaluated(service.evaluatePark(park.code(), asOf), targets.plans())),
                evaluated -> show(evaluated.evaluations(), evaluated.plans()), error -> {
                    message.set(I18n.tr("indicators.dashboard.error"));
                    context.dialogs().showError(I18n.tr("indicators.dashboard.error"), error);
                });
    }

    /** One evaluation of the park with the plans it was made against. */
    private record Evaluated(List<Evaluation> evaluations, List<Plan> plans) {
    }

    private void show(List<Evaluation> result, List<Plan> plans) {
        Set<TargetKind> kinds = new LinkedHashSet<>();
        for (TargetKind kind : TargetKind.values()) {
            if (result.stream().anyMatch(e -> e.target().kind() == kind)) {
                kinds.add(kind);
            }
        }
        TargetKind chosen = kindFilter.get() == null ? null : kindFilter.get().value();
        List<Choice<TargetKind>> choices = new ArrayList<>();
        choices.add(kindChoices.get(0));
        kinds.forEach(kind -> choices.add(new Choice<>(kind, EvaluationTexts.kind(kind))));
        kindChoices.setAll(choices);
        // the filters first and the list once: the cards are built once for an evaluation, not at every step
        choosing = true;
        try {
            kindFilter.set(choices.stream().filter(c -> c.value() == chosen).findFirst().orElse(choices.get(0)));
        } finally {
            choosing = false;
        }
        planEnd.set(finalEvaluationDate(result, plans));
        filter();
        evaluations.setAll(result);
        updateCounts();
        updateMessage();
    }

    /**
     * The day of the final evaluation: the end of the most recent plan of the park's targets that has ended
     * by today (the 311 plan: 2025-12-31), else the end of the earliest one still running.
     */
    static LocalDate finalEvaluationDate(List<Evaluation> evaluations, List<Plan> plans) {
        Set<String> codes = new LinkedHashSet<>();
        evaluations.forEach(e -> codes.add(e.target().planCode()));
        LocalDate today = LocalDate.now();
        LocalDate ended = null;
        LocalDate running = null;
        for (Plan plan : plans) {
            if (!codes.contains(plan.code()) || plan.end() == null) {
                continue;
            }
            if (!plan.end().isAfter(today)) {
                ended = ended == null || plan.end().isAfter(ended) ? plan.end() : ended;
            } else {
                running = running == null || plan.end().isBefore(running) ? plan.end() : running;
            }
        }
        return ended != null ? ended : running != null ? running : DEFAULT_PLAN_END;
    }

    /** Sets the window's as-of date to the final evaluation day; the dashboard follows. */
    public void showFinalEvaluation() {
        context.asOfDateProperty().set(planEnd.get());
    }

    /** Shows only the targets of {@code status} (null: all); the summary strip's chips do this. */
    public void filterByStatus(TargetStatus status) {
        statusFilter.set(statusChoices.stream().filter(c -> c.value() == status).findFirst().orElseThrow());
    }

    public void open(Target target) {
        opened.set(target);
    }

    public void closeDetail() {
        opened.set(null);
    }

    private void applyFilters() {
        if (choosing) {
            return;
        }
        filter();
        updateMessage();
    }

    /** Filters the list by the filters' values, unless it is filtered by them already (each change builds the cards). */
    private void filter() {
        TargetStatus status = statusFilter.get() == null ? null : statusFilter.get().value();
        TargetKind kind = kindFilter.get() == null ? null : kindFilter.get().value();
        if (filteredBy != null && filteredBy.status() == status && filteredBy.kind() == kind) {
            return;
        }
        filteredBy = new Filters(status, kind);
        shown.setPredicate(e -> (status == null || e.status() == status) && (kind == null || e.target().kind() == kind));
    }

    /** The filters' values the list is filtered by. */
    private record Filters(TargetStatus status, TargetKind kind) {
    }

    private void updateMessage() {
        message.set(evaluations.isEmpty() ? I18n.tr("indicators.dashboard.noTargets")
                : shown.isEmpty() ? I18n.tr("indicators.dashboard.empty")
                : I18n.tr("indicators.dashboard.count", evaluations.size(), shown.size()));
    }

    private void updateCounts() {
        counts.values().forEach(count -> count.set(0));
        evaluations.forEach(e -> counts.get(e.status()).set(counts.get(e.status()).get() + 1));
    }

    /** All evaluations, in catalog order. */
    public ObservableList<Evaluation> evaluations() {
        return evaluations;
    }

    /** The evaluations the filters let through. */
    public ObservableList<Evaluation> shown() {
        return shown;
    }

    public ObjectProperty<Choice<TargetStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Choice<TargetKind>> kindFilterProperty() {
        return kindFilter;
    }

    public ObservableList<Choice<TargetStatus>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<TargetKind>> kindChoices() {
        return kindChoices;
    }

    public ReadOnlyIntegerProperty countProperty(TargetStatus status) {
        return counts.get(status);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return loads.busyProperty();
    }

    /** One line under the cards: how many are shown, why none is, or what failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> planEndProperty() {
        return planEnd.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return context.asOfDateProperty();
    }

    /** The target shown in the detail; null while the overview is shown. */
    public ReadOnlyObjectProperty<Target> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    ViewContext context() {
        return context;
    }
}
