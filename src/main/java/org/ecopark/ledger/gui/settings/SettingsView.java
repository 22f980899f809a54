package org.ecopark.ledger.gui.settings;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.Park;

/** The settings page: park served, language, where the data lives, and its encryption. */
public final class SettingsView {

    private final SettingsViewModel model;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
    }

    /** The section; registered in {@code SectionViews}. */
    public static Node create(ViewContext context, UserPreferences preferences) {
        SettingsViewModel model = new SettingsViewModel(context, preferences);
        Node encryption = new EncryptionView(new EncryptionViewModel(context.main(), context.dialogs())).build();
        Node view = new SettingsView(model).build(encryption);
        context.refresh().watch(view, LedgerTables.PARKS, model::refreshParks);
        return view;
    }

    /** @param encryption the page's encryption part ({@link EncryptionView}) */
    public Node build(Node encryption) {
        Label title = new Label(I18n.tr("section.settings"));
        title.getStyleClass().add(Styles.PAGE_TITLE);

        ComboBox<Park> park = new ComboBox<>(model.parks());
        park.setId("settings-park");
        park.setConverter(Shown.as(Park::name));
        park.valueProperty().bindBidirectional(model.parkProperty());
        park.setPromptText(I18n.tr("settings.park.none"));

        ComboBox<Locale> language = new ComboBox<>();
        language.getItems().setAll(SettingsViewModel.languages());
        language.setId("settings-language");
        language.setConverter(Shown.as(value -> I18n.tr("settings.language." + value.getLanguage())));
        language.valueProperty().bindBidirectional(model.languageProperty());

        Label database = new Label(model.databaseFile());
        database.setId("settings-database");

        Button apply = new Button(I18n.tr("settings.apply"));
        apply.setId("settings-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(event -> model.apply());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("settings.park"), park);
        grid.addRow(1, label("settings.language"), language);
        grid.addRow(2, label("settings.database"), database);
        VBox page = new VBox(16, title, grid, apply, new Separator(), encryption);
        page.getStyleClass().add(Styles.PAGE);
        page.setId("settings-page");
        return page;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }
}
