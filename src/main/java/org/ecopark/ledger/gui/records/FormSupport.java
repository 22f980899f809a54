package org.ecopark.ledger.gui.records;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
import org.ecopark.ledger.logic.records.RecordValidation;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The view half of every record form: lays out labelled fields, says under each field in words what is
 * wrong with it (errors in red; warnings in amber, each with the box where it is explained, since Save
 * stays disabled until every warning has an explanation), marks the field as well (ControlsFX), and offers
 * Save (Ctrl+S), Cancel (Esc) and History with a summary beside them of what keeps Save disabled; a click
 * on the summary scrolls to the first problem. A warning that appears while the user types is scrolled
 * into view with its explanation box. Findings about fields without a place of their own are listed
 * below the form ({@code #form-errors}, {@code #form-warnings}).
 *
 * <p>An error is shown at a field once the user has left it or typed into it, or for every field once a
 * save was tried or a stored record is shown, so that an empty new form does not open covered in red.
 */
public final class FormSupport {

    private final FormModel model;
    private final ValidationSupport support = new ValidationSupport();
    /** The fields in the order they were added: the first is where a new record's typing starts. */
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();
    private final GridPane grid = new GridPane();
    /** The messages of each field that has a place for them, in the order of the form. */
    private final Map<String, FieldMessages> placed = new LinkedHashMap<>();
    /** Fields bound since the last row was added: their messages go under that row. */
    private final List<String> pending = new ArrayList<>();
    private final FieldMessages others;
    private final Hyperlink summary = new Hyperlink();
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
        others = new FieldMessages("form-warnings", "form-errors", model.explanations());
        summary.setId("form-summary");
        // text only: with an icon in it, JavaFX logged a CSS conversion error when the section was shown again
        summary.getStyleClass().add(RecordStyles.FORM_SUMMARY);
        summary.setTooltip(new Tooltip(I18n.tr("records.form.summary.tip")));
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        summary.setOnAction(event -> goToFirstProblem());
        // what was found before the form was laid out shows once it is on screen
        summary.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                refresh();
            }
        });
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
        model.explanations().addListener((MapChangeListener<String, String>) change -> showSummary());
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
        bind(field, control);
        place(labelKey, control);
        return control;
    }

    /**
     * Adds a labelled row whose content is not a single field (a sub-table, a group of controls); the
     * messages of the fields bound inside it show under it.
     */
    public void addRow(String labelKey, Node content) {
        place(labelKey, content);
    }

    /**
     * Decorates a control placed elsewhere with the findings about {@code field}. Its messages show under
     * the next row added, or where {@link #messages(String)} puts them.
     */
    public <C extends Control> C bind(String field, C control) {
        controls.put(field, control);
        pending.add(field);
        support.registerValidator(control, false, (Control c, Object value) -> result(c, field));
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && touched.add(field)) {
                refresh();
            }
        });
        return control;
    }

    /** The messages about {@code field}, for a form that lays its fields out itself (under the field). */
    public Node messages(String field) {
        pending.remove(field);
        return placed.computeIfAbsent(field, f -> new FieldMessages("field-messages-" + f, "field-error-" + f,
                model.explanations())).node();
    }

    public GridPane grid() {
        return grid;
    }

    /** The findings about fields that have no place of their own. */
    public Node feedback() {
        return others.node();
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
        for (Region button : List.of(save, cancel, history, summary)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // after the buttons, so that they stay where they are while the summary changes with the typing
        HBox bar = new HBox(8, save, cancel, history, summary, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Puts the cursor into the form's first field (after New, so that typing starts there). */
    public void focusFirst() {
        controls.values().stream().filter(control -> !control.isDisabled() && control.isVisible()).findFirst()
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

    /**
     * A labelled row; the messages of the fields bound since the last row show on a row of their own under
     * its content, which takes no room while they have nothing to say.
     */
    private void place(String labelKey, Node content) {
        grid.addRow(row++, label(labelKey), content);
        // every row is followed by one for messages, empty or not: the grid puts its gap after each, so that
        // all rows stand equally far apart (half the stylesheet's gap each time)
        int messagesRow = row++;
        if (pending.isEmpty()) {
            return;
        }
        VBox below = new VBox(4);
        for (String field : List.copyOf(pending)) {
            below.getChildren().add(messages(field));
        }
        below.managedProperty().bind(Bindings.createBooleanBinding(
                () -> below.getChildren().stream().anyMatch(Node::isManaged),
                below.getChildren().stream().map(Node::managedProperty).toArray(Observable[]::new)));
        below.visibleProperty().bind(below.managedProperty());
        grid.add(below, 1, messagesRow);
    }

    private void refresh() {
        support.revalidate();
        RecordValidation findings = model.validation();
        List<String> added = new ArrayList<>();
        placed.forEach((field, messages) -> {
            RecordValidation about = findings.only(field);
            added.addAll(messages.show(shownErrors(about), about.warnings()));
        });
        RecordValidation rest = RecordValidation.of(findings.problems().stream()
                .filter(problem -> !placed.containsKey(problem.field())).toList());
        added.addAll(others.show(shownErrors(rest), rest.warnings()));
        showSummary();
        if (model.isEdited()) {
            revealNewWarning(added);
        }
    }

    private List<Problem> shownErrors(RecordValidation findings) {
        return findings.errors().stream().filter(problem -> visible(problem.field())).toList();
    }

    private boolean visible(String field) {
        return model.showAllProblemsProperty().get() || touched.contains(field) || !controls.containsKey(field);
    }

    /** What keeps Save disabled, beside it. */
    private void showSummary() {
        RecordValidation findings = model.validation();
        int shown = shownErrors(findings).size();
        int unexplained = findings.unexplained(model.explanations()).size();
        ProblemSummary counts = new ProblemSummary(shown, findings.errors().size() - shown, unexplained);
        summary.setText(counts.text());
        toggle(summary, RecordStyles.FORM_SUMMARY_ERROR, shown > 0);
        toggle(summary, RecordStyles.FORM_SUMMARY_WARNING, shown == 0 && unexplained > 0);
    }

    /**
     * Shows every error, scrolls the first problem in the form's order into view and puts the cursor there:
     * into the field with an error, or into the box where a warning is to be explained.
     */
    private void goToFirstProblem() {
        model.revealProblems();
        refresh();
        RecordValidation findings = model.validation();
        List<Problem> unexplained = findings.unexplained(model.explanations());
        List<String> fields = new ArrayList<>(controls.keySet());
        findings.problems().stream().map(Problem::field).filter(field -> !fields.contains(field)).forEach(fields::add);
        for (String field : fields) {
            FieldMessages messages = placed.getOrDefault(field, others);
            Control control = controls.get(field);
            Node from = control != null && placed.containsKey(field) ? control : messages.node();
            if (findings.only(field).hasErrors()) {
                FormScroll.reveal(from, messages.node());
                (control != null ? control : summary).requestFocus();
                return;
            }
            for (Problem warning : unexplained) {
                if (warning.field().equals(field)) {
                    FormScroll.reveal(from, messages.warningRow(warning.key()));
                    messages.explanationField(warning.key()).requestFocus();
                    return;
                }
            }
        }
    }

    /** Brings the first warning that has just appeared and still needs an explanation into view, with its box. */
    private void revealNewWarning(List<String> added) {
        for (Problem warning : model.validation().unexplained(model.explanations())) {
            if (added.contains(warning.key())) {
                FieldMessages messages = placed.getOrDefault(warning.field(), others);
                Node row = messages.warningRow(warning.key());
                Control control = controls.get(warning.field());
                FormScroll.reveal(control != null && placed.containsKey(warning.field()) ? control : row, row);
                return;
            }
        }
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
