package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @TempDir
    Path folder;

    private StringWriter out;

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        out = new StringWriter();
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(args);
    }

    @Test
    void demoLoadsIntoAFreshDatabaseAndPrintsTheCountsPerTable() {
        String db = folder.resolve("ledger").toString();

        assertThat(run("demo", "--db", db)).isZero();

        assertThat(out.toString()).contains("演示数据已载入园区 ZZSZ").contains("企业（enterprise）：42")
                .contains("专利（patent）：208").contains("统计数据（period_stat）：");
        assertThat(run("info", "--db", db)).isZero();
        assertThat(out.toString()).contains("ZZSZ");
    }

    @Test
    void aSecondLoadIsRefusedUnlessReplaceIsGiven() {
        String db = folder.resolve("ledger").toString();
        run("demo", "--db", db);

        assertThat(run("demo", "--db", db)).isEqualTo(DemoCommand.REFUSED);
        assertThat(out.toString()).contains("未载入演示数据").contains("--replace");

        assertThat(run("demo", "--replace", "--db", db)).isZero();
        assertThat(out.toString()).contains("已删除原有记录").contains("企业（enterprise）：42");
    }

    @Test
    void anEditedCopyLoadsFromItsFolder() {
        assertThat(run("demo", "--from", folder.resolve("missing").toString(), "--db", folder.resolve("l").toString()))
                .isEqualTo(1);
        assertThat(out.toString()).contains("找不到演示数据文件 enterprises.csv");

        assertThat(run("demo", "--from", Path.of("sample-data/zaozhuang-shizhong").toString(),
                "--db", folder.resolve("l").toString())).isZero();
    }

    @Test
    void generateMakesASyntheticParkAndTellsTheTimeItTook() {
        String db = folder.resolve("bench").toString();

        assertThat(run("generate", "--enterprises", "6", "--years", "1", "--seed", "9", "--db", db)).isZero();

        assertThat(out.toString()).contains("已生成合成园区 SYN9").contains("秒")
                .contains("企业（enterprise）：6").contains("统计数据（period_stat）：720");
        assertThat(run("generate", "--enterprises", "6", "--years", "1", "--seed", "9", "--db", db)).isEqualTo(1);
        assertThat(out.toString()).contains("SYN9 已有记录");
    }

    @Test
    void helpDescribesBothCommands() {
        assertThat(run("demo", "--help")).isZero();
        assertThat(out.toString()).contains("--replace").contains("枣庄市中区");
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("--enterprises").contains("--seed");
    }
}
