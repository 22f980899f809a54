package org.ecopark.ledger.gui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.ReturnNoteImport;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 报送 → 导入退回通知: the bureau's note read, its fingerprint confirmed, and the reason shown beside the package. */
@ExtendWith(ApplicationExtension.class)
class ReturnNoteViewTest {

    private static final String REASON = "第 3 页缺少统计局盖章";

    private SubmissionFixture fixture;
    private SubmissionsView view;
    private Path note;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path folder = Files.createTempDirectory("return-note-view");
        fixture = SubmissionFixture.inMemory("return-note-view");
        Path first = folder.resolve("ZZSZ_2025.zip");
        fixture.service.export(fixture.request(ReportPeriod.year(2025), first), ExportProgress.NONE, () -> false);
        fixture.service.export(fixture.request(ReportPeriod.year(2024), folder.resolve("ZZSZ_2024.zip")),
                ExportProgress.NONE, () -> false);
        note = folder.resolve("note.zip");
        try (Services bureau = new Services(Database.inMemory("return-note-bureau-" + System.nanoTime()))) {
            bureau.bureau().init("枣庄市生态环境局", "枣庄市");
            bureau.parkKeys().register(fixture.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
            bureau.packageIntake().receive(first);
            bureau.packageReturn().returnPackage("ZZSZ", "2025", REASON, note);
        }
        LocalDate today = LocalDate.of(2026, 1, 8);
        SubmissionsViewModel model = new SubmissionsViewModel(fixture.service, fixture.park(), today,
                UiExecutor.synchronous(), () -> today);
        ReturnNoteViewModel notes = new ReturnNoteViewModel(() -> new ReturnNoteImport(fixture.unitOfWork,
                SubmissionFixture.USER), UiExecutor.synchronous(), model::refreshHistory);
        view = new SubmissionsView(model, new DialogService(), path -> { }, notes);
        stage.setScene(new Scene(view.build(), 1300, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anImportedNoteShowsItsReasonBesideThatSubmission(FxRobot robot) throws Exception {
        Node button = robot.lookup("#submission-return-note").query();
        assertThat(((Button) button).getText()).isEqualTo("导入退回通知…");
        robot.interact(() -> view.openReturnNote(button, note));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#return-note-import").tryQuery()
                .filter(Node::isVisible).filter(n -> n.getScene().getWindow().isShowing()).isPresent());

        assertThat(robot.lookup("#return-note-signer").queryAs(Label.class).getText()).contains("发送方未确认");
        assertThat(robot.lookup("#return-note-summary").queryAs(Label.class).getText()).contains(REASON);
        Button importButton = robot.lookup("#return-note-import").queryAs(Button.class);
        assertThat(importButton.isDisabled()).isTrue();
        CheckBox checked = robot.lookup("#return-note-fingerprint-checked").queryAs(CheckBox.class);
        assertThat(checked.getText()).isEqualTo("我已与市局核对过这个指纹");
        assertThat(returnedCells(robot)).isZero();

        robot.clickOn(checked);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn(importButton);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#return-note-summary").queryAs(Label.class).getText()).startsWith("已导入");
        assertThat(returnedCells(robot)).isEqualTo(1);
        assertThat(fixture.service.history("ZZSZ")).filteredOn(s -> s.returned() != null)
                .extracting(s -> s.periodCode()).containsExactly("2025");
    }

    /** Cells of the history that say 已退回 with the reason. */
    private static long returnedCells(FxRobot robot) {
        return robot.lookup("#submission-history").lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> ("已退回：" + REASON).equals(cell.getText())).count();
    }
}
