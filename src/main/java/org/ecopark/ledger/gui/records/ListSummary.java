package org.ecopark.ledger.gui.records;

import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A line above a record list that counts the records as the plan counts them (headcount, distinct codes). */
final class ListSummary {

    private ListSummary() {
    }

    static Node above(Node list, String id, StringBinding text) {
        Label summary = new Label();
        summary.setId(id);
        summary.textProperty().bind(text);
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, summary, list);
    }
}
