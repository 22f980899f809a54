package org.ecopark.ledger.gui.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.TargetException;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.ScopeEntry;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;

/** The form for a target of the user's, taken from a plan or a city's work plan, sentence and all. */
public final class NewTargetViewModel {

    private final TargetService service;
    final ObservableList<Plan> plans = FXCollections.observableArrayList();
    final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    final StringProperty code = new SimpleStringProperty("");
    final ObservableList<TargetScope> scopes = FXCollections.observableArrayList(TargetScope.values());
    final ObjectProperty<TargetScope> scope = new SimpleObjectProperty<>(TargetScope.PARK);
    final ObservableList<ScopeEntry> scopeEntries = FXCollections.observableArrayList();
    final ObjectProperty<ScopeEntry> scopeEntry = new SimpleObjectProperty<>();
    final StringProperty clause = new SimpleStringProperty("");
    final StringProperty sentence = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final ObservableList<TargetKind> kinds = FXCollections.observableArrayList(TargetKind.values());
    final ObjectProperty<TargetKind> kind = new SimpleObjectProperty<>(TargetKind.STOCK);
    final ObservableList<Comparator> comparators = FXCollections.observableArrayList(Comparator.values());
    final ObjectProperty<Comparator> comparator = new SimpleObjectProperty<>(Comparator.AT_LEAST);
    final StringProperty value = new SimpleStringProperty("");
    final ObservableList<Unit> units = FXCollections.observableArrayList(Arrays.asList(Unit.values()));
    final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.YI_YUAN);
    final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    final ObservableList<Indicator> indicators = FXCollections.observableArrayList();
    final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** {@code planCode} and {@code scopeCode} preselect what the list showed; either may be null. */
    public NewTargetViewModel(TargetService service, String planCode, String scopeCode) {
        this.service = service;
        plans.setAll(service.plans());
        plan.set(plans.stream().filter(p -> p.code().equals(planCode)).findFirst()
                .orElse(plans.isEmpty() ? null : plans.get(plans.size() - 1)));
        indicators.setAll(service.indicators());
        indicator.set(indicators.stream().filter(i -> i.code().equals("MANUAL")).findFirst().orElse(null));
        deadline.set(plan.get() == null ? null : plan.get().end());
        plan.addListener((obs, old, now) -> deadline.set(now == null ? null : now.end()));
        fillScopeEntries();
        scopeEntries.stream().filter(e -> e.code().equals(scopeCode)).findFirst().ifPresent(scopeEntry::set);
        scope.addListener((obs, old, now) -> fillScopeEntries());
    }

    private void fillScopeEntries() {
        scopeEntries.setAll(scope.get() == null ? java.util.List.of() : service.scopes(scope.get()));
        scopeEntry.set(scopeEntries.isEmpty() ? null : scopeEntries.get(0));
    }

    public Optional<Target> submit() {
        BigDecimal number;
        try {
            number = value.get().isBlank() ? null : new BigDecimal(value.get().strip());
        } catch (NumberFormatException e) {
            error.set(I18n.tr("targets.detail.invalidNumber", value.get()));
            return Optional.empty();
        }
        try {
            Target target = service.addTarget(new Target(0, plan.get() == null ? null : plan.get().code(),
                    code.get().strip().toUpperCase(java.util.Locale.ROOT), scope.get(),
                    scopeEntry.get() == null ? null : scopeEntry.get().code(), clause.get(), sentence.get(), title.get(),
                    kind.get(), comparator.get(), number, unit.get(), deadline.get(),
                    indicator.get() == null ? null : indicator.get().code(), note.get(), null, null, false, false, null));
            error.set("");
            return Optional.of(target);
        } catch (TargetException refused) {
            error.set(refused.getMessage());
            return Optional.empty();
        }
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
