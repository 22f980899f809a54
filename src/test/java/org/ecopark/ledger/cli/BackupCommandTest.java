package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup [--out FILE]} and {@code restore [FILE]} on a ledger file, as the README shows them. */
class BackupCommandTest {

    private static final Pattern MADE = Pattern.compile("备份已写入 (\\S+\\.zip)（");

    @TempDir
    Path folder;

    private Path ledger;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void revenueLedger() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        LedgerFiles.revenueLedger(ledger, bulk -> { });
    }

    private int run(String... args) {
        return LedgerFiles.run(ledger, out, args);
    }

    @Test
    void aBackupGoesToTheFolderBesideTheLedgerAndTheCommandSaysWhatItHolds() {
        assertThat(run("backup")).isZero();

        Path made = madeFile();
        assertThat(made).exists().hasParent(folder.resolve("backups"));
        assertThat(made.getFileName().toString()).matches("ledger-\\d{8}-\\d{6}-manual\\.zip");
        assertThat(out.toString()).contains("记录：企业 1，统计数据 12");
    }

    @Test
    void restoreWithoutAFileListsTheBackupsWithTheirFiles() {
        run("backup", "--out", folder.resolve("U盘/台账.zip").toString()); // outside the folder: not listed
        out.getBuffer().setLength(0);
        run("backup");
        Path made = madeFile();
        out.getBuffer().setLength(0);

        assertThat(run("restore")).isZero();

        assertThat(out.toString().lines().toList()).containsExactly(
                "备份文件夹：" + folder.resolve("backups"),
                out.toString().lines().toList().get(1),
                "    " + made,
                "用 restore 加备份文件路径可恢复其中一个。");
        assertThat(out.toString().lines().toList().get(1)).contains("  手动备份  ").endsWith("企业 1，统计数据 12");
    }

    @Test
    void restoringAFileBringsItsRecordsBackAndKeepsTheLedgerItReplaced() {
        Path elsewhere = folder.resolve("U盘/台账.zip");
        assertThat(run("backup", "--out", elsewhere.toString())).isZero();
        addAnEnterprise();
        out.getBuffer().setLength(0);

        assertThat(run("restore", elsewhere.toString())).isZero();

        assertThat(out.toString()).startsWith("已把 " + ledger + " 恢复为 ").contains("的备份（手动备份）。")
                .contains("记录：企业 1，统计数据 12").contains("检查通过：")
                .contains("恢复前的台账已另存为备份：" + folder.resolve("backups"));
        try (Services services = Services.open(ledger)) {
            assertThat(services.recordCounts()).containsEntry("enterprise", 1);
            assertThat(services.backups().list()).singleElement().satisfies(kept ->
                    assertThat(kept.label().counts()).containsEntry("enterprise", 2));
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedInPlainWordsAndTheLedgerStays() throws Exception {
        Path other = Files.writeString(folder.resolve("别的.zip"), "not a zip");

        assertThat(run("restore", other.toString())).isEqualTo(1);

        assertThat(out.toString()).contains(other + " 不是园区台账的备份，或文件已损坏；台账没有改动。")
                .doesNotContain("Exception");
        try (Services services = Services.open(ledger)) {
            assertThat(services.recordCounts()).containsEntry("enterprise", 1);
        }
    }

    @Test
    void aLedgerAnotherProgramHoldsOpenIsNotRestoredOverAndTheCommandSaysWhy() throws Exception {
        Path elsewhere = folder.resolve("U盘/台账.zip");
        run("backup", "--out", elsewhere.toString());
        out.getBuffer().setLength(0);

        try (HoldLedgerOpen window = HoldLedgerOpen.start(ledger)) {
            assertThat(run("restore", elsewhere.toString())).isEqualTo(1);
        }

        assertThat(out.toString().strip()).isEqualTo("台账 " + folder.resolve("ledger.mv.db")
                + " 正在被另一个园区台账窗口或命令使用，现在不能恢复。请先关闭它，或在那个窗口中用“文件 → 恢复…”恢复；台账没有改动。");
        assertThat(folder.resolve("backups")).doesNotExist();
    }

    private Path madeFile() {
        Matcher matcher = MADE.matcher(out.toString());
        assertThat(matcher.find()).as(out.toString()).isTrue();
        return Path.of(matcher.group(1));
    }

    private void addAnEnterprise() {
        try (Database database = Database.open(ledger)) {
            new UnitOfWork(database).inTransaction(repositories -> {
                long park = repositories.parks().findByCode("ZZSZ").orElseThrow().id();
                repositories.bulk().enterprises(park, List.of(new EnterpriseRow("91370400000000010A", "另一家", "另一家",
                        "SERVICE", true, null, null, null, null, null, null)));
                return null;
            });
        }
    }
}
