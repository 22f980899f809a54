package org.ecopark.ledger.gui.common;

import javafx.scene.control.ListCell;

/** A list cell whose long text wraps inside the list instead of running off its edge. */
public final class WrappingListCell extends ListCell<String> {

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        setWrapText(true);
        setPrefWidth(0);
    }
}
