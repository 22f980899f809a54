package org.ecopark.ledger.gui.targets;

import java.util.List;
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
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ScopeEntry;
import org.ecopark.ledger.model.TargetScope;

/** The form for a park the catalog does not know, e.g. one of a city outside the ten. */
public final class NewParkViewModel {

    private final TargetService service;
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final StringProperty city = new SimpleStringProperty("");
    final StringProperty district = new SimpleStringProperty("");
    final StringProperty segment = new SimpleStringProperty("");
    private final ObservableList<Choice<ScopeEntry>> clusters = FXCollections.observableArrayList();
    final ObjectProperty<Choice<ScopeEntry>> cluster = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public NewParkViewModel(TargetService service) {
        this.service = service;
        clusters.add(new Choice<>(null, I18n.tr("targets.dialog.none")));
        List<ScopeEntry> known = service.scopes(TargetScope.CLUSTER);
        known.forEach(c -> clusters.add(new Choice<>(c, c.name())));
        cluster.set(clusters.get(0));
    }

    /** Stores the park; empty (with the reason in {@link #errorProperty()}) when the service refuses it. */
    public Optional<Park> submit() {
        String clusterCode = cluster.get() == null || cluster.get().isAll() ? null : cluster.get().value().code();
        try {
            Park park = service.createPark(new Park(0, code.get().strip().toUpperCase(java.util.Locale.ROOT), name.get(),
                    shortName.get(), city.get(), district.get(), clusterCode, segment.get(), false));
            error.set("");
            return Optional.of(park);
        } catch (TargetException refused) {
            error.set(refused.getMessage());
            return Optional.empty();
        }
    }

    public ObservableList<Choice<ScopeEntry>> clusters() {
        return clusters;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
