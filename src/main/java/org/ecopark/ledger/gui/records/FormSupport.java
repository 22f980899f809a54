package org.ecopark.ledger.gui.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.Problem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The view half of every record form: lays out labelled fields, decorates each with the view model's
 * findings for it (ControlsFX), lists the errors in {@code #form-errors}, asks for an explanation of
 * each warning in {@code #form-warnings} (Save stays disabled until every warning has one), and offers
 * Save (Ctrl+S), Cancel (Esc) and History.
 *
 * <p>An error is shown at a field once the user has left it or typed into it, or for every field once a
 * save was tried or a stored record is shown, so that an empty new form does not open covered in red.
 */
public final class FormSupport {

    private final FormModel model;
    private final ValidationSupport support = new ValidationSupport();
    private final Map<String, Control> controls = new HashMap<>();
    /** The fields in the order they were added: the first is where a new record's typing starts. */
    private final List<Control> order = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private final GridPane grid = new GridPane();
    private final Label errors = new Label();
    private final VBox warnings = new VBox(6);
    private List<String> shownWarnings = List.of();
    /** The message label of each warning shown, by key: its text follows the value the warning is about. */
    private final Map<String, Label> warningTexts = new HashMap<>();
    private int row;

    public FormSupport(FormModel model) {
        this.model = model;
        grid.getStyleClass().add(RecordStyles.FORM_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        // as wide as the longest label, in either language: a fixed minimum let English run under the fields
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        errors.setId("form-errors");
        errors.setWrapText(true);
        errors.getStyleClass().add(RecordStyles.FORM_ERRORS);
        warnings.setId("form-warnings");
        warnings.getStyleClass().add(RecordStyles.FORM_WARNINGS);
        // which errors to show is decided here (visible()), not by ControlsFX, which would decorate nothing
        // until some value was typed, not even after Save on an empty form
        support.initInitialDecoration();
        model.validationProperty().addListener((obs, old, findings) -> {
            // what the user types is checked as it is typed (a wrong check digit shows at once)
            if (model.isEdited()) {
                controls.forEach((field, control) -> {
                    if (control.isFocused()) {
                        touched.add(field);
                    }
                });
            }
            refresh();
        });
        model.freshFormsProperty().addListener((obs, old, count) -> {
            touched.clear();
            refresh();
        });
        model.showAllProblemsProperty().addListener((obs, old, all) -> {
            if (!all) {
                touched.clear();
            }
            refresh();
        });
    }

    /** Adds a labelled row and decorates the control with the findings about {@code field}. */
    public <C extends Control> C add(String field, String labelKey, C control) {
        grid.addRow(row++, label(labelKey), control);
        return bind(field, control);
    }

    /** Adds a labelled row whose content is not a single field (a sub-table, a group of controls). */
    public void addRow(String labelKey, Node content) {
        grid.addRow(row++, label(labelKey), content);
    }

    /** Decorates a control placed elsewhere with the findings about {@code field}. */
    public <C extends Control> C bind(String field, C control) {
        controls.put(field, control);
        order.add(control);
        support.registerValidator(control, false, (Control c, Object value) -> result(c, field));
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && touched.add(field)) {
                refresh();
            }
        });
        return control;
    }

    public GridPane grid() {
        return grid;
    }

    /** The errors line and the warnings panel. */
    public Node feedback() {
        VBox box = new VBox(8, errors, warnings);
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        warnings.managedProperty().bind(Bindings.isNotEmpty(warnings.getChildren()));
        warnings.visibleProperty().bind(warnings.managedProperty());
        return box;
    }

    /** Save, Cancel and History, and the outcome of the last save. */
    public Node actions() {
        Button save = new Button(I18n.tr("records.form.save"), new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("record-save");
        save.setDefaultButton(false);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> model.save());
        Button cancel = new Button(I18n.tr("records.form.cancel"));
        cancel.setId("record-cancel");
        cancel.setOnAction(event -> model.cancel());
        Button history = new Button(I18n.tr("records.form.history"), new FontIcon(MaterialDesignH.HISTORY));
        history.setId("record-history");
        history.disableProperty().bind(model.hasHistoryProperty().not());
        history.setOnAction(event -> HistoryDialog.show(history, model));
        Label message = new Label();
        message.setId("form-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(RecordStyles.FORM_MESSAGE);
        model.messageIsErrorProperty().addListener((obs, was, isError) -> toggle(message, RecordStyles.FORM_MESSAGE_ERROR, isError));
        // the buttons keep their labels; a long message wraps instead of squeezing them to "..."
        for (Button button : List.of(save, cancel, history)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, save, cancel, history, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts the cursor into the form's first field (after New, so that typing starts there). */
    public void focusFirst() {
        order.stream().filter(control -> !control.isDisabled() && control.isVisible()).findFirst()
                .ifPresent(Control::requestFocus);
    }

    /**
     * Ctrl+S saves and Esc cancels wherever the focus is while {@code root} is shown (even on the
     * navigation the section was opened from). A filter on the scene, so that a focused text field cannot
     * swallow them; Ctrl+S works when the Save button is disabled and then says why. Esc on a form with
     * unsaved changes first asks; the form stays as typed unless the user agrees.
     *
     * @param discardConfirmed asks the user whether to drop what was typed
     */
    public void installKeys(Node root, BooleanSupplier discardConfirmed) {
        KeyCombination saveKey = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
        RecordSection.onScene(root, event -> {
            if (saveKey.match(event)) {
                event.consume();
                model.save();
            } else if (event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown()) {
                event.consume();
                if (!model.isEdited() || discardConfirmed.getAsBoolean()) {
                    model.cancel();
                }
            }
        });
    }

    private void refresh() {
        support.revalidate();
        List<String> lines = new ArrayList<>();
        for (Problem problem : model.validation().errors()) {
            if (visible(problem.field())) {
                lines.add(problem.message());
            }
        }
        errors.setText(String.join("\n", lines));
        List<Problem> current = model.validation().warnings();
        List<String> keys = current.stream().map(Problem::key).toList();
        if (!keys.equals(shownWarnings)) {
            shownWarnings = keys;
            rebuildWarnings(current);
        } else {
            // the same warnings, perhaps about another value now (5 000 typed on to 50 000): the rows and the
            // explanations typed into them stay, their messages follow
            current.forEach(warning -> warningTexts.get(warning.key()).setText(warning.message()));
        }
    }

    private boolean visible(String field) {
        return model.showAllProblemsProperty().get() || touched.contains(field) || !controls.containsKey(field);
    }

    private ValidationResult result(Control control, String field) {
        ValidationResult result = new ValidationResult();
        for (Problem problem : model.validation().only(field).problems()) {
            if (problem.isError() && visible(field)) {
                result.add(ValidationMessage.error(control, problem.message()));
            } else if (!problem.isError()) {
                result.add(ValidationMessage.warning(control, problem.message()));
            }
        }
        return result;
    }

    /** One row per warning: the message and the explanation that lets it be saved. */
    private void rebuildWarnings(List<Problem> current) {
        warnings.getChildren().clear();
        warningTexts.clear();
        if (current.isEmpty()) {
            return;
        }
        Label title = new Label(I18n.tr("records.form.warnings"), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        title.getStyleClass().add(RecordStyles.FORM_WARNINGS_TITLE);
        warnings.getChildren().add(title);
        Map<String, Integer> perField = new HashMap<>();
        for (Problem warning : current) {
            int n = perField.merge(warning.field(), 1, Integer::sum);
            Label text = new Label(warning.message());
            text.setWrapText(true);
            text.setId("warning-text-" + warning.field() + (n > 1 ? "-" + n : ""));
            warningTexts.put(warning.key(), text);
            TextField explanation = new TextField(model.explanations().getOrDefault(warning.key(), ""));
            explanation.setId("warning-explanation-" + warning.field() + (n > 1 ? "-" + n : ""));
            explanation.setPromptText(I18n.tr("records.form.explain"));
            explanation.textProperty().addListener((obs, old, typed) -> model.explanations().put(warning.key(), typed));
            warnings.getChildren().add(new VBox(4, text, explanation));
        }
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Control.USE_PREF_SIZE);
        return label;
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
