package org.ecopark.ledger.gui.targets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Target;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** A target's page: the plan's sentence, the catalog's note, every field, and the user's baseline and note. */
public final class TargetDetailView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final TargetDetailViewModel model;
    private final DialogService dialogs;
    private final Runnable onBack;
    private final Runnable onChanged;

    /** {@code onChanged} runs after a save or a delete, so the list shows the change. */
    public TargetDetailView(TargetDetailViewModel model, DialogService dialogs, Runnable onBack, Runnable onChanged) {
        this.model = model;
        this.dialogs = dialogs;
        this.onBack = onBack;
        this.onChanged = onChanged;
    }

    public Node build() {
        Target target = model.targetProperty().get();
        Button back = new Button(I18n.tr("targets.detail.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("target-back");
        back.setOnAction(event -> onBack.run());
        Label heading = new Label(target.code() + "  " + target.titleIn(I18n.locale()));
        heading.setId("target-heading");
        heading.getStyleClass().add(TargetStyles.HEADING);
        heading.setWrapText(true);

        Label sentence = new Label(target.sentence() == null ? "" : target.sentence());
        sentence.setId("target-sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(Double.MAX_VALUE);
        sentence.getStyleClass().add(TargetStyles.SENTENCE);
        Label clause = new Label(I18n.tr("targets.detail.clause", target.clause() == null ? "-" : target.clause()));
        clause.setId("target-clause");
        clause.getStyleClass().add(Styles.MUTED);
        VBox page = new VBox(new HBox(12, back), heading, sectionTitle("targets.detail.sentence"), sentence, clause);

        if (target.hasNote()) {
            Label note = new Label(I18n.tr("targets.detail.noteTitle") + "\n" + target.note(),
                    new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
            note.setId("target-note");
            note.setWrapText(true);
            note.setMaxWidth(Double.MAX_VALUE);
            note.getStyleClass().add(TargetStyles.NOTE);
            page.getChildren().add(note);
        }
        // What the plan sets on the left, what the user fills in on the right: both in view without scrolling.
        VBox planSide = new VBox(10, sectionTitle("targets.detail.fields"), fields(target));
        VBox userSide = new VBox(10, sectionTitle("targets.detail.userSection"), userFields(target));
        HBox.setHgrow(planSide, Priority.ALWAYS);
        HBox.setHgrow(userSide, Priority.ALWAYS);
        planSide.setPrefWidth(480);
        userSide.setPrefWidth(480);
        page.getChildren().add(new HBox(32, planSide, userSide));
        page.getStyleClass().addAll(Styles.PAGE, TargetStyles.DETAIL);
        page.setId("target-detail");
        page.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                save();
                event.consume();
            }
        });
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("target-detail-scroll");
        return scroll;
    }

    private GridPane fields(Target target) {
        Label requirement = new Label(target.requirement());
        requirement.setId("target-requirement");
        requirement.getStyleClass().add(TargetStyles.REQUIREMENT);
        GridPane grid = grid();
        int row = 0;
        grid.addRow(row++, label("targets.detail.requirement"), requirement);
        grid.addRow(row++, label("targets.field.deadline"), value("target-deadline", target.deadline().toString()));
        grid.addRow(row++, label("targets.field.kind"), value("target-kind", I18n.tr("targets.kind." + target.kind().name())));
        grid.addRow(row++, label("targets.field.scope"), value("target-scope", model.scopeName()));
        grid.addRow(row++, label("targets.field.indicator"), value("target-indicator", model.indicatorText()));
        grid.addRow(row++, label("targets.field.plan"), value("target-plan", model.planText()));
        grid.addRow(row, label("targets.detail.source"), value("target-source",
                I18n.tr(target.shipped() ? "targets.detail.shipped" : "targets.detail.custom")));
        return grid;
    }

    private Node userFields(Target target) {
        TextField baselineValue = new TextField();
        baselineValue.setId("target-baseline-value");
        baselineValue.setPrefColumnCount(10);
        baselineValue.textProperty().bindBidirectional(model.baselineValueProperty());
        DatePicker baselineDate = DatePickers.iso("target-baseline-date");
        baselineDate.valueProperty().bindBidirectional(model.baselineDateProperty());
        Label hint = new Label(I18n.tr("targets.detail.baselineHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        TextArea note = new TextArea();
        note.setId("target-user-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.userNoteProperty());
        CheckBox hidden = new CheckBox(I18n.tr("targets.detail.hidden"));
        hidden.setId("target-hidden");
        hidden.selectedProperty().bindBidirectional(model.hiddenProperty());

        GridPane grid = grid();
        HBox valueWithUnit = new HBox(8, baselineValue, new Label(target.unit().symbol()));
        valueWithUnit.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(0, label("targets.field.baselineValue"), valueWithUnit);
        grid.addRow(1, label("targets.field.baselineDate"), baselineDate);
        grid.add(hint, 1, 2);
        grid.addRow(3, label("targets.field.userNote"), note);
        grid.add(hidden, 1, 4);

        Label error = new Label();
        error.setId("target-error");
        error.setWrapText(true);
        error.getStyleClass().add(TargetStyles.ERROR);
        error.textProperty().bind(model.errorProperty());
        Label saved = new Label();
        saved.setId("target-saved");
        saved.getStyleClass().add(TargetStyles.SAVED);
        saved.textProperty().bind(model.savedProperty());
        Button save = new Button(I18n.tr("targets.detail.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("target-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveBinding().not());
        save.setOnAction(event -> save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(12, save, saved, spacer);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (!target.shipped()) {
            Button delete = new Button(I18n.tr("targets.detail.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
            delete.setId("target-delete");
            delete.setOnAction(event -> delete());
            actions.getChildren().add(delete);
        }
        return new VBox(10, grid, error, actions);
    }

    private void save() {
        if (model.canSaveBinding().get() && model.save()) {
            onChanged.run();
        }
    }

    private void delete() {
        Target target = model.targetProperty().get();
        if (dialogs.confirm(I18n.tr("targets.detail.deleteConfirm.title"),
                I18n.tr("targets.detail.deleteConfirm", target.code(), target.titleIn(I18n.locale()))) && model.delete()) {
            onChanged.run();
            onBack.run();
        }
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        return grid;
    }

    private static Label sectionTitle(String key) {
        Label title = new Label(I18n.tr(key));
        title.getStyleClass().add(TargetStyles.SECTION_TITLE);
        return title;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(String id, String text) {
        Label value = new Label(text);
        value.setId(id);
        value.setWrapText(true);
        value.getStyleClass().add(TargetStyles.FIELD_VALUE);
        return value;
    }
}
