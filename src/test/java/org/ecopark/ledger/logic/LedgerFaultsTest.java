package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.demo.DemoException;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.persistence.FaultyDisk;
import org.ecopark.ledger.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the user is told when the ledger file fails, and that the ledger is as it was afterwards. */
class LedgerFaultsTest {

    @TempDir
    Path folder;

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @AfterEach
    void heal() {
        FaultyDisk.heal(folder);
    }

    /** The disk is full at once (no room), or fills up halfway: writes succeed until then, the rest fails. */
    @ParameterizedTest
    @ValueSource(longs = {0, 100_000, 700_000, 1_300_000})
    void aDiskFullDuringTheDemoSaysSoStopsTheLedgerAndTheLedgerKeepsNothingOfIt(long room) {
        Path ledger = folder.resolve("ledger");
        Services.open(ledger).close();
        List<RuntimeException> stops = new ArrayList<>();
        try (Services services = new Services(FaultyDisk.open(ledger))) {
            services.onStopped(stops::add);
            FaultyDisk.fillUpAfter(folder, room);
            assertThatThrownBy(() -> services.demo().load(false)).isInstanceOf(DemoException.class)
                    .hasMessage("磁盘已满，这次修改没有写入台账 " + folder.resolve("ledger.mv.db")
                            + "，此前保存的内容不受影响；请腾出磁盘空间，重新打开台账后再做一次。")
                    .satisfies(error -> assertThat(LedgerFaults.of(error)).contains(LedgerFault.DISK_FULL));
        }
        assertThat(stops).hasSize(1);
        FaultyDisk.heal(folder);
        try (Services services = Services.open(ledger)) {
            assertThat(services.demo().ledgerIsEmpty()).isTrue();
        }
    }

    @Test
    void theDemoReplacingARecordsOfAReadOnlyLedgerSaysTheFileIsReadOnly() throws Exception {
        Path ledger = folder.resolve("ledger");
        try (Services services = Services.open(ledger)) {
            services.demo().load(false);
        }
        byte[] before = Files.readAllBytes(folder.resolve("ledger.mv.db"));
        FaultyDisk.fail(folder, FaultyDisk.Fault.READ_ONLY);
        try (Services services = new Services(FaultyDisk.open(ledger))) {
            assertThat(services.readOnly()).isTrue();
            assertThatThrownBy(() -> services.demo().load(true)).isInstanceOf(DemoException.class)
                    .hasMessage("台账文件 " + folder.resolve("ledger.mv.db") + " 是只读的，这次修改没有保存；要修改，请取消文件的"
                            + "只读属性，或把它复制到可写的文件夹后打开副本。");
        }
        assertThat(Files.readAllBytes(folder.resolve("ledger.mv.db"))).isEqualTo(before);
    }

    @Test
    void aShareGoneWhileWorkingSaysItCannotBeReachedAndStopsTheLedger() throws Exception {
        Path share = Files.createDirectory(folder.resolve("share"));
        Path ledger = share.resolve("ledger");
        Services.open(ledger).close();
        List<RuntimeException> stops = new ArrayList<>();
        try (Services services = new Services(FaultyDisk.open(ledger))) {
            services.onStopped(stops::add);
            FaultyDisk.fail(share, FaultyDisk.Fault.GONE);
            Files.move(share, folder.resolve("away"));
            assertThatThrownBy(() -> services.demo().load(false)).isInstanceOf(DemoException.class)
                    .hasMessageStartingWith("台账 " + share.resolve("ledger.mv.db") + " 所在的位置无法访问了");
        }
        assertThat(stops).singleElement().satisfies(stop ->
                assertThat(LedgerFaults.message(stop)).get().asString().contains("请恢复连接后重新打开台账"));
    }

    @Test
    void aLedgerOpenInAnotherWindowNamesItsProcessAndTheWindowComesForwardWhenAsked() throws Exception {
        Path ledger = folder.resolve("ledger");
        try (OtherProcess window = OtherProcess.holding(ledger, null)) {
            assertThatThrownBy(() -> Services.open(ledger)).satisfies(error -> {
                assertThat(LedgerFaults.of(error)).contains(LedgerFault.IN_USE);
                assertThat(LedgerFaults.message(error)).contains("该台账正由另一个园区台账窗口使用（进程 " + window.pid()
                        + "），请切换到那个窗口，或先关闭它再打开。");
                LedgerHolder holder = LedgerFaults.holder(error).orElseThrow();
                assertThat(holder.canBeBroughtForward()).isTrue();
                assertThat(WindowCalls.bringForward(holder)).isTrue();
            });
            assertThat(window.nextLine()).isEqualTo(OtherProcess.CALLED);
            assertThat(Folders.names(folder)).containsExactlyInAnyOrder("ledger.mv.db", "ledger.in-use");
        }
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aLedgerACommandHoldsNamesTheCommand() throws Exception {
        Path ledger = folder.resolve("ledger");
        try (OtherProcess command = OtherProcess.holding(ledger, "generate")) {
            assertThatThrownBy(() -> Services.open(ledger)).satisfies(error -> {
                assertThat(LedgerFaults.message(error)).contains("该台账正由园区台账命令“generate”使用（进程 " + command.pid()
                        + "），请等它结束后再打开。");
                assertThat(LedgerFaults.holder(error).orElseThrow().canBeBroughtForward()).isFalse();
            });
        }
    }

    @Test
    void whoHoldsALedgerIsSaidAsFarAsItIsKnown() {
        assertThat(LedgerFaults.inUse(java.util.Optional.empty()))
                .isEqualTo("该台账正被另一个程序使用（可能是另一个园区台账窗口），请先关闭它再打开。");
        assertThat(LedgerFaults.inUse(java.util.Optional.of(new LedgerHolder(4242, "PC-OFFICE-2", null, true, 5000, "x"))))
                .isEqualTo("该台账正由电脑 PC-OFFICE-2 上的园区台账使用（进程 4242），请先在那台电脑上关闭它再打开。");
    }

    @Test
    void aLedgerLockedByAProgramThatLeftNoNoteIsInUseByAnotherProgram() throws Exception {
        Path ledger = folder.resolve("ledger");
        Services.open(ledger).close();
        try (FileChannel channel = FileChannel.open(folder.resolve("ledger.mv.db"), StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            assertThatThrownBy(() -> Services.open(ledger)).satisfies(error -> assertThat(LedgerFaults.message(error))
                    .contains("该台账正被另一个程序使用（可能是另一个园区台账窗口），请先关闭它再打开。"));
        }
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

}
