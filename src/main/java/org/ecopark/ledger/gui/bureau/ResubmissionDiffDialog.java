package org.ecopark.ledger.gui.bureau;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.Change;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.CountRow;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.TargetRow;
import org.ecopark.ledger.model.ReceivedTarget;

/**
 * 查看变化: a re-submission beside the package it replaced. Each target's value, actual figure and status of both
 * packages side by side, a changed cell highlighted, an added or removed target's row tinted; below, the rows of each
 * data table in both.
 */
public final class ResubmissionDiffDialog {

    private ResubmissionDiffDialog() {
    }

    /**
     * Opens the comparison for the received package {@code receivedId} (either the re-submission or the package it
     * replaced) over {@code owner}; what the bureau window's 查看变化 calls.
     */
    public static Dialog<Void> show(Window owner, Services services, DialogService dialogs, UiExecutor executor,
                                    long receivedId) {
        ResubmissionDiffViewModel model = new ResubmissionDiffViewModel(services::resubmissionDiff, dialogs, executor);
        Dialog<Void> dialog = create(owner, model);
        dialog.show();
        WorkDialogs.fitToPane(dialog);
        model.load(receivedId);
        return dialog;
    }

    /** The dialog over {@code model}; it shows what the model loads. */
    public static Dialog<Void> create(Window owner, ResubmissionDiffViewModel model) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "bureau.diff.gui.title", "bureau.diff.gui.header");
        Label heading = WorkDialogs.wrapping("diff-heading");
        heading.textProperty().bind(model.headingProperty());
        heading.getStyleClass().add(ExchangeStyles.SUBTITLE);
        GridPane packages = new GridPane();
        packages.getStyleClass().add(ExchangeStyles.PACKAGES);
        packages.addRow(0, side("bureau.diff.earlier"), bound("diff-earlier", model.earlierProperty()));
        packages.addRow(1, side("bureau.diff.later"), bound("diff-later", model.laterProperty()));
        var status = WorkDialogs.statusLine("diff-summary", model.runningProperty(), model.summaryProperty());
        Label summary = (Label) status.getChildren().get(1);
        model.failedProperty().addListener((observable, was, failed) -> {
            summary.getStyleClass().remove(ExchangeStyles.STATUS_ERROR);
            if (failed) {
                summary.getStyleClass().add(ExchangeStyles.STATUS_ERROR);
            }
        });
        TableView<TargetRow> targets = targets(model);
        TableView<CountRow> counts = counts(model);
        Label countsTitle = new Label(I18n.tr("bureau.diff.gui.counts"));
        countsTitle.getStyleClass().add(ExchangeStyles.SUBTITLE);
        VBox.setVgrow(targets, Priority.ALWAYS);
        VBox content = new VBox(heading, packages, status, targets, countsTitle, counts);
        content.getStyleClass().add(ExchangeStyles.CONTENT);
        content.getStylesheets().add(ExchangeStyles.stylesheet());
        for (javafx.scene.Node shown : java.util.List.of(packages, targets, countsTitle, counts)) {
            shown.visibleProperty().bind(model.failedProperty().not()); // nothing to compare: the sentence says why
            shown.managedProperty().bind(shown.visibleProperty());
        }
        dialog.getDialogPane().setContent(content);
        // wrapping labels would let the pane shrink to their width; a 1366 × 768 office screen holds it whole
        dialog.getDialogPane().setPrefSize(1000, 640);
        dialog.getDialogPane().setId("diff-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static Label side(String key) {
        Label label = new Label(I18n.tr(key, "").strip());
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(ExchangeStyles.SIDE);
        return label;
    }

    private static Label bound(String id, javafx.beans.value.ObservableStringValue text) {
        Label label = WorkDialogs.wrapping(id);
        label.textProperty().bind(text);
        return label;
    }

    private static TableView<TargetRow> targets(ResubmissionDiffViewModel model) {
        TableView<TargetRow> table = new TableView<>(model.targets());
        table.setId("diff-targets");
        table.setPrefSize(960, 280);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("bureau.diff.field.target", TargetRow::targetCode, row -> false));
        table.getColumns().add(column("bureau.diff.field.unit", row -> text(row.unit()), row -> false));
        table.getColumns().add(side("bureau.diff.field.earlierValue", TargetRow::earlier,
                t -> ResubmissionDiff.figure(t.targetValue()), TargetRow::valueChanged));
        table.getColumns().add(side("bureau.diff.field.laterValue", TargetRow::later,
                t -> ResubmissionDiff.figure(t.targetValue()), TargetRow::valueChanged));
        table.getColumns().add(side("bureau.diff.field.earlierActual", TargetRow::earlier,
                t -> ResubmissionDiff.figure(t.actual()), TargetRow::actualChanged));
        table.getColumns().add(side("bureau.diff.field.laterActual", TargetRow::later,
                t -> ResubmissionDiff.figure(t.actual()), TargetRow::actualChanged));
        table.getColumns().add(side("bureau.diff.field.earlierStatus", TargetRow::earlier,
                t -> ResubmissionDiff.status(t.status()), TargetRow::statusChanged));
        table.getColumns().add(side("bureau.diff.field.laterStatus", TargetRow::later,
                t -> ResubmissionDiff.status(t.status()), TargetRow::statusChanged));
        table.getColumns().add(column("bureau.diff.field.change", row -> label(row.change()), row -> false));
        return table;
    }

    private static TableView<CountRow> counts(ResubmissionDiffViewModel model) {
        TableView<CountRow> table = new TableView<>(model.counts());
        table.setId("diff-counts");
        table.setPrefSize(960, 150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(countColumn("bureau.diff.field.table", CountRow::table));
        table.getColumns().add(countColumn("bureau.diff.field.earlierRows", row -> number(row.earlier())));
        table.getColumns().add(countColumn("bureau.diff.field.laterRows", row -> number(row.later())));
        table.getColumns().add(countColumn("bureau.diff.field.change", CountRow::changeText));
        return table;
    }

    /** A figure of one side: empty where the target is missing from that package; highlighted when it changed. */
    private static TableColumn<TargetRow, TargetRow> side(String key, Function<TargetRow, ReceivedTarget> of,
                                                         Function<ReceivedTarget, String> text,
                                                         Predicate<TargetRow> changed) {
        return column(key, row -> of.apply(row) == null ? "" : text.apply(of.apply(row)), changed);
    }

    private static TableColumn<TargetRow, TargetRow> column(String key, Function<TargetRow, String> text,
                                                           Predicate<TargetRow> changed) {
        return markedColumn(key, text, row -> mark(row.change(), changed.test(row)));
    }

    private static TableColumn<CountRow, CountRow> countColumn(String key, Function<CountRow, String> text) {
        return markedColumn(key, text, row -> mark(row.change(), row.change() == Change.CHANGED));
    }

    /** A column of whole rows: each cell shows its text of the row and the style class {@code mark} gives the row. */
    private static <R> TableColumn<R, R> markedColumn(String key, Function<R, String> text, Function<R, String> mark) {
        TableColumn<R, R> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new MarkedCell<>(text, mark));
        column.setSortable(false);
        return column;
    }

    /** The style class of a cell: its row added or removed, or its own figure changed; null for none. */
    private static String mark(Change change, boolean changed) {
        return switch (change) {
            case ADDED -> ExchangeStyles.ADDED;
            case REMOVED -> ExchangeStyles.REMOVED;
            default -> changed ? ExchangeStyles.CHANGED : null;
        };
    }

    private static String label(Change change) {
        return change == Change.SAME ? "" : change.label();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** A cell showing its row's text, with the style class its row gives it. */
    private static final class MarkedCell<R> extends TableCell<R, R> {

        private final Function<R, String> text;
        private final Function<R, String> mark;

        MarkedCell(Function<R, String> text, Function<R, String> mark) {
            this.text = text;
            this.mark = mark;
        }

        @Override
        protected void updateItem(R row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(ExchangeStyles.CHANGED, ExchangeStyles.ADDED, ExchangeStyles.REMOVED);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(text.apply(row));
            String style = mark.apply(row);
            if (style != null) {
                getStyleClass().add(style);
            }
        }
    }
}
