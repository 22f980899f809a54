package org.ecopark.ledger.gui.collection;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.records.FormControls;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Enterprise;

/** The "generate templates" tab. */
final class TemplatesPane {

    private final TemplatesModel model;
    private final DialogService dialogs;
    private final Supplier<Path> startFolder;

    /** @param startFolder where the folder chooser starts (null: the system's choice) */
    TemplatesPane(TemplatesModel model, DialogService dialogs, Supplier<Path> startFolder) {
        this.model = model;
        this.dialogs = dialogs;
        this.startFolder = startFolder;
    }

    Node build() {
        Label intro = new Label(I18n.tr("collection.gui.templatesIntro"));
        intro.getStyleClass().add(CollectionStyles.HINT);

        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton(I18n.tr("collection.gui.allEnterprises"));
        all.setId("template-scope-all");
        all.setToggleGroup(scope);
        all.setSelected(true);
        RadioButton one = new RadioButton(I18n.tr("collection.gui.oneEnterprise"));
        one.setId("template-scope-one");
        one.setToggleGroup(scope);
        ComboBox<Enterprise> enterprise = new ComboBox<>(model.enterprises());
        enterprise.setId("template-enterprise");
        enterprise.setPrefWidth(320);
        enterprise.setConverter(Shown.as(e -> e.name() + "  " + e.uscc()));
        enterprise.disableProperty().bind(one.selectedProperty().not());
        enterprise.valueProperty().addListener((obs, old, chosen) -> model.enterpriseProperty().set(one.isSelected() ? chosen : null));
        // read again after a change elsewhere: the chosen enterprise as it is stored now, or none once it is gone
        model.enterprises().addListener((ListChangeListener<Enterprise>) change -> {
            Enterprise chosen = enterprise.getValue();
            enterprise.setValue(chosen == null ? null : model.enterprises().stream()
                    .filter(e -> e.id() == chosen.id()).findFirst().orElse(null));
        });
        scope.selectedToggleProperty().addListener((obs, old, now) ->
                model.enterpriseProperty().set(now == one ? enterprise.getValue() : null));
        CheckBox allInOne = FormControls.check("template-all-in-one", "collection.gui.allInOne", model.allInOneProperty());
        allInOne.disableProperty().bind(one.selectedProperty());
        CheckBox extra = FormControls.check("template-extra-sheets", "collection.gui.extraSheets", model.extraSheetsProperty());

        TextField folder = new TextField();
        folder.setId("template-folder");
        folder.setEditable(false);
        folder.setPrefColumnCount(40);
        model.folderProperty().addListener((obs, old, path) -> folder.setText(path == null ? "" : path.toString()));
        Button chooseFolder = new Button(I18n.tr("collection.gui.chooseFolder"));
        chooseFolder.setId("template-choose-folder");
        chooseFolder.setOnAction(event -> chooseFolder());
        Button generate = new Button(I18n.tr("collection.gui.generate"));
        generate.setId("template-generate");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(model.canGenerate().not());
        generate.setOnAction(event -> model.generate());

        ListView<java.nio.file.Path> files = new ListView<>(model.written());
        files.setId("template-files");
        files.getStyleClass().add(CollectionStyles.TABLE);
        files.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(java.nio.file.Path path, boolean empty) {
                super.updateItem(path, empty);
                setText(empty || path == null ? null : path.getFileName().toString());
            }
        });
        VBox.setVgrow(files, Priority.ALWAYS);
        model.unexpectedProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(I18n.tr("collection.gui.generationFailed"), error);
            }
        });
        VBox body = new VBox(intro,
                row(new Label(I18n.tr("collection.gui.enterprises")), all, one, enterprise),
                row(allInOne, extra),
                row(new Label(I18n.tr("collection.gui.folder")), folder, chooseFolder),
                row(generate),
                WorkBar.build(model.work(), "template", model::cancel),
                WorkBar.status("template-status", model.statusProperty(), model.failedProperty()),
                files);
        body.getStyleClass().add(CollectionStyles.TAB_BODY);
        return body;
    }

    /** Asks for the folder the templates go into. */
    void chooseFolder() {
        Path chosen = model.folderProperty().get();
        dialogs.chooseFolder(I18n.tr("collection.gui.chooseFolder"), chosen != null ? chosen : startFolder.get())
                .ifPresent(model.folderProperty()::set);
    }

    static HBox row(Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add(CollectionStyles.ROW);
        return row;
    }
}
