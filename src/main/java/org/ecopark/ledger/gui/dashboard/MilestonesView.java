package org.ecopark.ledger.gui.dashboard;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The park's milestones: due date, status, completion date, evidence. One still outstanding after its
 * due date stands out; a double-click opens the milestone's page, where evidence is recorded.
 */
public final class MilestonesView {

    private final MilestonesViewModel model;
    private final Consumer<Target> open;

    public MilestonesView(MilestonesViewModel model, Consumer<Target> open) {
        this.model = model;
        this.open = open;
    }

    public Node build() {
        TableView<Milestone> table = new TableView<>(model.milestones());
        table.setId("milestones-table");
        table.getColumns().add(column("indicators.milestones.column.clause", m -> m.target().clause(), 90));
        table.getColumns().add(column("indicators.milestones.column.title", m -> m.target().titleIn(I18n.locale()), 300));
        table.getColumns().add(column("indicators.milestones.column.due", m -> m.target().deadline().toString(), 110));
        table.getColumns().add(statusColumn());
        table.getColumns().add(column("indicators.milestones.column.completed",
                m -> m.completedOn() == null ? "" : m.completedOn().toString(), 110));
        table.getColumns().add(column("indicators.milestones.column.evidence", MilestonesViewModel::evidenceSummary, 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("indicators.milestones.empty")));
        table.setRowFactory(view -> {
            TableRow<Milestone> row = new TableRow<>() {
                @Override
                protected void updateItem(Milestone item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove(DashboardStyles.OVERDUE);
                    if (!empty && item != null && item.overdue()) {
                        getStyleClass().add(DashboardStyles.OVERDUE);
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().target());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(I18n.tr("indicators.milestones.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(8, hint, table);
        box.setId("milestones-view");
        box.getStyleClass().addAll(DashboardStyles.DASHBOARD, DashboardStyles.TAB_PAGE);
        return box;
    }

    private static TableColumn<Milestone, TargetStatus> statusColumn() {
        TableColumn<Milestone, TargetStatus> column = new TableColumn<>(I18n.tr("indicators.milestones.column.status"));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TargetStatus status, boolean empty) {
                super.updateItem(status, empty);
                Label label = null;
                if (!empty && status != null) {
                    label = new Label(EvaluationTexts.status(status));
                    label.getStyleClass().addAll(DashboardStyles.STATUS, DashboardStyles.of(status));
                }
                setGraphic(label);
                setText(null);
            }
        });
        column.setPrefWidth(110);
        return column;
    }

    private static TableColumn<Milestone, String> column(String key, Function<Milestone, String> value, double width) {
        TableColumn<Milestone, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
