package org.ecopark.ledger.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupPolicy;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BackupSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 设置 → 备份: the folder and counts as typed, stored in the ledger only when all of them are right. */
class BackupSettingsViewModelTest {

    @TempDir
    Path folder;

    private Path ledger;
    private Services services;
    private BackupSettingsViewModel model;

    @BeforeEach
    void ledger() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        services = Services.open(ledger);
        model = new BackupSettingsViewModel(services.backups());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewLedgerShowsTheDefaultsAndWhereTheDefaultFolderIs() {
        assertThat(model.folderProperty().get()).isEmpty();
        assertThat(model.dailyProperty().get()).isEqualTo("7");
        assertThat(model.weeklyProperty().get()).isEqualTo("4");
        assertThat(model.monthlyProperty().get()).isEqualTo("12");
        assertThat(model.defaultFolderPrompt()).isEqualTo("默认：" + folder.resolve("backups"));
    }

    @Test
    void theFolderAndCountsAreStoredInTheLedgerAndTheNextBackupGoesThere() {
        Path chosen = folder.resolve("异地备份");
        model.folderProperty().set("  " + chosen + "  ");
        model.dailyProperty().set("10");
        model.weeklyProperty().set("0");
        model.monthlyProperty().set(" 24 ");

        assertThat(model.save()).isTrue();

        assertThat(model.messageProperty().get()).isEqualTo("备份设置已保存。");
        assertThat(model.errorProperty().get()).isFalse();
        assertThat(model.folderProperty().get()).isEqualTo(chosen.toString());
        assertThat(chosen).isDirectory();
        services.close();
        services = Services.open(ledger); // the settings belong to the ledger itself
        assertThat(services.backups().settings()).isEqualTo(new BackupSettings(chosen, new BackupPolicy(10, 0, 24)));
        assertThat(services.backups().backup(BackupReason.MANUAL).file().getParent()).isEqualTo(chosen);
    }

    @Test
    void anEmptyFolderReturnsToTheDefault() {
        model.folderProperty().set(folder.resolve("别处").toString());
        assertThat(model.save()).isTrue();

        model.folderProperty().set(" ");
        assertThat(model.save()).isTrue();

        assertThat(services.backups().settings().chosenFolder()).isEmpty();
        assertThat(services.backups().folder()).isEqualTo(folder.resolve("backups"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0  | 4  | 12   | 按天保留的天数须为 1 到 999 的整数。",
        "七 | 4  | 12   | 按天保留的天数须为 1 到 999 的整数。",
        "7  | -1 | 12   | 按周保留的周数须为 0 到 999 的整数。",
        "7  | 4  | 1000 | 按月保留的月数须为 0 到 999 的整数。",
        "7  | 4  | 1.5  | 按月保留的月数须为 0 到 999 的整数。",
        "7  | 4  | ''   | 按月保留的月数须为 0 到 999 的整数。"})
    void aCountOutOfRangeOrNotANumberIsRefusedWithItsRangeAndNothingIsStored(String daily, String weekly,
                                                                             String monthly, String message) {
        model.dailyProperty().set(daily);
        model.weeklyProperty().set(weekly);
        model.monthlyProperty().set(monthly);

        assertThat(model.save()).isFalse();

        assertThat(model.messageProperty().get()).isEqualTo(message);
        assertThat(model.errorProperty().get()).isTrue();
        assertThat(services.backups().settings()).isEqualTo(BackupSettings.DEFAULT);
    }

    @Test
    void aRelativeFolderIsRefused() {
        model.folderProperty().set("备份");

        assertThat(model.save()).isFalse();

        assertThat(model.messageProperty().get()).isEqualTo("备份文件夹须写完整路径（从盘符或根目录开始），“备份”不是。");
        assertThat(services.backups().settings()).isEqualTo(BackupSettings.DEFAULT);
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedAndTheEarlierSettingsStay() throws Exception {
        Path file = Files.writeString(folder.resolve("一个文件"), "x");
        model.weeklyProperty().set("8");
        model.folderProperty().set(file.resolve("备份").toString());

        assertThat(model.save()).isFalse();

        assertThat(model.messageProperty().get())
                .isEqualTo("无法建立或写入备份文件夹 " + file.resolve("备份") + "。请选择一个可以写入的文件夹；设置没有改动。");
        assertThat(model.errorProperty().get()).isTrue();
        assertThat(services.backups().settings()).isEqualTo(BackupSettings.DEFAULT);
    }
}
