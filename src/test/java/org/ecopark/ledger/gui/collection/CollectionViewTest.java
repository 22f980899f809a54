package org.ecopark.ledger.gui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PlannedChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The collection screen shows an import's report and preview, and generates templates into a folder. */
@ExtendWith(ApplicationExtension.class)
class CollectionViewTest {

    private CollectionLedger ledger;
    private CollectionViewModel model;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("collection-view");
        ledger = new CollectionLedger("collection-view");
        model = new CollectionViewModel(ledger.services.collection(), ledger.services.records().enterprises(), ledger.park,
                LocalDate.of(2025, 4, 15), UiExecutor.synchronous());
        stage.setScene(new Scene(new CollectionView(model, new DialogService()).build(), 1200, 780));
        stage.show();
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImportTabShowsTheReportAndThePreviewOfTheReturnedWorkbooks(FxRobot robot) throws Exception {
        List<Path> files = ledger.returnedWorkbooks(folder);
        robot.clickOn("#collection-tab-import .tab-label");
        robot.interact(() -> model.imports().choose(files));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ImportModel.ProblemRow> problems = robot.lookup("#import-problems").queryAs(TableView.class);
        TableView<PlannedChange> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(3);
        assertThat(problems.getItems().get(1).problem().sheet()).isEqualTo("填报");
        assertThat(preview.getItems()).extracting(PlannedChange::enterprise).containsOnly(ledger.xinquan.name());
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText()).contains("1 个未通过");
        assertThat(robot.lookup("#import-commit").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#import-save-report").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void generatingWritesOneTemplatePerEnterpriseIntoTheChosenFolder(FxRobot robot) {
        robot.interact(() -> model.templates().folderProperty().set(folder));
        robot.clickOn("#template-generate");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.templates().written()).hasSize(2).allMatch(Files::exists);
        assertThat(robot.lookup("#template-status").queryAs(Label.class).getText())
                .isEqualTo("已生成 2 个模板，保存在 " + folder + "。");
    }
}
