package org.ecopark.ledger.gui.submissions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Submission;

/** The submission history, newest first; a re-submission is marked and names the package it supersedes. */
final class SubmissionHistoryTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SHORT_HASH = 12;

    private final ObservableList<Submission> rows;

    SubmissionHistoryTable(ObservableList<Submission> rows) {
        this.rows = rows;
    }

    TableView<Submission> build() {
        TableView<Submission> table = new TableView<>(rows);
        table.setId("submission-history");
        table.getStyleClass().add(SubmissionStyles.HISTORY);
        table.setPlaceholder(new Label(I18n.tr("submission.gui.noHistory")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.getColumns().add(column("submission.gui.column.period", Submission::periodCode, 100));
        table.getColumns().add(column("submission.gui.column.time",
                s -> TIME.format(s.createdAt().atZone(ZoneId.systemDefault())), 145));
        table.getColumns().add(column("submission.gui.column.file", Submission::fileName, 210));
        table.getColumns().add(column("submission.gui.column.sha256",
                s -> s.sha256().substring(0, SHORT_HASH) + "…", 120));
        table.getColumns().add(column("submission.gui.column.recipient", Submission::recipient, 150));
        table.getColumns().add(column("submission.gui.column.resubmission", SubmissionHistoryTable::marker, 165));
        TableColumn<Submission, String> returned = column("submission.gui.column.returned", SubmissionHistoryTable::returned, 260);
        returned.setCellFactory(column -> new ReturnedCell());
        table.getColumns().add(returned);
        table.getColumns().add(column("submission.gui.column.by", Submission::createdBy, 70));
        table.getColumns().add(column("submission.gui.column.note", Submission::note, 160));
        return table;
    }

    /** "重新报送（取代 #3）" for a re-submission, nothing for a first one. */
    static String marker(Submission submission) {
        if (!submission.resubmission()) {
            return "";
        }
        return submission.supersedesId() == null ? I18n.tr("submission.gui.resubmission")
                : I18n.tr("submission.gui.resubmissionOf", String.valueOf(submission.supersedesId()));
    }

    /** "已退回：原因" for a package the bureau sent back, nothing otherwise. */
    static String returned(Submission submission) {
        return submission.returned() == null ? "" : I18n.tr("submission.gui.returnedBecause", submission.returned().reason());
    }

    /** The bureau's reason, in the warning colour, whole in a tooltip when the column cuts it. */
    private static final class ReturnedCell extends javafx.scene.control.TableCell<Submission, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean shown = !empty && text != null && !text.isEmpty();
            setText(shown ? text : null);
            setTooltip(shown ? new javafx.scene.control.Tooltip(text) : null);
            getStyleClass().remove(SubmissionStyles.WARNING);
            if (shown) {
                getStyleClass().add(SubmissionStyles.WARNING);
            }
        }
    }

    private static TableColumn<Submission, String> column(String key, Function<Submission, String> value, double width) {
        TableColumn<Submission, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
