package org.ecopark.ledger.gui.bureau;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.NavButtons;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.bureau.BureauService;

/**
 * A city bureau's ledger in the window: who the bureau is above its navigation on the left, as the park's window has
 * its own, and the chosen section beside it. A section is built each time it is chosen, so it shows what the others
 * changed (a key registered receives held packages).
 */
public final class BureauWindow {

    private static final String MEMORY_KEY = "bureau.section";

    private final ViewContext context;
    private final BureauViews views;
    private final ObjectProperty<BureauSection> section = new SimpleObjectProperty<>(BureauSection.STATUS);
    private final StackPane content = new StackPane();

    BureauWindow(ViewContext context, BureauViews views) {
        this.context = context;
        this.views = views;
    }

    /** The bureau's screens for the open ledger; registered in {@code SectionViews}. */
    public static Node create(ViewContext context, UserPreferences preferences) {
        return new BureauWindow(context, new BureauViews(preferences)).build();
    }

    Node build() {
        context.memory().keep(MEMORY_KEY, BureauSection.class, section);
        section.addListener((obs, old, now) -> show(now));
        BorderPane root = new BorderPane();
        root.setId("bureau-window");
        root.getStyleClass().add(BureauStyles.WINDOW);
        root.getStylesheets().add(BureauWindow.class.getResource(BureauStyles.STYLESHEET).toExternalForm());
        root.setLeft(navigation());
        content.setId("bureau-content");
        content.setPadding(new Insets(16)); // as the park window's sections have
        root.setCenter(content);
        show(section.get());
        return root;
    }

    private void show(BureauSection shown) {
        content.getChildren().setAll(views.create(shown, context));
    }

    private Node navigation() {
        VBox nav = new VBox(2);
        nav.getStyleClass().add(Styles.NAV);
        nav.setId("bureau-navigation");
        nav.getChildren().addAll(header(), new Separator());
        ToggleGroup group = new ToggleGroup();
        for (BureauSection each : BureauSection.values()) {
            if (each.atBottom()) {
                NavButtons.bottom(nav);
            }
            ToggleButton button = NavButtons.create(I18n.tr(each.titleKey()), each.icon(), each.navId(), group,
                    () -> section.set(each));
            button.setSelected(each == section.get());
            section.addListener((obs, old, now) -> button.setSelected(now == each));
            nav.getChildren().add(button);
        }
        return NavButtons.scrolling(nav);
    }

    /** The bureau's name and city, and that this is a bureau's ledger. */
    private Node header() {
        BureauService.Profile profile = context.services().bureau().profile()
                .orElse(new BureauService.Profile("", null));
        Label name = new Label(profile.name());
        name.setId("bureau-title");
        name.getStyleClass().add(BureauStyles.HEADER_NAME);
        name.setMaxWidth(170);
        Label city = new Label(I18n.tr("bureau.gui.header.role",
                profile.city() == null ? I18n.tr("bureau.gui.allCities") : profile.city()));
        city.setId("bureau-city");
        city.getStyleClass().add(Styles.MUTED);
        VBox header = new VBox(name, city);
        header.getStyleClass().add(BureauStyles.HEADER);
        return header;
    }
}
