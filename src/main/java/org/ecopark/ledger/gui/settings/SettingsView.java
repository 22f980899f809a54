package org.ecopark.ledger.gui.settings;

import java.io.File;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.Park;

/** The settings page: park served, language, where the data lives, the signing key, the backups and the encryption. */
public final class SettingsView {

    private final SettingsViewModel model;
    private final BackupSettingsViewModel backups;

    public SettingsView(SettingsViewModel model, BackupSettingsViewModel backups) {
        this.model = model;
        this.backups = backups;
    }

    /** The section; registered in {@code SectionViews}. */
    public static Node create(ViewContext context, UserPreferences preferences) {
        SettingsViewModel model = new SettingsViewModel(context, preferences);
        Node database = DatabasePane.build(new DatabaseChoiceViewModel(context.main(), preferences), context.main());
        // a server's ledger is no file: its backups and its protection are the server's
        Node encryption = model.onServer() ? fileOnly("settings-encryption-server", "settings.db.noEncryption")
                : new EncryptionView(new EncryptionViewModel(context.main(), context.dialogs())).build();
        Node view = new SettingsView(model, new BackupSettingsViewModel(context.services().backups()))
                .build(new VBox(16, database, new Separator(), encryption));
        context.refresh().watch(view, LedgerTables.PARKS, model::refreshParks);
        return view;
    }

    /** A sentence in place of what only a ledger file has. */
    private static Label fileOnly(String id, String key) {
        Label notice = new Label(I18n.tr(key));
        notice.setId(id);
        notice.getStyleClass().add(Styles.NOTICE);
        notice.setWrapText(true);
        notice.setMaxWidth(760);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        return notice;
    }

    /** @param encryption the page's database and encryption parts ({@link DatabasePane}, {@link EncryptionView}) */
    public Node build(Node encryption) {
        Label title = new Label(I18n.tr("section.settings"));
        title.getStyleClass().add(Styles.PAGE_TITLE);

        ComboBox<Park> park = new ComboBox<>(model.parks());
        park.setId("settings-park");
        park.setConverter(Shown.as(p -> p.nameIn(I18n.locale())));
        park.valueProperty().bindBidirectional(model.parkProperty());
        park.setPromptText(I18n.tr("settings.park.none"));

        ComboBox<Locale> language = new ComboBox<>();
        language.getItems().setAll(SettingsViewModel.languages());
        language.setId("settings-language");
        language.setConverter(Shown.as(value -> I18n.tr("settings.language." + value.getLanguage())));
        language.valueProperty().bindBidirectional(model.languageProperty());

        Label database = new Label(model.databaseFile());
        database.setId("settings-database");

        Label fingerprint = new Label(model.fingerprint());
        fingerprint.setId("settings-fingerprint");
        Label keySaved = new Label();
        keySaved.setId("settings-key-saved");
        Button saveKey = new Button(I18n.tr("settings.saveKey"));
        saveKey.setId("settings-save-key");
        saveKey.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.tr("settings.saveKey"));
            chooser.setInitialFileName(I18n.tr("settings.keyFileName"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("settings.keyFiles"), "*.json"));
            java.io.File file = chooser.showSaveDialog(saveKey.getScene().getWindow());
            if (file != null) {
                keySaved.setText(model.savePublicKey(file.toPath()));
            }
        });

        Button apply = new Button(I18n.tr("settings.apply"));
        apply.setId("settings-apply");
        apply.setDefaultButton(true);
        // the backup settings first: a value refused there leaves the language as it is, its message in sight
        apply.setOnAction(event -> {
            if (model.onServer() || backups.save()) {
                model.apply();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        grid.addRow(row++, label("settings.role"), role());
        if (!model.bureau()) {
            grid.addRow(row++, label("settings.park"), park); // a bureau's ledger serves no one park
        }
        grid.addRow(row++, label("settings.language"), language);
        grid.addRow(row++, label(model.onServer() ? "settings.db.currentLabel" : "settings.database"), database);
        grid.addRow(row++, label("settings.fingerprint"), new HBox(12, fingerprint, saveKey));
        grid.add(keySaved, 1, row++);
        Node backupPart = model.onServer() ? fileOnly("settings-backup-server", "settings.db.noBackups")
                : backupSettings(grid, row);
        VBox page = new VBox(16, title, grid, backupPart, apply, new Separator(), encryption);
        page.getStyleClass().add(Styles.PAGE);
        page.setId("settings-page");
        // taller than a 1366 x 768 screen leaves room for: it scrolls rather than running under the status bar
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("settings-scroll");
        return scroll;
    }

    /** Whose ledger it is, and for a park's the way to make it a city bureau's (which the logic may refuse). */
    private Node role() {
        Label role = new Label(model.roleText());
        role.setId("settings-role");
        HBox row = new HBox(12, role);
        row.setAlignment(Pos.CENTER_LEFT);
        if (!model.bureau()) {
            Button become = new Button(I18n.tr("settings.role.becomeBureau"));
            become.setId("settings-become-bureau");
            become.setOnAction(event -> model.becomeBureau(become.getScene().getWindow()));
            row.getChildren().add(become);
        }
        return row;
    }

    /** The backup settings as rows of the page's grid from {@code row} on, and below it what they mean. */
    private Node backupSettings(GridPane grid, int row) {
        Label title = new Label(I18n.tr("backup.settings.title"));
        title.getStyleClass().add(Styles.SUBTITLE);
        GridPane.setMargin(title, new Insets(12, 0, 0, 0));
        grid.add(title, 0, row, 2, 1);

        TextField folder = new TextField();
        folder.setId("settings-backup-folder");
        folder.textProperty().bindBidirectional(backups.folderProperty());
        folder.setPromptText(backups.defaultFolderPrompt());
        folder.setPrefColumnCount(40);
        Button choose = new Button(I18n.tr("backup.settings.choose"));
        choose.setId("settings-backup-choose");
        choose.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(I18n.tr("backup.settings.folder"));
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                backups.folderProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        grid.addRow(row + 1, label("backup.settings.folder"), folderRow);
        grid.addRow(row + 2, label("backup.settings.daily"), count("settings-backup-daily", backups.dailyProperty(),
                "backup.settings.dailyUnit"));
        grid.addRow(row + 3, label("backup.settings.weekly"), count("settings-backup-weekly", backups.weeklyProperty(),
                "backup.settings.weeklyUnit"));
        grid.addRow(row + 4, label("backup.settings.monthly"), count("settings-backup-monthly",
                backups.monthlyProperty(), "backup.settings.monthlyUnit"));

        Label hint = new Label(I18n.tr("backup.settings.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(760);
        hint.setMinHeight(Region.USE_PREF_SIZE); // more lines, never a cut-off sentence
        Label message = new Label();
        message.setId("settings-backup-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(backups.messageProperty());
        message.getStyleClass().add(Styles.MESSAGE_DONE);
        backups.errorProperty().addListener((obs, old, isError) -> {
            message.getStyleClass().removeAll(Styles.MESSAGE_ERROR, Styles.MESSAGE_DONE);
            message.getStyleClass().add(isError ? Styles.MESSAGE_ERROR : Styles.MESSAGE_DONE);
        });
        return new VBox(10, hint, message);
    }

    private static Node count(String id, javafx.beans.property.StringProperty value, String unitKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(4);
        field.textProperty().bindBidirectional(value);
        HBox row = new HBox(8, field, new Label(I18n.tr(unitKey)));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }
}
