package org.ecopark.ledger.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.RestoreResult;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 恢复备份… on the failure screen: a ledger whose file was damaged offers its backups and is restored from one, its
 * damaged file kept; a ledger with no backups offers none.
 */
class FailureRestorerTest {

    @TempDir
    Path folder;

    private final FailureRestorer restorer = new FailureRestorer(new DialogService(), UiExecutor.synchronous(), () -> null,
            Clock.systemDefaultZone());

    @Test
    void aDamagedLedgerIsRestoredFromItsBackupAndItsDamagedFileKept() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        Path ledger = folder.resolve("ledger");
        Enterprise saved;
        try (Services services = Services.open(ledger)) {
            long park = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow().id();
            saved = services.records().enterprises().save(RecordFixtures.xinquan(park), Map.of()).record();
            services.backups().backup(BackupReason.MANUAL);
        }
        assertThat(restorer.canRestore(folder.resolve("other"))).as("another ledger has no backups").isFalse();
        Path file = folder.resolve("ledger.mv.db");
        byte[] damaged = new byte[(int) Files.size(file)];
        new java.util.Random(7).nextBytes(damaged);
        Files.write(file, damaged);

        assertThat(restorer.canRestore(ledger)).isTrue();
        List<BackupEntry> backups = restorer.backups(ledger);
        assertThat(backups).extracting(BackupEntry::reason).containsExactly(BackupReason.MANUAL);
        RestoreResult result = restorer.restore(ledger, backups.get(0));

        try (Services reopened = Services.open(ledger)) {
            assertThat(reopened.records().enterprises().list(saved.parkId())).extracting(Enterprise::uscc)
                    .containsExactly(saved.uscc());
        }
        assertThat(result.kept()).as("the damaged file is kept as a backup").isNotNull();
        assertThat(BackupsViewModel.restored(result)).startsWith("台账已恢复为 ").contains("记录：企业 1");
    }
}
