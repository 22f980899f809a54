package org.ecopark.ledger.gui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** An entry of a window's navigation on the left: the park's sections, or the bureau's. */
public final class NavButtons {

    private NavButtons() {
    }

    /** A full-width entry with its icon, one of {@code group}; it stays selected when pressed again. */
    public static ToggleButton create(String text, Ikon icon, String id, ToggleGroup group, Runnable onChosen) {
        ToggleButton button = new ToggleButton(text, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.NAV_BUTTON);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setToggleGroup(group);
        button.setOnAction(event -> {
            button.setSelected(true);
            onChosen.run();
        });
        return button;
    }

    /** Puts the entries that follow at the bottom of {@code nav}, apart (设置). */
    public static void bottom(VBox nav) {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        nav.getChildren().addAll(spacer, new Separator());
    }

    /** The navigation as the window's left side: it scrolls up and down on a low screen, never sideways. */
    public static Node scrolling(VBox nav) {
        ScrollPane scroll = new ScrollPane(nav);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
