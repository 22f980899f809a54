package org.ecopark.ledger.gui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Submissions screen's model with a synchronous executor: period choice, export, history, check. */
class SubmissionsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    private SubmissionFixture fixture;
    private SubmissionsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        fixture = SubmissionFixture.inMemory("submissions-vm");
        fixture.service.saveSignature("ZZSZ", new SignatureBlock("王主任", "李统计", "张填表", "0632-1234567", null));
        fx(() -> model = new SubmissionsViewModel(fixture.service, fixture.park(), TODAY, UiExecutor.synchronous(), () -> TODAY));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void itOffersTheLastCompletedYearJudgedAtItsEndAndTheRememberedSignatures() {
        assertThat(model.period()).isEqualTo(ReportPeriod.year(2025));
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(model.unitHeadProperty().get()).isEqualTo("王主任");
        assertThat(model.phoneProperty().get()).isEqualTo("0632-1234567");
        assertThat(model.defaultFileName()).matches("ZZSZ_2025_\\d{8}-\\d{4}\\.zip");
    }

    @Test
    void aQuarterOrThePlanPeriodCanBeChosen() {
        fx(() -> {
            model.kindProperty().set(SubmissionsViewModel.PeriodKind.QUARTER);
            model.quarterProperty().set(3);
        });
        assertThat(model.period().code()).isEqualTo("2025Q3");
        assertThat(model.asOfProperty().get()).isEqualTo(LocalDate.of(2025, 9, 30));

        fx(() -> model.kindProperty().set(SubmissionsViewModel.PeriodKind.PLAN));
        assertThat(model.period().code()).isEqualTo("2023-2025");
    }

    @Test
    void exportingRecordsTheSubmissionAndASecondOneIsMarkedAsResubmission() {
        fx(() -> {
            model.recipientProperty().set("枣庄市生态环境局");
            model.export(folder.resolve("first.zip"));
        });
        assertThat(model.failedProperty().get()).as(model.statusProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("已导出 " + folder.resolve("first.zip"));
        assertThat(model.lastPackageProperty().get()).isEqualTo(folder.resolve("first.zip"));
        assertThat(model.history()).extracting(Submission::recipient).containsExactly("枣庄市生态环境局");
        assertThat(model.submittedBeforeProperty().get()).isTrue();
        assertThat(model.runningProperty().get()).isFalse();

        fx(() -> model.export(folder.resolve("second.zip")));

        assertThat(model.statusProperty().get()).endsWith("记为重新报送。");
        assertThat(model.history()).hasSize(2);
        assertThat(SubmissionHistoryTable.marker(model.history().get(0)))
                .isEqualTo("重新报送（取代 #" + model.history().get(1).id() + "）");
        assertThat(SubmissionHistoryTable.marker(model.history().get(1))).isEmpty();

        fx(() -> model = new SubmissionsViewModel(fixture.service, fixture.park(), TODAY, UiExecutor.synchronous(),
                () -> TODAY));
        assertThat(model.recipientProperty().get()).as("the last recipient is proposed again").isEqualTo("枣庄市生态环境局");
    }

    @Test
    void thePackageAndTheHistoryNameThePreparerTypedNotTheLogin() throws Exception {
        fx(() -> {
            model.preparerProperty().set("赵填表");
            model.reportDateProperty().set(LocalDate.of(2026, 1, 12));
            model.export(folder.resolve("typed.zip"));
        });
        assertThat(model.failedProperty().get()).as(model.statusProperty().get()).isFalse();

        assertThat(model.history()).extracting(Submission::createdBy).containsExactly("赵填表");
        Path zip = folder.resolve("typed.zip");
        var signature = PackageFiles.json(zip, "data.json").get("signature");
        assertThat(signature.get("preparer").asText()).isEqualTo("赵填表");
        assertThat(signature.get("reportDate").asText()).isEqualTo("2026-01-12");
        var entries = PackageFiles.entries(zip);
        for (String name : java.util.List.of("data.json", "manifest.json")) {
            assertThat(new String(entries.get(name), StandardCharsets.UTF_8)).as(name)
                    .doesNotContain("\"" + SubmissionFixture.USER + "\"");
        }
    }

    @Test
    void withoutAPreparerTheHistoryFallsBackToTheLogin() {
        fx(() -> {
            model.preparerProperty().set("  ");
            model.export(folder.resolve("nobody.zip"));
        });

        assertThat(model.history()).extracting(Submission::createdBy).containsExactly(SubmissionFixture.USER);
    }

    @Test
    void checkingATamperedFileListsItsProblems() throws Exception {
        Path notAPackage = Files.writeString(folder.resolve("x.zip"), "no zip", StandardCharsets.UTF_8);

        fx(() -> model.verify(notAPackage));

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("x.zip 未通过校验，发现 1 个问题：");
        assertThat(model.problems()).containsExactly("x.zip 不是有效的数据包（不是 zip 文件或已损坏）。");
    }

    @Test
    void checkingAnExportedPackagePasses() {
        fx(() -> model.export(folder.resolve("ok.zip")));
        fx(() -> model.verify(folder.resolve("ok.zip")));

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.problems()).isEmpty();
        assertThat(model.statusProperty().get())
                .startsWith("ok.zip 校验通过：由 枣庄市中区生态环保产业特色园区（ZZSZ）的密钥签名，报告期 2025");
    }

    @Test
    void aPackageSignedByAnotherLedgerIsIntactButItsSenderUnconfirmed() {
        Path foreign = folder.resolve("foreign.zip");
        String foreignKey;
        try (SubmissionFixture other = SubmissionFixture.inMemory("other-ledger")) {
            other.service.export(other.request(ReportPeriod.year(2025), foreign), ExportProgress.NONE, () -> false);
            foreignKey = other.keys.key().fingerprint().text();
        }

        fx(() -> model.verify(foreign));

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.statusProperty().get())
                .isEqualTo("foreign.zip 内容完整，但发送方未确认：签名密钥的指纹为 " + foreignKey + "，不是本台账的密钥，也未登记。");
    }

    private static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (TimeoutException e) {
            throw new AssertionError("FX action did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
