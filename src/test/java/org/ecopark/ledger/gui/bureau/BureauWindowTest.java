package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.BackupRestorer;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.bureau.ReturnNote;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.IntakeState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A city bureau's ledger in the window: its screens instead of a refusal, two real packages received (one of a
 * registered key, one held), a tampered one refused with nothing written, a return with its note, and a key
 * registered by its typed fingerprint receiving the held package.
 */
@ExtendWith(ApplicationExtension.class)
class BureauWindowTest {

    private static final String REASON = "第 3 页缺少统计局盖章";

    @TempDir
    static Path packages;

    /** The park's ledger whose key the bureau registered before the window opened. */
    private static SubmissionFixture registered;
    /** Another ledger of the same park, with a key of its own the bureau has not registered. */
    private static SubmissionFixture unregistered;
    private static Path accepted2025;
    private static Path held2024;
    private static Path tampered2025;
    private static Path resubmitted2025;

    @TempDir
    Path folder;

    private MainViewModel model;
    private final List<Path> chosenFiles = new ArrayList<>();
    private Path noteFile;

    @BeforeAll
    static void parksExportTheirPackages() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        registered = SubmissionFixture.inMemory("bureau-window-registered");
        unregistered = SubmissionFixture.inMemory("bureau-window-unregistered");
        accepted2025 = registered.exportPackage(ReportPeriod.year(2025), packages.resolve("ZZSZ_2025.zip"));
        resubmitted2025 = registered.exportPackage(ReportPeriod.year(2025), packages.resolve("ZZSZ_2025_重报.zip"));
        held2024 = unregistered.exportPackage(ReportPeriod.year(2024), packages.resolve("ZZSZ_2024.zip"));
        tampered2025 = PackageFiles.altered(accepted2025, packages.resolve("ZZSZ_2025_changed.zip"), entries -> {
            byte[] data = entries.get("data.json").clone();
            int at = new String(data, StandardCharsets.ISO_8859_1).indexOf("40000");
            data[at] = '5'; // a figure changed after the package was sealed
            entries.put("data.json", data);
            return entries;
        });
    }

    @AfterAll
    static void closeParks() {
        registered.close();
        unregistered.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        Path ledger = folder.resolve("bureau");
        try (Services bureau = Services.open(ledger)) {
            bureau.bureau().init("枣庄市生态环境局", "枣庄市");
            bureau.parkKeys().register(registered.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
        }
        noteFile = folder.resolve("notes").resolve("ZZSZ_2025_退回通知.zip");
        Files.createDirectories(noteFile.getParent());
        DialogService dialogs = new DialogService() {
            @Override
            public List<Path> chooseFiles(String title, String kinds, String... patterns) {
                return List.copyOf(chosenFiles);
            }

            @Override
            public Optional<Path> chooseFileToWrite(String title, String initialName, String kinds, String... patterns) {
                assertThat(initialName).isEqualTo("ZZSZ_2025_退回通知.zip");
                return Optional.of(noteFile);
            }
        };
        model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")), UiExecutor.background(),
                dialogs, BackupRestorer.NONE);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aBureauLedgerOpensInTheBureausScreensNamedForTheBureau(FxRobot robot) throws Exception {
        Settled.shown(robot, "#bureau-status-table");

        assertThat(robot.lookup("#bureau-title").queryAs(Label.class).getText()).isEqualTo("枣庄市生态环境局");
        assertThat(robot.lookup("#bureau-city").queryAs(Label.class).getText()).isEqualTo("枣庄市 · 市局台账");
        assertThat(((Stage) robot.lookup("#bureau-window").query().getScene().getWindow()).getTitle())
                .isEqualTo("枣庄市生态环境局（枣庄市）— 市局台账");
        assertThat(robot.lookup("#navigation").tryQuery()).as("the park's navigation is not shown").isEmpty();
        assertThat(robot.lookup("#open-failure").tryQuery()).isEmpty();
        assertThat(stateOf(robot, "ZZSZ")).isEqualTo("未报送");
        assertThat(robot.lookup("#as-of-date").query().isVisible()).as("a bureau's figures have no as-of date").isFalse();

        robot.clickOn("#bureau-nav-keys");
        TableView<?> keys = (TableView<?>) Settled.shown(robot, "#bureau-keys-table");
        assertThat(keys.getItems()).hasSize(1);
    }

    @Test
    void twoPackagesAreReceivedOneHeldForItsUnregisteredKeyAndTheTableSaysSo(FxRobot robot) throws Exception {
        Settled.shown(robot, "#bureau-status-table");
        chosenFiles.addAll(List.of(accepted2025, held2024));

        robot.clickOn("#bureau-receive");
        Settled.shown(robot, "#bureau-intake-list");

        javafx.scene.control.ListView<StatusViewModel.IntakeLine> result = robot.lookup("#bureau-intake-list").query();
        assertThat(result.getItems()).extracting(StatusViewModel.IntakeLine::file, StatusViewModel.IntakeLine::result)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZZSZ_2025.zip", "已接收"),
                        org.assertj.core.groups.Tuple.tuple("ZZSZ_2024.zip", "已暂存（发送方未确认）"));
        closeDialog(robot);
        chooseYear(robot, 2025);
        assertThat(stateOf(robot, "ZZSZ")).isEqualTo("已接收");
        chooseYear(robot, 2024);
        assertThat(stateOf(robot, "ZZSZ")).isEqualTo("已报送（发送方未确认）");

        Services open = model.servicesProperty().get();
        SubmissionStatus.Row row2025 = zzsz(open, "2025");
        assertThat(row2025.current().state()).isEqualTo(IntakeState.ACCEPTED);
        assertThat(row2025.current().fileName()).isEqualTo("ZZSZ_2025.zip");
        assertThat(zzsz(open, "2024").current().state()).isEqualTo(IntakeState.UNCONFIRMED);
    }

    @Test
    void aTamperedPackageIsRefusedWithItsReasonAndNothingIsWritten(FxRobot robot) throws Exception {
        Settled.shown(robot, "#bureau-status-table");
        Services open = model.servicesProperty().get();
        var countsBefore = open.recordCounts();
        chosenFiles.add(tampered2025);

        robot.clickOn("#bureau-receive");
        Settled.shown(robot, "#bureau-intake-list");

        javafx.scene.control.ListView<StatusViewModel.IntakeLine> result = robot.lookup("#bureau-intake-list").query();
        assertThat(result.getItems()).singleElement().satisfies(line -> {
            assertThat(line.file()).isEqualTo("ZZSZ_2025_changed.zip");
            assertThat(line.result()).startsWith("拒收：").contains("data.json");
        });
        assertThat(robot.lookup("#bureau-intake-list").lookup(".message-error").queryAs(Label.class).getText())
                .as("the reason shown whole").isEqualTo(result.getItems().get(0).detail()).contains("data.json");
        closeDialog(robot);
        assertThat(robot.lookup("#bureau-status-message").queryAs(Label.class).getText())
                .isEqualTo("接收 0 份，暂存（发送方未确认）0 份，拒收 1 份。");
        assertThat(zzsz(open, "2025").state()).isEqualTo(SubmissionStatus.State.NOT_SUBMITTED);
        assertThat(open.recordCounts()).isEqualTo(countsBefore);
        assertThat(open.parkKeys().list()).hasSize(1);
    }

    @Test
    void aReturnedPackageWritesANoteThatReadsBackAndTheRowSaysWhy(FxRobot robot) throws Exception {
        receiveAndChoose(robot, accepted2025, 2025);
        Settled.click(robot, "#bureau-return");
        Settled.shown(robot, "#bureau-return-reason");
        Node send = robot.lookup("#bureau-return-send").query();
        assertThat(send.isDisabled()).as("no reason, no return").isTrue();
        robot.interact(() -> robot.lookup("#bureau-return-reason").queryAs(TextArea.class).setText("  " + REASON + " "));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(send);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(noteFile)
                && stateOf(robot, "ZZSZ").startsWith("已退回"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stateOf(robot, "ZZSZ")).isEqualTo("已退回（" + REASON + "）");
        Services open = model.servicesProperty().get();
        ReturnNote.Signed note = ReturnNote.read(noteFile, TrustedKeys.of(List.of(
                PublicKeyFile.of(open.signingKeys().key(), "", "枣庄市生态环境局"))));
        assertThat(note.signerConfirmed()).isTrue();
        assertThat(note.note().reason()).isEqualTo(REASON);
        assertThat(note.note().parkCode()).isEqualTo("ZZSZ");
        assertThat(note.note().packageFile()).isEqualTo("ZZSZ_2025.zip");
        assertThat(robot.lookup("#bureau-return").query().isDisabled()).as("returned once only").isTrue();
    }

    @Test
    void aKeyRegisteredByItsTypedFingerprintReceivesTheHeldPackage(FxRobot robot) throws Exception {
        Settled.shown(robot, "#bureau-status-table");
        chosenFiles.add(held2024);
        robot.clickOn("#bureau-receive");
        Settled.shown(robot, "#bureau-intake-list");
        closeDialog(robot);

        robot.clickOn("#bureau-nav-keys");
        Settled.click(robot, "#bureau-key-register");
        Settled.shown(robot, "#bureau-key-park");
        robot.interact(() -> {
            ComboBox<org.ecopark.ledger.model.Park> park = robot.lookup("#bureau-key-park").query();
            park.getSelectionModel().select(park.getItems().stream().filter(p -> p.code().equals("ZZSZ"))
                    .findFirst().orElseThrow());
        });
        robot.clickOn("#bureau-key-by-fingerprint");
        String fingerprint = unregistered.keys.key().fingerprint().text();
        robot.interact(() -> robot.lookup("#bureau-key-fingerprint").queryAs(TextField.class).setText("12 34"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bureau-key-problem").queryAs(Label.class).getText()).startsWith("指纹应为 8 组");
        assertThat(robot.lookup("#bureau-key-register-confirm").query().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#bureau-key-fingerprint").queryAs(TextField.class)
                .setText(fingerprint.toLowerCase(java.util.Locale.ROOT)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bureau-key-register-confirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#bureau-keys-message")
                .queryAs(Label.class).getText().contains("现已接收"));

        assertThat(robot.lookup("#bureau-keys-message").queryAs(Label.class).getText())
                .contains(fingerprint).contains("原先发送方未确认的数据包“ZZSZ_2024.zip”（期间 2024）现已接收。");
        TableView<?> keys = robot.lookup("#bureau-keys-table").query();
        assertThat(keys.getItems()).hasSize(2);
        assertThat(zzsz(model.servicesProperty().get(), "2024").state()).isEqualTo(SubmissionStatus.State.RECEIVED);
        robot.clickOn("#bureau-nav-status");
        chooseYear(robot, 2024);
        assertThat(stateOf(robot, "ZZSZ")).isEqualTo("已接收");
    }

    @Test
    void aResubmissionShowsWhatChangedAndTheMatrixAndPlansAreSectionsOfTheWindow(FxRobot robot) throws Exception {
        receiveAndChoose(robot, accepted2025, 2025);
        assertThat(robot.lookup("#bureau-compare").query().isDisabled()).as("one package: nothing to compare").isTrue();

        receiveAndChoose(robot, resubmitted2025, 2025);
        Settled.click(robot, "#bureau-compare");
        TableView<?> changes = (TableView<?>) Settled.shown(robot, "#diff-targets");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !changes.getItems().isEmpty());
        Services open = model.servicesProperty().get();
        assertThat(changes.getItems()).hasSize(open.resubmissionDiff().of("ZZSZ", "2025").targets().size());
        robot.interact(() -> ((javafx.stage.Stage) changes.getScene().getWindow()).close());

        robot.clickOn("#bureau-nav-consolidation");
        TableView<?> matrix = (TableView<?>) Settled.shown(robot, "#matrix-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !matrix.getItems().isEmpty());
        assertThat(matrix.getItems()).hasSize(open.consolidation().matrix("2025").cells().size());
        robot.clickOn("#bureau-nav-plans");
        TableView<?> plans = (TableView<?>) Settled.shown(robot, "#plans-table");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        assertThat(plans.getItems()).hasSize(open.bureau().parks().size());
    }

    @Test
    void f1OpensTheGuidesChapterOfTheBureausLedger(FxRobot robot) throws Exception {
        robot.clickOn(Settled.shown(robot, "#bureau-status-table"));

        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);

        assertThat(((Label) Settled.shown(robot, "#guide-chapter-title", 10)).getText()).isEqualTo("市局台账");
    }

    /** Receives {@code zip} through 接收数据包…, closes the result, shows {@code year} and selects ZZSZ's row. */
    private void receiveAndChoose(FxRobot robot, Path zip, int year) throws TimeoutException {
        Settled.shown(robot, "#bureau-status-table");
        chosenFiles.clear();
        chosenFiles.add(zip);
        robot.clickOn("#bureau-receive");
        Settled.shown(robot, "#bureau-intake-list");
        closeDialog(robot);
        chooseYear(robot, year);
        robot.clickOn(cellOf(robot, "ZZSZ"));
    }

    private static SubmissionStatus.Row zzsz(Services open, String period) {
        return open.submissionStatus().status(period).stream().filter(row -> row.park().code().equals("ZZSZ"))
                .findFirst().orElseThrow();
    }

    private static void closeDialog(FxRobot robot) throws TimeoutException {
        javafx.scene.control.DialogPane pane = robot.lookup("#bureau-intake-result").query();
        // the result list opens as wide as its pane wants (within the screen), not at the width its empty labels gave it
        double wanted = Math.min(pane.getPrefWidth(), javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        assertThat(pane.getScene().getWindow().getWidth()).isGreaterThanOrEqualTo(wanted - 1);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseYear(FxRobot robot, int year) {
        robot.interact(() -> {
            ComboBox<ReportPeriod> period = robot.lookup("#bureau-period").query();
            period.setValue(ReportPeriod.year(year));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The state the table shows for the park, as the clerk reads it. */
    private static String stateOf(FxRobot robot, String parkCode) {
        TableView<SubmissionStatus.Row> table = robot.lookup("#bureau-status-table").query();
        int index = indexOf(table, parkCode);
        return robot.lookup("#bureau-status-table").lookup(".bureau-state").queryAllAs(Label.class).stream()
                .filter(label -> label.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getIndex() == index)
                .map(Label::getText).findFirst().orElse("");
    }

    private static Node cellOf(FxRobot robot, String parkCode) {
        TableView<SubmissionStatus.Row> table = robot.lookup("#bureau-status-table").query();
        int index = indexOf(table, parkCode);
        return robot.lookup("#bureau-status-table").lookup(".table-row-cell").queryAllAs(
                javafx.scene.control.TableRow.class).stream().filter(row -> row.getIndex() == index).findFirst()
                .orElseThrow();
    }

    private static int indexOf(TableView<SubmissionStatus.Row> table, String parkCode) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).park().code().equals(parkCode)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + parkCode);
    }
}
