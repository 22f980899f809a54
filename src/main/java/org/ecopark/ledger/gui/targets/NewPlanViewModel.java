package org.ecopark.ledger.gui.targets;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.logic.catalog.TargetException;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.Plan;

/** The form for a plan of the user's, typically the next three-year cycle. */
public final class NewPlanViewModel {

    private final TargetService service;
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final StringProperty document = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(LocalDate.of(2026, 1, 1));
    final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>(LocalDate.of(2028, 12, 31));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public NewPlanViewModel(TargetService service) {
        this.service = service;
    }

    public Optional<Plan> submit() {
        try {
            Plan plan = service.createPlan(new Plan(0, code.get().strip().toUpperCase(java.util.Locale.ROOT), name.get(),
                    shortName.get(), document.get(), issuedOn.get(), start.get(), end.get(), 0, false));
            error.set("");
            return Optional.of(plan);
        } catch (TargetException refused) {
            error.set(refused.getMessage());
            return Optional.empty();
        }
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
