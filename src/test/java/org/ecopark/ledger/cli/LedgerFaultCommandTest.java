package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.OtherProcess;
import org.ecopark.ledger.persistence.ReadOnlyFiles;
import org.ecopark.ledger.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command on a ledger file that fails says what happened and what to do in one sentence, never the database's
 * words or a stack trace, ends with the exit code of that kind of fault, and leaves no file behind.
 */
class LedgerFaultCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final ReadOnlyFiles readOnly = new ReadOnlyFiles();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @AfterEach
    void restore() {
        readOnly.restore();
    }

    @Test
    void infoOnALedgerAWindowHasOpenSaysWhichProcessHasItAndLeavesNoTraceFile() throws Exception {
        Path ledger = folder.resolve("Z");
        try (OtherProcess window = OtherProcess.holding(ledger, null)) {
            assertThat(LedgerFiles.run(ledger, out, "info")).isEqualTo(FriendlyErrors.IN_USE);
            assertThat(out.toString().strip()).isEqualTo("该台账正由另一个园区台账窗口使用（进程 " + window.pid()
                    + "），请切换到那个窗口，或先关闭它再打开。");
            assertThat(Folders.names(folder)).containsExactlyInAnyOrder("Z.mv.db", "Z.in-use");
        }
        assertThat(Folders.names(folder)).containsExactly("Z.mv.db");
    }

    @Test
    void aLedgerWhoseFolderCannotBeMadeIsRefusedAndNothingIsMade() throws Exception {
        Files.writeString(folder.resolve("2025"), "a file, not a folder");
        assertThat(LedgerFiles.run(folder.resolve("2025/台账/ledger"), out, "info")).isEqualTo(FriendlyErrors.FILE_FAULT);
        assertThat(out.toString().strip()).isEqualTo("无法创建文件夹 " + folder.resolve("2025/台账")
                + "（路径中有同名的文件，或没有权限）；请另选位置。");
        assertThat(Folders.names(folder)).containsExactly("2025");
    }

    @Test
    void aDamagedLedgerIsRefusedInPlainWordsAndLeftAsItIs() throws Exception {
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        Files.write(folder.resolve("ledger.mv.db"), noise);
        assertThat(LedgerFiles.run(folder.resolve("ledger"), out, "info")).isEqualTo(FriendlyErrors.FILE_FAULT);
        assertThat(out.toString().strip()).isEqualTo("台账文件 " + folder.resolve("ledger.mv.db")
                + " 已损坏，无法打开（文件没有被改动）；请从备份恢复，或把文件交给技术支持检查。");
        assertThat(Files.readAllBytes(folder.resolve("ledger.mv.db"))).isEqualTo(noise);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aNewLedgerInAFolderReadOnlyForRealIsRefusedWithoutAStackTrace() throws Exception {
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        Assumptions.assumeTrue(readOnly.makeReadOnly(shelf),
                "cannot make a folder read-only here; DatabaseFaultTest covers it through FaultyDisk");
        assertThat(LedgerFiles.run(shelf.resolve("ledger"), out, "info")).isEqualTo(FriendlyErrors.FILE_FAULT);
        assertThat(out.toString().strip()).isEqualTo("文件夹 " + shelf
                + " 不允许写入，无法在其中新建台账（没有留下任何文件）；请另选文件夹，或请管理员开放写入权限。");
        assertThat(shelf).isEmptyDirectory();
    }

    @Test
    void theDemoReplacingTheRecordsOfALedgerReadOnlyForRealSaysTheFileIsReadOnly() throws Exception {
        Path ledger = folder.resolve("ledger");
        assertThat(LedgerFiles.run(ledger, new StringWriter(), "demo")).isZero();
        Path file = folder.resolve("ledger.mv.db");
        Assumptions.assumeTrue(readOnly.makeReadOnly(file),
                "cannot make a file read-only here; LedgerFaultsTest covers it through FaultyDisk");
        assertThat(LedgerFiles.run(ledger, out, "demo", "--replace")).isEqualTo(FriendlyErrors.FILE_FAULT);
        assertThat(out.toString().strip()).isEqualTo("台账文件 " + file + " 是只读的，这次修改没有保存；要修改，请取消文件的"
                + "只读属性，或把它复制到可写的文件夹后打开副本。");
        readOnly.restore();
        StringWriter info = new StringWriter();
        assertThat(LedgerFiles.run(ledger, info, "status", "--park", "ZZSZ", "--as-of", "2025-12-31")).isZero();
    }

}
