package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.CssWarnings;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff;
import org.ecopark.ledger.logic.bureau.Resubmissions;
import org.ecopark.ledger.model.ReceivedPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 查看变化 opened directly, as the bureau window's action opens it: both packages named, every target of both side by
 * side with the changed cells highlighted and added or removed targets tinted, the rows per table; a package without a
 * re-submission says so in one sentence.
 */
@ExtendWith(ApplicationExtension.class)
class ResubmissionDiffDialogTest {

    private static final CssWarnings WARNINGS = new CssWarnings();

    @TempDir
    static Path folder;

    private static Resubmissions packages;

    private Services bureau;
    private Stage stage;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        packages = new Resubmissions(folder);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @BeforeAll
    static void listen() {
        WARNINGS.listen();
    }

    @AfterAll
    static void stopListening() {
        WARNINGS.stop();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        WARNINGS.clear();
        this.stage = stage;
        bureau = packages.bureau("枣庄市", folder);
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void bothPackagesStandSideBySideWithTheChangedCellsHighlighted(FxRobot robot) throws Exception {
        ReceivedPackage first = bureau.packageIntake().receive(packages.earlier).received();
        ReceivedPackage second = bureau.packageIntake().receive(packages.later).received();
        ResubmissionDiff.Diff expected = bureau.resubmissionDiff().of(second.id());

        open(robot, second.id());

        assertThat(text(robot, "#diff-earlier")).startsWith("“" + first.fileName() + "”，园区导出于 ");
        assertThat(text(robot, "#diff-later")).startsWith("“" + second.fileName() + "”，园区导出于 ");
        assertThat(text(robot, "#diff-summary")).isEqualTo("目标：有变化 " + expected.count(ResubmissionDiff.Change.CHANGED)
                + " 项，新增 1 项，删除 1 项（共 " + expected.targets().size() + " 项）；数据行数："
                + expected.changedTables() + " 张表有变化（共 " + expected.counts().size() + " 张表）");
        TableView<?> targets = robot.lookup("#diff-targets").queryAs(TableView.class);
        assertThat(targets.getItems()).hasSize(expected.targets().size());

        assertThat(cells(robot, "EX-2026-T1")).allSatisfy(cell -> assertThat(cell.getStyleClass()).contains("exchange-removed"));
        assertThat(cells(robot, "EX-2026-T2")).allSatisfy(cell -> assertThat(cell.getStyleClass()).contains("exchange-added"));
        ResubmissionDiff.TargetRow added = expected.targets().stream().filter(row -> row.targetCode().equals("EX-2026-T2"))
                .findFirst().orElseThrow();
        assertThat(texts(cells(robot, "EX-2026-T2"))).containsExactly("EX-2026-T2", "亿元", "", "90", "",
                ResubmissionDiff.figure(added.later().actual()), "", ResubmissionDiff.status(added.later().status()), "新增");

        ResubmissionDiff.TargetRow revenue = expected.targets().stream()
                .filter(row -> "SD311".equals(row.planCode()) && row.actualChanged()).findFirst().orElseThrow();
        robot.interact(() -> targets.scrollTo(expected.targets().indexOf(revenue)));
        WaitForAsyncUtils.waitForFxEvents();
        List<TableCell<?, ?>> row = cells(robot, revenue.targetCode());
        assertThat(texts(row).get(4)).isEqualTo(ResubmissionDiff.figure(revenue.earlier().actual()));
        assertThat(texts(row).get(5)).isEqualTo(ResubmissionDiff.figure(revenue.later().actual()));
        assertThat(row.get(4).getStyleClass()).contains("exchange-changed");
        assertThat(row.get(5).getStyleClass()).contains("exchange-changed");
        assertThat(row.get(2).getStyleClass()).as("the target's value did not change").doesNotContain("exchange-changed");
        assertThat(texts(row).get(8)).isEqualTo("有变化");

        List<TableCell<?, ?>> enterprises = cells(robot, "#diff-counts", "enterprises");
        assertThat(texts(enterprises)).containsExactly("enterprises", "2", "3", "有变化（+1）");
        assertThat(enterprises.get(2).getStyleClass()).contains("exchange-changed");
        assertThat(cells(robot, "#diff-counts", "events").get(2).getStyleClass()).doesNotContain("exchange-changed");
        assertThat(WARNINGS.list()).as("the highlights' colours resolve in the program's theme").isEmpty();
    }

    @Test
    void aPackageWithoutAResubmissionSaysSoInOneSentence(FxRobot robot) throws Exception {
        ReceivedPackage only = bureau.packageIntake().receive(packages.earlier).received();

        open(robot, only.id());

        assertThat(text(robot, "#diff-summary")).isEqualTo("报送“ZZSZ_2025_first.zip”（园区 ZZSZ，期间 2025）既没有替代过更早的报送，"
                + "也没有被后来的报送替代，没有可比较的变化。");
        assertThat(robot.lookup("#diff-targets").query().isVisible()).isFalse();
        assertThat(robot.lookup("#diff-counts").query().isVisible()).isFalse();
    }

    private void open(FxRobot robot, long receivedId) throws Exception {
        robot.interact(() -> ResubmissionDiffDialog.show(stage, bureau, new DialogService(), UiExecutor.synchronous(),
                receivedId));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#diff-summary").tryQuery()
                .filter(Node::isVisible).filter(node -> node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<TableCell<?, ?>> cells(FxRobot robot, String targetCode) {
        return cells(robot, "#diff-targets", targetCode);
    }

    /** The cells of the row whose first cell says {@code key}, left to right. */
    private static List<TableCell<?, ?>> cells(FxRobot robot, String table, String key) {
        Node view = robot.lookup(table).query();
        java.util.Set<TableCell> all = robot.from(view).lookup(".table-cell").queryAllAs(TableCell.class);
        Object item = all.stream().filter(cell -> key.equals(cell.getText()) && cell.getTableRow() != null)
                .map(cell -> cell.getTableRow().getItem()).findFirst()
                .orElseThrow(() -> new AssertionError(key + " is not shown"));
        return all.stream().filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() == item)
                .sorted(java.util.Comparator.comparingInt(cell -> cell.getTableView().getVisibleLeafIndex(cell.getTableColumn())))
                .<TableCell<?, ?>>map(cell -> cell).toList();
    }

    private static List<String> texts(List<TableCell<?, ?>> cells) {
        return cells.stream().map(cell -> cell.getText() == null ? "" : cell.getText()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
