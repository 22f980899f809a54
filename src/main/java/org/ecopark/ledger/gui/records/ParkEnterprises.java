package org.ecopark.ledger.gui.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.model.Enterprise;

/**
 * The park's enterprises a record form picks one from (by id, shown by name), read on the worker with
 * the list and published on the FX thread: the part of a view model that a record with an enterprise needs.
 */
public final class ParkEnterprises {

    private final EnterpriseService enterprises;
    private final long parkId;
    private final ObservableList<Long> ids = FXCollections.observableArrayList();
    private final Map<Long, String> names = new HashMap<>();
    private volatile List<Enterprise> fetched = List.of();

    public ParkEnterprises(EnterpriseService enterprises, long parkId) {
        this.enterprises = enterprises;
        this.parkId = parkId;
    }

    /** Reads the enterprises; on the worker, from a view model's {@code fetch()}. */
    void fetch() {
        fetched = enterprises.list(parkId);
    }

    /** Publishes what {@link #fetch()} read; on the FX thread, from a view model's {@code loaded()}. */
    void publish() {
        names.clear();
        fetched.forEach(e -> names.put(e.id(), e.name()));
        ids.setAll(fetched.stream().map(Enterprise::id).toList());
    }

    /** The ids by name, which a chooser offers. */
    public ObservableList<Long> ids() {
        return ids;
    }

    /** The enterprise's name; "" for none, "#id" for one not (or no longer) in the park. */
    public String name(Long id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }

    /** How a history shows a logged enterprise id. */
    String historyName(String loggedId) {
        return loggedId == null ? null : name(Long.parseLong(loggedId));
    }
}
