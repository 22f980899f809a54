package org.ecopark.ledger.gui;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Park;

/** What every section view is given: the open services, the selected park and as-of date, dialogs, executor. */
public record ViewContext(MainViewModel main, DialogService dialogs, UiExecutor executor, Runnable relocalize) {

    public Services services() {
        return main.servicesProperty().get();
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return main.servicesProperty();
    }

    public ObjectProperty<Park> parkProperty() {
        return main.selectedParkProperty();
    }

    public ObjectProperty<LocalDate> asOfDateProperty() {
        return main.asOfDateProperty();
    }

    /** Where a section keeps the user's choices across a rebuild of the window. */
    public SectionMemory memory() {
        return main.sectionMemory();
    }

    /** Where a screen asks to be reloaded after the commits that change what it shows. */
    public LedgerRefresh refresh() {
        return main.ledgerRefresh();
    }
}
