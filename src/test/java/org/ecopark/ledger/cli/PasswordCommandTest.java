package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerEncryption;
import org.ecopark.ledger.testing.Folders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An encrypted ledger on the command line: every command opens it with {@code --password-file} or the password typed
 * at the terminal and refuses it in plain words without, and {@code password} sets, changes and removes the password.
 */
class PasswordCommandTest {

    @TempDir
    Path folder;

    private Path ledger;
    private Path file;
    private final StringWriter out = new StringWriter();
    /** What the "terminal" answers, prompt by prompt; null when no terminal. */
    private final Deque<String> typed = new ArrayDeque<>();
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        file = folder.resolve("ledger.mv.db");
        Files.writeString(folder.resolve("right.txt"), "绿色 园区 2025\n");
        Files.writeString(folder.resolve("wrong.txt"), "绿色 园区 2024\n");
        Files.writeString(folder.resolve("other.txt"), "another one\r\n");
    }

    @Test
    void aNewLedgerGivenAPasswordFileIsEncryptedAndEveryCommandNeedsThePassword() throws Exception {
        assertThat(run("--password-file", folder.resolve("right.txt").toString(), "info")).isZero();
        assertThat(LedgerEncryption.encrypted(ledger)).isTrue();
        List<String> files = Folders.names(folder);

        assertThat(run("info")).isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(lastLine()).isEqualTo("台账 " + file + " 已加密：请用 --password-file 指定存有密码的文件（命令不在终端中运行，无法询问密码）。");
        assertThat(run("--password-file", folder.resolve("wrong.txt").toString(), "status", "--park", "ZZSZ"))
                .isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(lastLine()).isEqualTo("密码不正确，台账 " + file + " 没有打开；请检查大小写和输入法后再试。");
        assertThat(Folders.names(folder)).isEqualTo(files);

        assertThat(run("--password-file", folder.resolve("right.txt").toString(), "info")).isZero();
        assertThat(out.toString()).contains("数据库：" + file);
    }

    @Test
    void aBackupOfAnEncryptedLedgerIsMadeListedAndRestoredWithItsPassword() throws Exception {
        String right = folder.resolve("right.txt").toString();
        assertThat(run("--password-file", right, "demo")).isZero();
        Path backup = folder.resolve("U盘").resolve("backup.zip");
        assertThat(run("--password-file", right, "backup", "--out", backup.toString())).isZero();
        assertThat(run("--password-file", right, "restore")).isZero();

        assertThat(run("--password-file", right, "restore", backup.toString())).as(out.toString()).isZero();

        assertThat(out.toString()).contains("记录：企业 42");
        assertThat(LedgerEncryption.encrypted(ledger)).as("the restored ledger is encrypted as its backup was").isTrue();
        assertThat(run("info")).isEqualTo(FriendlyErrors.PASSWORD);
    }

    @Test
    void theTerminalIsAskedForThePasswordOfAnEncryptedLedger() throws Exception {
        run("--password-file", folder.resolve("right.txt").toString(), "info");
        typed.add("绿色 园区 2025");
        assertThat(run("info")).isZero();
        assertThat(prompts).containsExactly("台账 " + file + " 已加密，请输入密码：");

        typed.add("");
        assertThat(run("info")).isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(lastLine()).isEqualTo("密码不能为空。");
    }

    @Test
    void thePasswordIsSetChangedAndRemovedAndTheRecordsStay() throws Exception {
        assertThat(run("demo")).isZero();

        assertThat(run("password", "--new-password-file", folder.resolve("right.txt").toString())).isZero();
        assertThat(lastLine()).startsWith("台账 " + file + " 已加密，以后打开它（窗口和命令）都需要这个密码。");
        assertThat(run("--password-file", folder.resolve("right.txt").toString(), "info")).isZero();
        assertThat(out.toString()).contains("本机服务的园区：ZZSZ");

        typed.addAll(List.of("绿色 园区 2025", "新的密码", "新的密码"));
        assertThat(run("password")).isZero();
        assertThat(prompts).containsExactly("台账 " + file + " 已加密，请输入密码：", "为台账 " + file + " 输入新密码：",
                "再输入一次新密码：");
        assertThat(lastLine()).isEqualTo("台账 " + file + " 的密码已更改，旧密码不能再打开它。");
        assertThat(run("--password-file", folder.resolve("right.txt").toString(), "info")).isEqualTo(FriendlyErrors.PASSWORD);

        typed.add("新的密码");
        assertThat(run("password", "--remove")).isZero();
        assertThat(lastLine()).isEqualTo("台账 " + file + " 已取消密码，不再加密：能读到这个文件的人都能看到其中的数据。");
        assertThat(run("status", "--park", "ZZSZ", "--as-of", "2025-12-31")).isZero();
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db", "other.txt", "right.txt", "wrong.txt");
    }

    @Test
    void aWrongCurrentPasswordOrTwoDifferentNewOnesChangeNothing() throws Exception {
        run("--password-file", folder.resolve("right.txt").toString(), "info");
        byte[] before = Files.readAllBytes(file);

        assertThat(run("--password-file", folder.resolve("wrong.txt").toString(), "password", "--new-password-file",
                folder.resolve("other.txt").toString())).isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(lastLine()).isEqualTo("密码不正确，台账 " + file + " 没有改动；请检查大小写和输入法后再试。");

        typed.addAll(List.of("绿色 园区 2025", "one", "two"));
        assertThat(run("password")).isEqualTo(FriendlyErrors.PASSWORD);
        assertThat(lastLine()).isEqualTo("两次输入的新密码不一致，台账没有改动。");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db", "other.txt", "right.txt", "wrong.txt");
    }

    @Test
    void removingThePasswordOfAPlainLedgerOrOfNoLedgerSaysSo() {
        assertThat(run("password", "--remove")).isEqualTo(1);
        assertThat(lastLine()).isEqualTo("台账 " + file + " 不存在；请检查 --db 给出的路径。");
        run("info");
        assertThat(run("password", "--remove")).isZero();
        assertThat(lastLine()).isEqualTo("台账 " + file + " 没有加密，无需取消密码。");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        prompts.clear();
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        ((LedgerCommand) commandLine.getCommand()).passwords(prompt -> {
            prompts.add(prompt);
            return typed.isEmpty() ? null : typed.poll().toCharArray();
        });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of("--db", ledger.toString()));
        all.addAll(Arrays.asList(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private String lastLine() {
        String[] lines = out.toString().strip().split("\\R");
        return lines[lines.length - 1];
    }

}
