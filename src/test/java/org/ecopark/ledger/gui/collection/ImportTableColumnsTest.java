package org.ecopark.ledger.gui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import report's columns at 1366×768 with the window's theme: no header is cut ("单…"), and a file name, which
 * names the enterprise, is shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class ImportTableColumnsTest {

    private static final String FILE = "ZZSZ_2025-12_枣庄市中区鑫泉环保新材料有限公司_退回.xlsx";

    private TableView<String[]> table;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<String[], String> file = ImportPane.withTooltips(ImportPane.column("collection.report.file", 250, r -> r[0]));
        ImportPane.fitToContent(table, file, r -> r[0]);
        table.getColumns().add(file);
        table.getColumns().add(ImportPane.column("collection.report.sheet", 90, r -> r[1]));
        table.getColumns().add(ImportPane.column("collection.report.cell", 70, r -> r[2]));
        table.getColumns().add(ImportPane.column("collection.report.severity", 60, r -> r[3]));
        table.getColumns().add(ImportPane.wrapping(ImportPane.column("collection.report.reason", 300, r -> r[4])));
        stage.setScene(new Scene(new StackPane(table), 1366 - 200, 400));
        stage.show();
    }

    @Test
    void noHeaderIsCutAndAFileNameIsShownWhole(FxRobot robot) {
        robot.interact(() -> table.getItems().setAll(List.<String[]>of(
                new String[] {FILE, "填报", "H9", "错误", "数值过大（1e999999999），请核对单位。"})));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> headers = robot.lookup(".column-header .label .text").queryAllAs(Text.class).stream()
                .map(Text::getText).toList();
        assertThat(headers).containsExactly("文件", "工作表", "单元格", "级别", "原因");
        assertThat(robot.lookup(".table-row-cell .table-cell .text").queryAllAs(Text.class)).extracting(Text::getText)
                .contains(FILE, "数值过大（1e999999999），请核对单位。");
    }
}
