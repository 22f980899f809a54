package org.ecopark.ledger.gui.bureau;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PlanDistributions;
import org.ecopark.ledger.model.Plan;

/**
 * 计划下发, a pane for the bureau window: a plan and 发送计划文件…, a status line, and per park the plan sent last
 * beside the plan its latest package reports against, a park on another plan in red.
 */
public final class PlanDistributionPane extends VBox {

    private final PlanDistributionViewModel model;

    public PlanDistributionPane(PlanDistributionViewModel model) {
        this.model = model;
        // a section of the bureau's window: laid out and titled as 报送情况 is
        getStyleClass().addAll(Styles.PAGE, BureauStyles.SECTION, ExchangeStyles.CONTENT);
        getStylesheets().addAll(ExchangeStyles.stylesheet(),
                PlanDistributionPane.class.getResource(BureauStyles.STYLESHEET).toExternalForm());
        setId("plans-pane");
        ComboBox<Plan> plan = new ComboBox<>(model.plans());
        plan.setId("plans-plan");
        plan.valueProperty().bindBidirectional(model.planProperty());
        plan.setCellFactory(list -> new PlanCell());
        plan.setButtonCell(new PlanCell());
        Button send = new Button(I18n.tr("bureau.plans.gui.send"));
        send.setId("plans-send");
        send.disableProperty().bind(model.runningProperty());
        send.setOnAction(event -> model.send());
        HBox toolbar = new HBox(new Label(I18n.tr("bureau.plans.gui.plan")), plan, send);
        toolbar.getStyleClass().add(ExchangeStyles.TOOLBAR);
        var status = WorkDialogs.statusLine("plans-status", model.runningProperty(), model.statusProperty());
        Label statusText = (Label) status.getChildren().get(1);
        model.errorProperty().addListener((observable, was, error) -> {
            statusText.getStyleClass().remove(ExchangeStyles.STATUS_ERROR);
            if (error) {
                statusText.getStyleClass().add(ExchangeStyles.STATUS_ERROR);
            }
        });
        TableView<PlanDistributions.Row> table = new TableView<>(model.rows());
        table.setId("plans-table");
        table.setPrefSize(900, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("bureau.field.park", 80, row -> row.park().code()));
        table.getColumns().add(column("bureau.field.name", 120, row -> row.park().shortNameIn(I18n.locale())));
        table.getColumns().add(column("bureau.plans.field.sent", 250, PlanDistributions.Row::sentText));
        table.getColumns().add(column("bureau.plans.field.reported", 340, PlanDistributions.Row::reportedText));
        table.getColumns().add(column("bureau.plans.field.state", 120, row -> row.state().label()));
        table.setRowFactory(view -> new FlaggedRow());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label title = new Label(I18n.tr("bureau.plans.gui.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        getChildren().addAll(title, toolbar, status, table);
    }

    /** The pane over the open ledger, its rows read at once; what the bureau window embeds. */
    public static PlanDistributionPane create(Services services, DialogService dialogs, UiExecutor executor) {
        PlanDistributionViewModel model = new PlanDistributionViewModel(services::planDistributions, dialogs, executor);
        PlanDistributionPane pane = new PlanDistributionPane(model);
        model.load();
        return pane;
    }

    /** Reads the rows again: a package received or a plan sent elsewhere changes them. */
    public void reload() {
        model.load();
    }

    private static TableColumn<PlanDistributions.Row, String> column(String key, double width,
                                                                     Function<PlanDistributions.Row, String> text) {
        TableColumn<PlanDistributions.Row, String> column = new TableColumn<>(I18n.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** A park on another plan than the one sent to it stands out. */
    private static final class FlaggedRow extends TableRow<PlanDistributions.Row> {
        @Override
        protected void updateItem(PlanDistributions.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(ExchangeStyles.FLAGGED);
            if (!empty && row != null && row.state().flagged()) {
                getStyleClass().add(ExchangeStyles.FLAGGED);
            }
        }
    }

    private static final class PlanCell extends ListCell<Plan> {
        @Override
        protected void updateItem(Plan plan, boolean empty) {
            super.updateItem(plan, empty);
            setText(empty || plan == null ? null : plan.code() + " " + plan.nameIn(I18n.locale()));
        }
    }
}
