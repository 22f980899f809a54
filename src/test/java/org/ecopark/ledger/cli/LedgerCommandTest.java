package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LedgerCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final AtomicReference<Path> windowOpenedOn = new AtomicReference<>();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(windowOpenedOn::set);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    @Test
    void noArgumentsOpenTheWindowOnTheDefaultDatabase() {
        assertThat(run()).isZero();
        assertThat(windowOpenedOn.get()).isNotNull();
        assertThat(windowOpenedOn.get().getFileName().toString()).isEqualTo("ledger");
    }

    @Test
    void theDbOptionAloneOpensTheWindowOnThatFile() {
        assertThat(run("--db", folder.resolve("x/ledger").toString())).isZero();
        assertThat(windowOpenedOn.get()).isEqualTo(folder.resolve("x/ledger"));
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("EcoPark Ledger " + AppInfo.version());
        assertThat(windowOpenedOn.get()).isNull();
    }

    @Test
    void helpListsTheSubcommandsInChinese() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("info").contains("子命令").contains("--db");
    }

    @Test
    void infoCreatesTheDatabaseWhereDbPoints() {
        Path database = folder.resolve("new/place/ledger");
        assertThat(run("--db", database.toString(), "info")).isZero();
        assertThat(folder.resolve("new/place/ledger.mv.db")).isRegularFile();
        assertThat(out.toString()).contains("数据库结构版本").contains("ledger.mv.db");
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(windowOpenedOn.get()).isNull();
    }
}
