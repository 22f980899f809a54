package org.ecopark.ledger.gui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header's text, in whatever language the header is: a width
 * chosen for a short Chinese header cuts its English one ("Award…" for "Awarded on"). The header's own label is
 * measured, with the font and padding the stylesheet gives it, once the table is laid out; a column already wider
 * keeps its width.
 */
public final class ColumnHeaders {

    /** Room beside the text for the sort arrow the header shows once the column is sorted. */
    private static final double SORT_ARROW = 14;

    private ColumnHeaders() {
    }

    /** Widens the columns of {@code table} to their headers when the table is first laid out, and at every new skin. */
    public static void fitText(TableView<?> table) {
        InvalidationListener fit = new InvalidationListener() {
            @Override
            public void invalidated(Observable observable) {
                if (table.getWidth() > 0 && table.getSkin() != null) {
                    table.widthProperty().removeListener(this);
                    fitNow(table);
                }
            }
        };
        table.widthProperty().addListener(fit);
        table.getColumns().addListener((Observable changed) -> {
            if (table.getSkin() != null && table.getWidth() > 0) {
                javafx.application.Platform.runLater(() -> fitNow(table));
            }
        });
    }

    private static void fitNow(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && node.lookup(".label") instanceof Label label) {
                label.applyCss();
                double needed = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + SORT_ARROW);
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column != null && column.getColumns().isEmpty() && column.getMinWidth() < needed) {
                    column.setMinWidth(needed);
                    if (column.getPrefWidth() < needed) {
                        column.setPrefWidth(needed);
                    }
                }
            }
        }
    }
}
