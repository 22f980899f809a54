package org.ecopark.ledger.gui.dashboard;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.l10n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The first steps of a new park, above the dashboard's tabs while they are open: a checklist of three. */
final class FirstStepsPane {

    private final FirstStepsViewModel model;

    FirstStepsPane(FirstStepsViewModel model) {
        this.model = model;
    }

    Node build() {
        Label title = new Label(I18n.tr("firstSteps.title"));
        title.getStyleClass().add(DashboardStyles.FIRST_STEPS_TITLE);
        Label intro = new Label(I18n.tr("firstSteps.intro"));
        intro.setWrapText(true);
        Button dismiss = new Button(I18n.tr("firstSteps.dismiss"));
        dismiss.setId("first-steps-dismiss");
        dismiss.setOnAction(event -> model.dismiss());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, dismiss);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane steps = new GridPane();
        steps.getStyleClass().add(DashboardStyles.FIRST_STEPS_LIST);
        step(steps, 0, "enterprises", model.enterprisesDoneProperty(), model.enterprisesNoteProperty(),
                "firstSteps.enterprises.action", button -> button.setOnAction(event -> model.importEnterprises()));
        step(steps, 1, "targets", model.targetsDoneProperty(), model.targetsNoteProperty(),
                "firstSteps.targets.action", button -> button.setOnAction(event -> model.checkTargets()));
        step(steps, 2, "templates", model.templatesDoneProperty(), model.templatesNoteProperty(),
                "firstSteps.templates.action", button -> {
                    button.setOnAction(event -> model.generateTemplates());
                    // templates are made per enterprise: none to make before the list is in
                    button.disableProperty().bind(model.enterprisesDoneProperty().not());
                });

        VBox pane = new VBox(8, header, intro, steps);
        pane.setId("first-steps");
        pane.getStyleClass().add(DashboardStyles.FIRST_STEPS);
        pane.visibleProperty().bind(model.shownProperty());
        pane.managedProperty().bind(model.shownProperty());
        return pane;
    }

    /** One line: done or not, the step's name, where it stands, and the button that opens it. */
    private static void step(GridPane grid, int row, String name, ObservableBooleanValue done,
                             ObservableStringValue note, String actionKey, Consumer<Button> action) {
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> done.get()
                ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE, done));
        icon.setIconSize(20);
        Label state = new Label(null, icon);
        state.setId("first-steps-" + name + "-state");
        // the state in words too, for a screen reader and a test
        state.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr(done.get() ? "firstSteps.state.done" : "firstSteps.state.todo"), done));
        done.addListener((obs, old, now) -> mark(state, now));
        mark(state, done.get());
        Label label = new Label(I18n.tr("firstSteps." + name));
        label.getStyleClass().add(DashboardStyles.FIRST_STEP_NAME);
        Label noteLabel = new Label();
        noteLabel.setId("first-steps-" + name + "-note");
        noteLabel.textProperty().bind(note);
        noteLabel.setWrapText(true);
        Button button = new Button(I18n.tr(actionKey));
        button.setId("first-steps-" + name);
        action.accept(button);
        grid.addRow(row, state, label, noteLabel, button);
        GridPane.setHgrow(noteLabel, Priority.ALWAYS);
    }

    private static void mark(Label state, boolean done) {
        state.getStyleClass().removeAll(DashboardStyles.FIRST_STEP_DONE, DashboardStyles.FIRST_STEP_TODO);
        state.getStyleClass().add(done ? DashboardStyles.FIRST_STEP_DONE : DashboardStyles.FIRST_STEP_TODO);
    }
}
