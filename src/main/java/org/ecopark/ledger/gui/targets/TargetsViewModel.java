package org.ecopark.ledger.gui.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.LedgerChange;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.ScopeEntry;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;

/**
 * The target list and its filters. A park's staff see their park's targets first; "all" shows what a
 * bureau clerk needs: every park, the clusters and the province. Filters other than the search text
 * go to the database through the executor; the search text filters the loaded rows as one types.
 */
public final class TargetsViewModel {

    /** How "all" is remembered among the choices. */
    private static final Object ALL = new Object();
    private static final String SELECTED = "targets.selected";

    private final TargetService service;
    private final UiExecutor executor;

    private final ObservableList<Choice<Plan>> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Plan>> plan = new SimpleObjectProperty<>();
    private final ObservableList<Choice<TargetScope>> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<TargetScope>> scope = new SimpleObjectProperty<>();
    private final ObservableList<Choice<ScopeEntry>> scopeEntries = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ScopeEntry>> scopeEntry = new SimpleObjectProperty<>();
    private final ObservableList<Choice<TargetKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<TargetKind>> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadlineBefore = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showHidden = new SimpleBooleanProperty(false);

    private final ObservableList<TargetRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<TargetRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final List<TargetRow> loaded = new ArrayList<>();
    private final Map<String, String> scopeNames = new HashMap<>();
    private int generation;
    private boolean quiet;
    /** The target to select once the list has loaded (remembered across a rebuild of the window); null for none. */
    private Long wantedSelection;

    public TargetsViewModel(TargetService service, UiExecutor executor, Park park) {
        this.service = service;
        this.executor = executor;
        quiet = true;
        plans.add(all());
        service.plans().forEach(p -> plans.add(new Choice<>(p, p.shortNameIn(I18n.locale()))));
        plan.set(plans.size() == 2 ? plans.get(1) : plans.get(0));
        scopes.add(all());
        for (TargetScope s : TargetScope.values()) {
            scopes.add(new Choice<>(s, I18n.tr("targets.scope." + s.name())));
        }
        kinds.add(all());
        for (TargetKind k : TargetKind.values()) {
            kinds.add(new Choice<>(k, I18n.tr("targets.kind." + k.name())));
        }
        kind.set(kinds.get(0));
        for (ScopeEntry entry : service.scopes(null)) {
            scopeNames.put(entry.scope() + ":" + entry.code(), entry.name());
        }
        // A park's staff start with their own park; without a park, with everything.
        scope.set(park == null ? scopes.get(0) : scopes.get(1 + TargetScope.PARK.ordinal()));
        fillScopeEntries();
        if (park != null) {
            scopeEntries.stream().filter(c -> !c.isAll() && c.value().code().equals(park.code())).findFirst()
                    .ifPresent(scopeEntry::set);
        }
        quiet = false;
        scope.addListener((obs, old, now) -> {
            quiet = true;
            fillScopeEntries();
            quiet = false;
            reload();
        });
        plan.addListener((obs, old, now) -> reload());
        scopeEntry.addListener((obs, old, now) -> reload());
        kind.addListener((obs, old, now) -> reload());
        deadlineBefore.addListener((obs, old, now) -> reload());
        showHidden.addListener((obs, old, now) -> reload());
        search.addListener((obs, old, now) -> applySearch());
        reload();
    }

    /**
     * Takes the filters, search text and selection chosen before the window was built again (a new language), and
     * remembers the ones chosen from now on. The scope comes before its entry: choosing it fills the entries.
     */
    public void keepChoicesIn(SectionMemory memory) {
        keepChoice(memory, "targets.plan", plan, plans, Plan::code);
        keepChoice(memory, "targets.scope", scope, scopes, s -> s);
        keepChoice(memory, "targets.scopeEntry", scopeEntry, scopeEntries, ScopeEntry::code);
        keepChoice(memory, "targets.kind", kind, kinds, k -> k);
        memory.keep("targets.deadlineBefore", LocalDate.class, deadlineBefore);
        memory.keep("targets.search", String.class, search);
        memory.keep("targets.showHidden", Boolean.class, showHidden);
        memory.recall(SELECTED, Long.class).ifPresent(id -> {
            wantedSelection = id;
            reload();
        });
        selected.addListener((obs, old, row) -> memory.remember(SELECTED, row == null ? null : row.target().id()));
    }

    /** A choice is remembered by its value's identity (a code), since its label is in the language it was made in. */
    private static <T> void keepChoice(SectionMemory memory, String key, ObjectProperty<Choice<T>> property,
                                       List<Choice<T>> items, Function<T, Object> identity) {
        memory.recall(key, Object.class).ifPresent(wanted -> items.stream()
                .filter(c -> c.isAll() ? wanted == ALL : wanted.equals(identity.apply(c.value())))
                .findFirst().ifPresent(property::set));
        property.addListener((obs, old, choice) -> memory.remember(key,
                choice == null ? null : choice.isAll() ? ALL : identity.apply(choice.value())));
    }

    private static <T> Choice<T> all() {
        return new Choice<>(null, I18n.tr("targets.list.all"));
    }

    private void fillScopeEntries() {
        scopeEntries.setAll(List.of(all()));
        TargetScope chosen = scope.get() == null ? null : scope.get().value();
        if (chosen != null) {
            service.scopes(chosen).forEach(e -> scopeEntries.add(new Choice<>(e, e.code() + "  " + e.name())));
        }
        scopeEntry.set(scopeEntries.get(0));
    }

