package org.ecopark.ledger.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.SettableClock;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 备份 and 文件 → 恢复 over a ledger file, tasks run in line; the window's ledger is closed and reopened. */
class BackupsViewModelTest {

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T01:15:00Z"), ZoneId.of("Asia/Shanghai"));
    private MainViewModel main;
    private BackupsViewModel model;
    private Enterprise saved;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // a task reports its end on the FX thread
    }

    @BeforeEach
    void ledger() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        main = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path, clock));
        main.open(folder.resolve("ledger"), opened -> { }, error -> { });
        settle(() -> main.servicesProperty().get() != null);
        Services services = services();
        services.parks().selectPark("ZZSZ");
        long park = services.parks().selectedPark().orElseThrow().id();
        saved = services.records().enterprises().save(RecordFixtures.xinquan(park), Map.of()).record();
        model = new BackupsViewModel(main, UiExecutor.synchronous());
    }

    @AfterEach
    void close() {
        main.close();
    }

    @Test
    void aBackupByHandIsMarkedManualAndTheAnswerSaysWhereItWentAndWhatItHolds() throws Exception {
        AtomicReference<String> said = new AtomicReference<>();
        model.backUp(said::set, failure -> said.set("failed: " + failure.message()));
        settle(() -> said.get() != null);

        Path expected = folder.resolve("backups/ledger-20261206-091500-manual.zip");
        assertThat(expected).exists();
        assertThat(said.get()).startsWith("备份已写入：\n" + expected + "（").contains("记录：企业 1，企业称号 2");
        assertThat(services().backups().list()).singleElement().extracting(BackupEntry::reason)
                .isEqualTo(BackupReason.MANUAL);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void theListShowsTheFolderAndTheBackupsNewestFirstWithTheNewestChosen() throws Exception {
        services().backups().backup(BackupReason.DAILY);
        clock.advance(Duration.ofHours(2));
        BackupEntry newest = services().backups().backup(BackupReason.MANUAL);

        model.load(failure -> { });
        settle(() -> model.backups().size() == 2);

        assertThat(model.backups()).extracting(BackupEntry::reason).containsExactly(BackupReason.MANUAL, BackupReason.DAILY);
        assertThat(model.selectedProperty().get()).isEqualTo(newest);
        assertThat(model.folderProperty().get()).isEqualTo("备份文件夹：" + folder.resolve("backups"));
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void aLedgerWithoutBackupsSaysHowTheyAreMade() throws Exception {
        model.load(failure -> { });
        settle(() -> !model.statusProperty().get().isEmpty());

        assertThat(model.backups()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.statusProperty().get()).startsWith("还没有备份。").contains("文件 → 备份");
    }

    @Test
    void theQuestionBeforeARestoreSaysWhatTheBackupHoldsAndThatTheCurrentLedgerIsKeptFirst() {
        BackupEntry backup = services().backups().backup(BackupReason.MANUAL);

        assertThat(BackupsViewModel.confirmation(backup))
                .startsWith("用 2026-12-06 09:15:00 的备份（手动备份）替换当前台账？")
                .contains("该备份的记录：企业 1，企业称号 2")
                .contains("当前台账会先另存为一份备份");
    }

    @Test
    void aRestoreBringsTheRecordsBackKeepsTheLedgerItReplacedAndOpensTheLedgerAgain() throws Exception {
        BackupEntry backup = services().backups().backup(BackupReason.MANUAL);
        Services before = services();
        before.records().enterprises().delete(saved.id());
        clock.advance(Duration.ofMinutes(5));

        AtomicReference<String> said = new AtomicReference<>();
        model.restore(backup, said::set, failure -> said.set("failed: " + failure.message()));
        settle(() -> said.get() != null);

        assertThat(said.get()).startsWith("台账已恢复为 2026-12-06 09:15:00 的备份（手动备份）。\n记录：企业 1，企业称号 2")
                .contains("恢复前的台账已另存为备份 ledger-20261206-092000-before-restore.zip");
        Services after = services();
        assertThat(after).isNotSameAs(before);
        assertThat(after.records().enterprises().list(saved.parkId())).extracting(Enterprise::name)
                .containsExactly(saved.name());
        assertThat(main.selectedParkProperty().get().code()).isEqualTo("ZZSZ");
        BackupEntry kept = after.backups().list().get(0);
        assertThat(kept.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
        assertThat(kept.label().counts()).containsEntry("enterprise", 0);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(main.loadingProperty().get()).isFalse();
    }

    @Test
    void aDamagedBackupIsRefusedInPlainWordsAndTheLedgerStaysOpenAsItWas() throws Exception {
        Path damaged = Files.writeString(Files.createDirectories(folder.resolve("backups"))
                .resolve("ledger-20261206-080000-manual.zip"), "not a zip");
        model.load(failure -> { });
        settle(() -> !model.backups().isEmpty());
        Services before = services();

        AtomicReference<BackupsViewModel.Failure> failed = new AtomicReference<>();
        model.restore(model.backups().get(0), said -> { }, failed::set);
        settle(() -> failed.get() != null);

        assertThat(failed.get().message()).isEqualTo(damaged + " 不是园区台账的备份，或文件已损坏；台账没有改动。");
        assertThat(services()).isSameAs(before);
        assertThat(before.records().enterprises().list(saved.parkId())).hasSize(1);
        assertThat(folder.resolve("backups")).isDirectoryNotContaining("glob:**before-restore*");
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aBackupKeptElsewhereIsDescribedForTheQuestionBeforeItsRestore() throws Exception {
        Path elsewhere = services().backups().backupTo(folder.resolve("U盘/台账.zip")).file();

        AtomicReference<BackupEntry> found = new AtomicReference<>();
        model.describe(elsewhere, found::set, failure -> { });
        settle(() -> found.get() != null);

        assertThat(found.get().file()).isEqualTo(elsewhere);
        assertThat(found.get().reason()).isEqualTo(BackupReason.MANUAL);
        assertThat(found.get().label().counts()).containsEntry("enterprise", 1);
    }

    private Services services() {
        return main.servicesProperty().get();
    }

    private static void settle(java.util.concurrent.Callable<Boolean> done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
