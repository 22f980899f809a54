package org.ecopark.ledger.gui.targets;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.ScopeEntry;

/**
 * The forms to add a park, a plan or a target. The dialog stays open while the service refuses what was
 * entered, showing why, so nothing typed is lost.
 */
final class TargetDialogs {

    private final TargetsViewModel list;
    private final Window owner;

    TargetDialogs(TargetsViewModel list, Window owner) {
        this.list = list;
        this.owner = owner;
    }

    void addPark() {
        NewParkViewModel form = new NewParkViewModel(list.service());
        GridPane grid = new Form()
                .text("targets.field.code", "park-code", form.code)
                .text("targets.field.name", "park-name", form.name)
                .text("targets.field.shortName", "park-short-name", form.shortName)
                .text("targets.field.city", "park-city", form.city)
                .text("targets.field.district", "park-district", form.district)
                .choice("targets.field.cluster", "park-cluster", form.clusters(), form.cluster, Choice::label)
                .text("targets.field.segment", "park-segment", form.segment).grid;
        show("targets.dialog.park.title", "targets.dialog.park.header", "new-park-dialog", grid, form.errorProperty(),
                form::submit).ifPresent(park -> list.refreshScopes());
    }

    void addPlan() {
        NewPlanViewModel form = new NewPlanViewModel(list.service());
        GridPane grid = new Form()
                .text("targets.field.code", "plan-code", form.code)
                .text("targets.field.name", "plan-name", form.name)
                .text("targets.field.shortName", "plan-short-name", form.shortName)
                .text("targets.field.document", "plan-document", form.document)
                .date("targets.field.issuedOn", "plan-issued-on", form.issuedOn)
                .date("targets.field.start", "plan-start", form.start)
                .date("targets.field.end", "plan-end", form.end).grid;
        show("targets.dialog.plan.title", "targets.dialog.plan.header", "new-plan-dialog", grid, form.errorProperty(),
                form::submit).ifPresent(plan -> list.refreshPlans());
    }

    void addTarget() {
        Choice<Plan> shownPlan = list.planProperty().get();
        Choice<ScopeEntry> shownEntry = list.scopeEntryProperty().get();
        NewTargetViewModel form = new NewTargetViewModel(list.service(),
                shownPlan == null || shownPlan.isAll() ? null : shownPlan.value().code(),
                shownEntry == null || shownEntry.isAll() ? null : shownEntry.value().code());
        GridPane grid = new Form()
                .choice("targets.field.plan", "target-form-plan", form.plans, form.plan, p -> p.nameIn(I18n.locale()))
                .text("targets.field.code", "target-form-code", form.code)
                .choice("targets.field.scope", "target-form-scope", form.scopes, form.scope,
                        s -> I18n.tr("targets.scope." + s.name()))
                .choice("targets.field.scopeCode", "target-form-scope-code", form.scopeEntries, form.scopeEntry,
                        e -> e.code() + "  " + e.name())
                .text("targets.field.clause", "target-form-clause", form.clause)
                .area("targets.field.sentence", "target-form-sentence", form.sentence)
                .text("targets.field.title", "target-form-title", form.title)
                .choice("targets.field.kind", "target-form-kind", form.kinds, form.kind,
                        k -> I18n.tr("targets.kind." + k.name()))
                .choice("targets.field.comparator", "target-form-comparator", form.comparators, form.comparator,
                        c -> c.symbol())
                .text("targets.field.value", "target-form-value", form.value)
                .choice("targets.field.unit", "target-form-unit", form.units, form.unit, u -> u.symbol())
                .date("targets.field.deadline", "target-form-deadline", form.deadline)
                .choice("targets.field.indicator", "target-form-indicator", form.indicators, form.indicator,
                        (Indicator i) -> i.code() + "  " + i.name())
                .area("targets.field.note", "target-form-note", form.note).grid;
        show("targets.dialog.target.title", "targets.dialog.target.header", "new-target-dialog", grid,
                form.errorProperty(), form::submit).ifPresent(target -> list.reload());
    }

    private <T> Optional<T> show(String titleKey, String headerKey, String id, Node form, ReadOnlyStringProperty error,
                                 Supplier<Optional<T>> submit) {
        Dialog<T> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr(titleKey));
        dialog.setHeaderText(I18n.tr(headerKey));
        Label problem = new Label();
        problem.setId(id + "-error");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.getStyleClass().add(TargetStyles.ERROR);
        problem.textProperty().bind(error);
        dialog.getDialogPane().setContent(new VBox(12, form, problem));
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(TargetDialogs.class.getResource(TargetStyles.STYLESHEET).toExternalForm());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Object[] result = new Object[1];
        // The dialog closes only once the service took what was entered.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            Optional<T> stored = submit.get();
            if (stored.isEmpty()) {
                event.consume();
            } else {
                result[0] = stored.get();
            }
        });
        @SuppressWarnings("unchecked")
        Function<ButtonType, T> converter = button -> button == ButtonType.OK ? (T) result[0] : null;
        dialog.setResultConverter(converter::apply);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }

    /** A two-column form: label, control; every control with an id for the tests. */
    private static final class Form {
        private final GridPane grid = new GridPane();
        private int row;

        Form() {
            grid.setHgap(12);
            grid.setVgap(8);
        }

        Form text(String key, String id, StringProperty property) {
            TextField field = new TextField();
            field.setId(id);
            field.setPrefColumnCount(28);
            field.textProperty().bindBidirectional(property);
            return add(key, field);
        }

        Form area(String key, String id, StringProperty property) {
            TextArea area = new TextArea();
            area.setId(id);
            area.setPrefRowCount(3);
            area.setPrefColumnCount(28);
            area.setWrapText(true);
            area.textProperty().bindBidirectional(property);
            return add(key, area);
        }

        Form date(String key, String id, ObjectProperty<java.time.LocalDate> property) {
            DatePicker picker = DatePickers.iso(id);
            picker.valueProperty().bindBidirectional(property);
            return add(key, picker);
        }

        <T> Form choice(String key, String id, ObservableList<T> items, ObjectProperty<T> property,
                        Function<T, String> text) {
            ComboBox<T> combo = new ComboBox<>(items);
            combo.setId(id);
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setConverter(Shown.as(text));
            combo.valueProperty().bindBidirectional(property);
            return add(key, combo);
        }

        private Form add(String key, Node control) {
            Label label = new Label(I18n.tr(key));
            label.getStyleClass().add(Styles.FORM_LABEL);
            grid.addRow(row++, label, control);
            return this;
        }
    }
}