    /** The filter the choices make, without the search text. */
    public TargetFilter filter() {
        TargetFilter filter = TargetFilter.all().withHidden(showHidden.get());
        if (plan.get() != null && !plan.get().isAll()) {
            filter = filter.withPlan(plan.get().value().code());
        }
        TargetScope chosenScope = scope.get() == null ? null : scope.get().value();
        String code = scopeEntry.get() == null || scopeEntry.get().isAll() ? null : scopeEntry.get().value().code();
        filter = filter.withScope(chosenScope, code);
        if (kind.get() != null && !kind.get().isAll()) {
            filter = filter.withKind(kind.get().value());
        }
        return filter.withDeadlines(null, deadlineBefore.get());
    }

    /** Loads the targets the filters let through; a load started later wins over an earlier one. */
    public void reload() {
        if (quiet) {
            return;
        }
        int mine = ++generation;
        TargetFilter filter = filter();
        Task<List<Target>> task = new Task<>() {
            @Override
            protected List<Target> call() {
                return service.list(filter);
            }
        };
        task.setOnSucceeded(event -> {
            if (mine == generation) {
                loaded.clear();
                task.getValue().forEach(t -> loaded.add(new TargetRow(t,
                        scopeNames.getOrDefault(t.scope() + ":" + t.scopeCode(), t.scopeCode()))));
                applySearch();
            }
        });
        task.setOnFailed(event -> status.set(I18n.tr("targets.list.loadFailed")));
        executor.execute(task);
    }

    private void applySearch() {
        Long selectedId = wantedSelection != null ? wantedSelection
                : selected.get() == null ? null : selected.get().target().id();
        wantedSelection = null;
        rows.setAll(loaded.stream().filter(row -> row.matches(search.get())).toList());
        selected.set(rows.stream().filter(r -> selectedId != null && r.target().id() == selectedId).findFirst()
                .orElse(null));
        long hidden = rows.stream().filter(r -> r.target().hidden()).count();
        status.set(hidden == 0 ? I18n.tr("targets.list.count", String.valueOf(rows.size()))
                : I18n.tr("targets.list.countHidden", String.valueOf(rows.size()), String.valueOf(hidden)));
    }

    /** Whether the list shows one scope entry only, so a scope column would repeat one name. */
    public boolean singleScopeEntry() {
        return scopeEntry.get() != null && !scopeEntry.get().isAll();
    }

    public TargetService service() {
        return service;
    }

    public ObservableList<Choice<Plan>> plans() {
        return plans;
    }

    public ObjectProperty<Choice<Plan>> planProperty() {
        return plan;
    }

    public ObservableList<Choice<TargetScope>> scopes() {
        return scopes;
    }

    public ObjectProperty<Choice<TargetScope>> scopeProperty() {
        return scope;
    }

    public ObservableList<Choice<ScopeEntry>> scopeEntries() {
        return scopeEntries;
    }

    public ObjectProperty<Choice<ScopeEntry>> scopeEntryProperty() {
        return scopeEntry;
    }

    public ObservableList<Choice<TargetKind>> kinds() {
        return kinds;
    }

    public ObjectProperty<Choice<TargetKind>> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> deadlineBeforeProperty() {
        return deadlineBefore;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public ObservableList<TargetRow> rows() {
        return rows;
    }

    public ObjectProperty<TargetRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * After a commit, wherever it came from: the plans and the parks and clusters again when they were written,
     * and the list in any case.
     */
    public void ledgerChanged(LedgerChange change) {
        boolean plansWritten = LedgerTables.PLANS.test(change);
        boolean scopesWritten = LedgerTables.SCOPES.test(change);
        if (plansWritten) {
            refreshPlans();
        }
        if (scopesWritten) {
            refreshScopes();
        }
        if (!plansWritten && !scopesWritten) {
            reload();
        }
    }

    /** After a plan was added: the plan list again, keeping the choice. */
    public void refreshPlans() {
        Choice<Plan> current = plan.get();
        quiet = true;
        plans.setAll(List.of(all()));
        service.plans().forEach(p -> plans.add(new Choice<>(p, p.shortNameIn(I18n.locale()))));
        // The box drops its selection with the old items but keeps its value; an equal new value would not select
        // anything again, and the box would show nothing.
        plan.set(null);
        plan.set(plans.stream().filter(c -> current != null && !c.isAll() && !current.isAll()
                && c.value().code().equals(current.value().code())).findFirst().orElse(plans.get(0)));
        quiet = false;
        reload();
    }

    /** After a park was added: the names and the entries of the chosen scope again. */
    public void refreshScopes() {
        scopeNames.clear();
        for (ScopeEntry entry : service.scopes(null)) {
            scopeNames.put(entry.scope() + ":" + entry.code(), entry.name());
        }
        Choice<ScopeEntry> current = scopeEntry.get();
        quiet = true;
        fillScopeEntries();
        if (current != null && !current.isAll()) {
            scopeEntries.stream().filter(c -> !c.isAll() && c.value().code().equals(current.value().code()))
                    .findFirst().ifPresent(scopeEntry::set);
        }
        quiet = false;
        reload();
    }
}
