package org.ecopark.ledger.gui.records;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A record form in two parts: the head (its title and the bar with 保存 and the summary of what keeps it
 * disabled) stays in view, and the body (the fields and what is said about them) scrolls under it. So a
 * clerk far down a long form on a small screen still sees why 保存 is grey, and can press it.
 */
public record FormColumn(VBox head, VBox body) {

    /** A head of {@code head} above a body of {@code body}, with the records stylesheet's classes. */
    static FormColumn of(List<Node> head, List<Node> body) {
        VBox top = new VBox();
        top.getChildren().setAll(head);
        top.getStyleClass().add(RecordStyles.FORM_HEAD);
        VBox fields = new VBox();
        fields.getChildren().setAll(body);
        fields.getStyleClass().add(RecordStyles.FORM);
        return new FormColumn(top, fields);
    }

    /** The head above a scroll pane, with id {@code scrollId}, that holds the body. */
    VBox layout(String scrollId) {
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setId(scrollId);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox column = new VBox(head, scroll);
        column.getStyleClass().add(RecordStyles.FORM_COLUMN);
        return column;
    }
}
