package org.ecopark.ledger.gui.bureau;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauReportData;
import org.ecopark.ledger.logic.bureau.CrossParkFigures;
import org.ecopark.ledger.logic.bureau.ProvinceContributions;

/**
 * The consolidation's two tables beside the matrix: the figures across parks (跨园区合计) and the province's and
 * clusters' targets with what the city's parks contribute (全省与集群目标), in the words of the consolidated report.
 */
final class ConsolidationTables {

    private ConsolidationTables() {
    }

    /** 跨园区合计: per indicator its unit, how the parks combine, the city's figure and the parks counted or left out. */
    static Node figures(ObservableList<CrossParkFigures.Figure> figures) {
        TableView<CrossParkFigures.Figure> table = table("figures-table", figures, "bureau.matrix.figures.empty");
        table.getColumns().setAll(List.of(
                column("figures-col-indicator", "consolidation.column.indicator", 190, CrossParkFigures.Figure::name),
                column("figures-col-unit", "consolidation.column.unit", 60, CrossParkFigures.Figure::unit),
                column("figures-col-method", "consolidation.column.method", 140,
                        figure -> I18n.tr("consolidation.cross.method." + figure.method().name())),
                number(column("figures-col-value", "consolidation.column.cityValue", 250,
                        ConsolidationTables::value)),
                number(column("figures-col-contributing", "bureau.matrix.figures.col.contributing", 90,
                        figure -> String.valueOf(figure.contributing().size()))),
                number(column("figures-col-parks", "consolidation.column.parksWith", 90,
                        figure -> String.valueOf(figure.parks()))),
                column("figures-col-missing", "consolidation.column.missing", 240,
                        figure -> BureauReportData.missing(figure.missing()))));
        return page(table, "bureau.matrix.figures.note");
    }

    /** The city's figure: the number alone where the unit column says the rest; else the report's sentence. */
    static String value(CrossParkFigures.Figure figure) {
        if (figure.value() != null && figure.note() == null && figure.method() != CrossParkFigures.Method.MILESTONES) {
            return BureauReportData.figure(figure.value());
        }
        return BureauReportData.valueText(figure);
    }

    /** 全省与集群目标: each target, its scope and value, 本市园区合计 or 需省级数据, and how it is fed. */
    static Node province(ObservableList<ProvinceContributions.Row> rows) {
        TableView<ProvinceContributions.Row> table = table("province-table", rows, "bureau.matrix.province.empty");
        table.getColumns().setAll(List.of(
                column("province-col-code", "consolidation.column.targetCode", 70, row -> row.target().code()),
                column("province-col-target", "bureau.matrix.province.col.target", 230,
                        row -> row.target().titleIn(I18n.locale())),
                column("province-col-scope", "consolidation.column.scope", 70,
                        row -> I18n.tr("targets.scope." + row.target().scope().name())),
                column("province-col-value", "bureau.matrix.province.col.value", 100,
                        row -> row.target().requirement()),
                column("province-col-source", "consolidation.column.source", 110,
                        row -> I18n.tr("consolidation.province.source." + row.source().name())),
                number(column("province-col-contribution", "consolidation.column.contribution", 130,
                        row -> row.source() == ProvinceContributions.Source.PARKS
                                ? BureauReportData.contributionText(row) : "—")),
                column("province-col-basis", "consolidation.column.basis", 320, BureauReportData::basisText)));
        return page(table, "consolidation.report.provinceNote");
    }

    private static <S> TableView<S> table(String id, ObservableList<S> items, String emptyKey) {
        TableView<S> table = new TableView<>(items);
        table.setId(id);
        table.setPlaceholder(new Label(I18n.tr(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <S> TableColumn<S, String> column(String id, String header, double width,
                                                     java.util.function.Function<S, String> value) {
        TableColumn<S, String> column = BureauControls.column(header, width, value);
        column.setId(id);
        return column;
    }

    private static <S> TableColumn<S, String> number(TableColumn<S, String> column) {
        column.getStyleClass().add(ConsolidationStyles.NUMBER);
        return column;
    }

    private static Node page(TableView<?> table, String noteKey) {
        Label note = new Label(I18n.tr(noteKey));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.MUTED);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox page = new VBox(8, note, table);
        page.getStyleClass().add(ConsolidationStyles.TAB_PAGE);
        return page;
    }
}
