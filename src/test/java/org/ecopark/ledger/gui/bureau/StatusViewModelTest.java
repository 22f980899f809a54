package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** 报送情况's model: the periods the parks' plans offer, receiving a folder, and the return's reason. */
class StatusViewModelTest {

    @TempDir
    static Path folder;

    private static SubmissionFixture park;

    private Services bureau;
    private StatusViewModel model;

    @BeforeAll
    static void aPackage() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage(); // the intake's result is shown through the FX thread
        I18n.setLocale(I18n.CHINESE);
        park = SubmissionFixture.inMemory("status-model");
    }

    @AfterAll
    static void closePark() {
        park.close();
    }

    @BeforeEach
    void bureau() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        bureau = new Services(Database.inMemory("status-model-bureau-" + System.nanoTime()));
        bureau.bureau().init("枣庄市生态环境局", "枣庄市");
        bureau.parkKeys().register(park.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
        model = new StatusViewModel(() -> bureau, UiExecutor.synchronous(), LocalDate.of(2026, 1, 8));
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void thePeriodsAreThePlansYearsAndQuartersAndTheLastEndedYearIsChosen() {
        assertThat(model.periods()).startsWith(ReportPeriod.years(2023, 2025), ReportPeriod.year(2025),
                ReportPeriod.quarter(2025, 4));
        assertThat(model.periods()).contains(ReportPeriod.year(2023), ReportPeriod.quarter(2023, 1));
        assertThat(model.periodProperty().get()).isEqualTo(ReportPeriod.year(2025));
        assertThat(model.rows()).extracting(row -> row.park().code()).contains("ZZSZ");
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.state()).isEqualTo(SubmissionStatus.State.NOT_SUBMITTED));
    }

    @Test
    void aParkOfTheCatalogIsAddedAndItsRowShowsNotSubmitted() {
        List<String> offered = model.parksToAdd().stream().map(org.ecopark.ledger.model.Park::code).toList();
        assertThat(offered).doesNotContain("ZZSZ").contains("BZHM");
        List<String> catalog = bureau.parks().parks().stream().map(org.ecopark.ledger.model.Park::code).toList();
        assertThat(offered).hasSize(catalog.size() - bureau.bureau().parks().size());

        model.addPark(model.parksToAdd().stream().filter(park -> park.code().equals("BZHM")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents(); // the table is read again on the FX thread, as the window's is

        assertThat(bureau.bureau().parks()).extracting(org.ecopark.ledger.model.Park::code).contains("BZHM");
        assertThat(model.rows()).filteredOn(row -> row.park().code().equals("BZHM")).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(SubmissionStatus.State.NOT_SUBMITTED));
        assertThat(model.parksToAdd()).extracting(org.ecopark.ledger.model.Park::code).doesNotContain("BZHM");
        assertThat(model.work().messageProperty().get()).isEqualTo("已加入本市局的园区：BZHM 滨州惠民生态环保产业特色园区。");
    }

    @Test
    void aFolderIsReceivedFileByFileAndTheTableIsReadAgain() throws Exception {
        Path drop = Files.createDirectories(folder.resolve("drop-" + System.nanoTime()));
        park.exportPackage(ReportPeriod.year(2025), drop.resolve("ZZSZ_2025.zip"));
        Files.writeString(drop.resolve("note.txt"), "not a package");

        model.receive(List.of(drop));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.intakeProperty().get()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
            assertThat(line.result()).isEqualTo("已接收");
        });
        assertThat(model.work().messageProperty().get()).isEqualTo("接收 1 份，暂存（发送方未确认）0 份，拒收 0 份。");
        assertThat(model.work().failedProperty().get()).isFalse();
        assertThat(model.rows()).filteredOn(row -> row.park().code().equals("ZZSZ")).singleElement()
                .satisfies(row -> assertThat(row.stateText()).isEqualTo("已接收"));
        assertThat(model.work().runningProperty().get()).isFalse();
    }

    @Test
    void aReturnNeedsAReasonThatFits() {
        assertThat(StatusViewModel.reasonProblem("  ")).isEqualTo("请写明退回的原因。");
        assertThat(StatusViewModel.reasonProblem(" 缺少盖章 ")).isNull();
        assertThat(StatusViewModel.reasonProblem("字".repeat(2001))).isEqualTo("原因有 2001 个字，最多 2000 个字。");
        assertThat(StatusViewModel.reasonProblem("字".repeat(2000))).isNull();
    }

    @Test
    void onlyAReceivedRowCanBeReturned() {
        assertThat(model.canReturn().get()).isFalse();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.canReturn().get()).as("nothing came").isFalse();
    }
}
