package org.ecopark.ledger.gui.records;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.l10n.I18n;

/**
 * A drop-down of records by id that shows their names (an enterprise, a target), bound to the view
 * model's id; an optional one has a button that clears it, as a ComboBox cannot go back to nothing.
 */
final class IdChoice {

    private IdChoice() {
    }

    static ComboBox<Long> box(String id, ObservableList<Long> ids, Function<Long, String> name,
                              ObjectProperty<Long> property) {
        ComboBox<Long> box = new ComboBox<>(ids);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(Shown.as(name));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    /** The box with a clear button ({@code <id>-clear}) beside it; the prompt says what nothing means. */
    static HBox optional(ComboBox<Long> box, String promptKey) {
        box.setPromptText(I18n.tr(promptKey));
        Button clear = new Button(I18n.tr("records.project.clear"));
        clear.setId(box.getId() + "-clear");
        clear.setMinWidth(Button.USE_PREF_SIZE);
        clear.disableProperty().bind(box.valueProperty().isNull());
        clear.setOnAction(event -> box.setValue(null));
        HBox.setHgrow(box, Priority.ALWAYS);
        HBox row = new HBox(6, box, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
