package org.ecopark.ledger.gui.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.Problem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * What a form says about a field, in words, right under the field: its errors in one red line, then each
 * warning in amber with the box where it is explained. Takes room only while it has something to say, so
 * that fields without a message do not move.
 *
 * <p>The rows of warnings are kept while the same warnings stand, so that an explanation being typed is
 * not lost when the value it explains changes (5 000 typed on to 50 000); only their texts follow.
 */
final class FieldMessages {

    private final VBox box = new VBox(4);
    private final Label errors = new Label();
    private final ObservableMap<String, String> explanations;
    private List<String> shownWarnings = List.of();
    private final Map<String, Label> warningTexts = new HashMap<>();
    private final Map<String, Node> warningRows = new LinkedHashMap<>();
    private final Map<String, TextField> explanationFields = new HashMap<>();

    /**
     * @param boxId    the id of the whole
     * @param errorsId the id of the errors line
     */
    FieldMessages(String boxId, String errorsId, ObservableMap<String, String> explanations) {
        this.explanations = explanations;
        box.setId(boxId);
        box.getStyleClass().add(RecordStyles.FIELD_MESSAGES);
        // as wide as what it is under, never wider: a long message wraps rather than widening the grid's columns
        box.setMinWidth(0);
        box.setPrefWidth(0);
        errors.setId(errorsId);
        errors.setWrapText(true);
        errors.setMinWidth(0);
        errors.setMaxWidth(Double.MAX_VALUE);
        errors.getStyleClass().add(RecordStyles.FIELD_ERROR);
        errors.setGraphic(new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        errors.managedProperty().bind(errors.textProperty().isNotEmpty());
        errors.visibleProperty().bind(errors.managedProperty());
        box.getChildren().add(errors);
        box.managedProperty().bind(errors.managedProperty().or(Bindings.size(box.getChildren()).greaterThan(1)));
        box.visibleProperty().bind(box.managedProperty());
    }

    Node node() {
        return box;
    }

    /**
     * Shows these errors and warnings (of this field, or of every field without a place of its own).
     *
     * @return the keys of the warnings that were not shown before
     */
    List<String> show(List<Problem> shownErrors, List<Problem> warnings) {
        errors.setText(String.join("\n", shownErrors.stream().map(Problem::message).toList()));
        List<String> keys = warnings.stream().map(Problem::key).toList();
        List<String> added = new ArrayList<>(keys);
        added.removeAll(shownWarnings);
        if (!keys.equals(shownWarnings)) {
            shownWarnings = keys;
            rebuild(warnings);
        } else {
            warnings.forEach(warning -> warningTexts.get(warning.key()).setText(warning.message()));
        }
        return added;
    }

    /** The message and explanation box of a warning shown here, or null. */
    Node warningRow(String key) {
        return warningRows.get(key);
    }

    /** The box where a warning shown here is explained, or null. */
    TextField explanationField(String key) {
        return explanationFields.get(key);
    }

    boolean hasErrors() {
        return !errors.getText().isEmpty();
    }

    private void rebuild(List<Problem> warnings) {
        box.getChildren().retainAll(errors);
        warningTexts.clear();
        warningRows.clear();
        explanationFields.clear();
        Map<String, Integer> perField = new HashMap<>();
        for (Problem warning : warnings) {
            int n = perField.merge(warning.field(), 1, Integer::sum);
            String suffix = warning.field() + (n > 1 ? "-" + n : "");
            Label text = new Label(warning.message(), new FontIcon(MaterialDesignA.ALERT_OUTLINE));
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setId("warning-text-" + suffix);
            text.getStyleClass().add(RecordStyles.FIELD_WARNING);
            TextField explanation = new TextField(explanations.getOrDefault(warning.key(), ""));
            explanation.setId("warning-explanation-" + suffix);
            explanation.setPromptText(I18n.tr("records.form.explain"));
            explanation.textProperty().addListener((obs, old, typed) -> explanations.put(warning.key(), typed));
            VBox row = new VBox(4, text, explanation);
            row.getStyleClass().add(RecordStyles.FIELD_WARNING_ROW);
            warningTexts.put(warning.key(), text);
            warningRows.put(warning.key(), row);
            explanationFields.put(warning.key(), explanation);
            box.getChildren().add(row);
        }
    }
}
