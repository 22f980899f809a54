package org.ecopark.ledger.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T01:15:00Z"), ZoneId.of("Asia/Shanghai"));
    private Path ledger;
    private Services services;
    private Park park;

    @BeforeEach
    void ledger() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("台账/ledger");
        services = Services.open(ledger, clock);
        services.parks().selectPark("ZZSZ");
        park = services.parks().selectedPark().orElseThrow();
        services.records().enterprises().save(RecordFixtures.xinquan(park.id()), Map.of());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aBackupIsNamedByLedgerTimeAndReasonSaysWhatItHoldsAndIsAPlainH2Backup() throws Exception {
        BackupEntry made = services.backups().backup(BackupReason.MANUAL);

        assertThat(made.file()).isEqualTo(folder.resolve("台账/backups/ledger-20261206-091500-manual.zip"));
        assertThat(made.size()).isEqualTo(Files.size(made.file()));
        assertThat(made.label().counts()).containsEntry("enterprise", 1).containsEntry("enterprise_title", 2)
                .containsEntry("patent", 0);
        assertThat(made.label().schemaVersion()).isEqualTo(services.schemaVersion());
        assertThat(services.backups().list()).containsExactly(made);
        try (ZipFile zip = new ZipFile(made.file().toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("ledger.mv.db");
        }
        assertThat(BackupText.counts(made.label().counts())).isEqualTo("企业 1，企业称号 2");
        assertThat(BackupText.reason(made.reason())).isEqualTo("手动备份");
    }

    @Test
    void closingTheWindowBacksUpOnceADay() {
        assertThat(services.backups().onClose()).get().extracting(BackupEntry::reason).isEqualTo(BackupReason.DAILY);
        clock.advance(Duration.ofHours(8));
        assertThat(services.backups().onClose()).isEmpty();

        clock.advance(Duration.ofHours(8)); // 01:15 the next day
        assertThat(services.backups().onClose()).get()
                .extracting(entry -> entry.file().getFileName().toString()).isEqualTo("ledger-20261207-011500-daily.zip");
        assertThat(services.backups().list()).hasSize(2);
    }

    @Test
    void everyBackupRotatesTheFolderAndBackupsOfOtherLedgersAreLeftAlone() throws Exception {
        Path backups = services.backups().folder();
        Files.createDirectories(backups);
        Path other = Files.createFile(backups.resolve("ledger-2025-20261101-180000-daily.zip"));
        services.backups().saveSettings(new BackupSettings(null, new BackupPolicy(2, 0, 0)));

        for (int day = 0; day < 4; day++) {
            services.backups().backup(BackupReason.MANUAL);
            clock.advance(Duration.ofDays(1));
        }

        assertThat(services.backups().list()).extracting(entry -> entry.file().getFileName().toString())
                .containsExactly("ledger-20261209-091500-manual.zip", "ledger-20261208-091500-manual.zip");
        assertThat(other).exists();
    }

    @Test
    void theFolderAndTheCountsAreTheLedgersOwnSettings() {
        Path chosen = folder.resolve("U盘/台账备份");
        services.backups().saveSettings(new BackupSettings(chosen, new BackupPolicy(3, 2, 1)));
        services.close();
        services = Services.open(ledger, clock);

        assertThat(services.backups().settings()).isEqualTo(new BackupSettings(chosen, new BackupPolicy(3, 2, 1)));
        assertThat(services.backups().backup(BackupReason.MANUAL).file().getParent()).isEqualTo(chosen);
    }

    @Test
    void aBackupThatCannotBeWrittenStopsTheChangeItWasToProtect() throws Exception {
        Path notAFolder = folder.resolve("备份");
        services.backups().saveSettings(new BackupSettings(notAFolder, BackupPolicy.DEFAULT));
        Files.delete(notAFolder); // the folder chosen is gone since, a file in its place
        Files.writeString(notAFolder, "a file where the folder should be");
        Map<String, Integer> before = services.recordCounts();

        BackupException refused = catchThrowableOfType(() -> services.demo().load(true), BackupException.class);

        assertThat(refused.getMessage()).isEqualTo("备份没能写入 " + notAFolder
                + "。请确认该文件夹存在、可以写入，且磁盘还有空间；台账本身没有改动。");
        assertThat(services.recordCounts()).isEqualTo(before);
    }

    @Test
    void aBackupHoldsWhatWasCommittedWhenItWasTakenNotAWriteStillOpen() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch backedUp = new CountDownLatch(1);
        Thread writer = new Thread(() -> TestLedgers.unitOfWork(services).inTransaction(repositories -> {
            repositories.bulk().enterprises(park.id(), List.of(new EnterpriseRow(RecordFixtures.uscc("MA94TRL1"),
                    "山东清源环境科技有限公司", "清源环境", "SERVICE", true, null, null, null, null, null, null)));
            written.countDown();
            await(backedUp);
            return null;
        }));
        writer.start();
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        BackupEntry made = services.backups().backup(BackupReason.MANUAL);
        backedUp.countDown();
        writer.join();

        assertThat(services.recordCounts()).containsEntry("enterprise", 2);
        assertThat(made.label().counts()).containsEntry("enterprise", 1);
        services.close();
        RestoreService restores = ClosedLedger.read(ledger, clock).restores();
        PreparedRestore restored = restores.prepare(made.file());
        assertThat(restored.counts()).containsEntry("enterprise", 1);
        restores.abandon(restored);
        services = Services.open(ledger, clock);
    }

    @Test
    void aLedgerInMemoryHasNothingToBackUp() {
        try (Services inMemory = new Services(Database.inMemory("backup-memory-" + System.nanoTime()), clock)) {
            inMemory.backups().before(BackupReason.BEFORE_DEMO);

            assertThat(inMemory.backups().enabled()).isFalse();
            assertThat(inMemory.backups().onClose()).isEmpty();
            assertThat(inMemory.backups().list()).isEmpty();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
