package org.ecopark.ledger.gui.records;

import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.l10n.I18n;

/** A drop-down of the park's enterprises by name, bound to a view model's enterprise id. */
public final class EnterpriseChooser {

    private EnterpriseChooser() {
    }

    /** The enterprise must be picked. */
    public static ComboBox<Long> required(String id, ParkEnterprises enterprises, ObjectProperty<Long> value) {
        ComboBox<Long> box = box(id, enterprises, null, value);
        box.setItems(enterprises.ids());
        return box;
    }

    /**
     * The enterprise may be left out: the first entry, labelled {@code noneKey}, stands for none (null),
     * so that a chosen enterprise can be taken back.
     */
    public static ComboBox<Long> optional(String id, ParkEnterprises enterprises, String noneKey,
                                          ObjectProperty<Long> value) {
        ComboBox<Long> box = box(id, enterprises, I18n.tr(noneKey), value);
        box.getItems().add(null);
        box.getItems().addAll(enterprises.ids());
        enterprises.ids().addListener((ListChangeListener<Long>) change -> {
            Long chosen = value.get();
            box.getItems().setAll(enterprises.ids());
            box.getItems().add(0, null);
            value.set(chosen);
        });
        box.setPromptText(I18n.tr(noneKey));
        return box;
    }

    private static ComboBox<Long> box(String id, ParkEnterprises enterprises, String none, ObjectProperty<Long> value) {
        ComboBox<Long> box = IdChoice.box(id, FXCollections.observableArrayList(), enterprises::name, value);
        box.setConverter(Shown.as(enterprises::name, none == null ? "" : none));
        return box;
    }
}
