package org.ecopark.ledger.gui.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import org.ecopark.ledger.chart.SparklineLine;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.Target;

/** One target on the dashboard: title, value against target, status in colour, and its trend. */
final class TargetCard {

    static final double SPARK_WIDTH = 96;
    static final double SPARK_HEIGHT = 26;

    private TargetCard() {
    }

    static Node build(Evaluation evaluation, Consumer<Target> open) {
        Target target = evaluation.target();
        Label title = new Label(target.titleIn(I18n.locale()));
        title.getStyleClass().add(DashboardStyles.CARD_TITLE);
        title.setWrapText(true);
        // kind, requirement and deadline go on a second line whole (English is longer), never cut or split in a date
        FlowPane meta = new FlowPane(4, 0, metaPart(EvaluationTexts.kind(target.kind())),
                metaPart("· " + target.requirement()), metaPart("· " + target.deadline()));
        meta.setId("card-meta-" + target.code());
        Label value = new Label(EvaluationTexts.valueOverTarget(evaluation));
        value.setId("card-value-" + target.code());
        value.getStyleClass().add(DashboardStyles.CARD_VALUE);
        Label status = statusLabel(evaluation);
        status.setId("card-status-" + target.code());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, spacer, sparkline(evaluation.series()));
        bottom.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);

        VBox card = new VBox(6, title, meta, grow, value, bottom);
        card.setId("card-" + target.code());
        card.getStyleClass().addAll(DashboardStyles.CARD, DashboardStyles.of(evaluation.status()));
        card.setFocusTraversable(true);
        card.setOnMouseClicked(event -> open.accept(target));
        card.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                open.accept(target);
            }
        });
        Tooltip.install(card, new Tooltip(target.clause() + "  " + target.sentence()));
        return card;
    }

    private static Label metaPart(String text) {
        Label part = new Label(text);
        part.getStyleClass().add(DashboardStyles.CARD_META);
        part.setMinWidth(Region.USE_PREF_SIZE);
        return part;
    }

    static Label statusLabel(Evaluation evaluation) {
        Label status = new Label(EvaluationTexts.status(evaluation.status()));
        status.getStyleClass().addAll(DashboardStyles.STATUS, DashboardStyles.of(evaluation.status()));
        return status;
    }

    /** The series as a polyline; an empty box of the same size without history, so cards stay aligned. */
    private static Node sparkline(List<SeriesPoint> series) {
        List<BigDecimal> values = series.stream().map(SeriesPoint::value).toList();
        double[] xy = SparklineLine.polyline(values, SPARK_WIDTH, SPARK_HEIGHT);
        Polyline line = new Polyline(xy);
        line.getStyleClass().add(DashboardStyles.SPARKLINE);
        Region box = new Region();
        box.setMinSize(SPARK_WIDTH, SPARK_HEIGHT);
        box.setPrefSize(SPARK_WIDTH, SPARK_HEIGHT);
        return xy.length == 0 ? box : new Group(line);
    }
}
