package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan distribution between two ledger files: the bureau sends its new plan as a plan file, the park imports it
 * trusting the bureau's key file, exports a package, the bureau receives it, and {@code bureau plans} shows the park on
 * the plan it was sent; before that, flagged as reporting against another plan.
 */
class PlanDistributionEndToEndTest {

    private static final String PLAN = "SD-2026";

    @TempDir
    Path folder;

    private String run(Path ledger, int exit, String... args) {
        StringWriter out = new StringWriter();
        assertThat(LedgerFiles.run(ledger, out, args)).as(out.toString()).isEqualTo(exit);
        return out.toString();
    }

    @Test
    void aParkThatImportsTheSentPlanReportsAgainstItAtTheBureau() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        Path park = folder.resolve("park");
        Path bureau = folder.resolve("bureau");
        Path plans = folder.resolve("plans");
        run(park, 0, "demo");
        run(park, 0, "keys", "show", "--out", folder.resolve("ZZSZ.json").toString());
        run(bureau, 0, "bureau", "init", "--name", "枣庄市生态环境局", "--city", "枣庄市");
        run(bureau, 0, "keys", "register", folder.resolve("ZZSZ.json").toString());
        run(bureau, 0, "keys", "show", "--out", folder.resolve("bureau.json").toString());
        newPlan(bureau);

        String first = folder.resolve("ZZSZ_2025.zip").toString();
        run(park, 0, "export", "--park", "ZZSZ", "--period", "2025", "--out", first);
        run(bureau, 0, "bureau", "receive", first);
        String sent = run(bureau, 0, "bureau", "plan-send", "--plan", PLAN, "--out", plans.toString());
        Path file = plans.resolve(PLAN + "_v1.zip");
        assertThat(file).isRegularFile();
        assertThat(sent).contains("计划 " + PLAN + "（目录版本 1）的计划文件已写到 " + file.toAbsolutePath(),
                "已记为发送给本市局的 1 个园区：ZZSZ。");
        assertThat(line(run(bureau, 0, "bureau", "plans"), "ZZSZ"))
                .contains(PLAN + " 版本 1", "SD311（期间 2025，", "! 不一致");

        assertThat(run(park, PlanCommand.UNCONFIRMED, "plan", "import", file.toString()))
                .as("the park takes a plan only from a signer it confirmed").contains("发送方未确认");
        assertThat(run(park, 0, "plan", "import", file.toString(), "--key", folder.resolve("bureau.json").toString()))
                .contains("签名有效，由已登记的密钥签发（枣庄市生态环境局）", "已导入：新增 2 项");
        String second = folder.resolve("ZZSZ_2025_again.zip").toString();
        run(park, 0, "export", "--park", "ZZSZ", "--period", "2025", "--out", second);
        run(bureau, 0, "bureau", "receive", second);

        String table = run(bureau, 0, "bureau", "plans");
        assertThat(line(table, "ZZSZ")).contains(PLAN + " 版本 1", PLAN, "一致").doesNotContain("不一致");
        assertThat(table).contains("不载明园区所持计划的目录版本");
        assertThat(run(bureau, 0, "bureau", "diff", "--park", "ZZSZ", "--period", "2025"))
                .contains("ZZSZ-2028-T01").contains("新增 1 项");
    }

    @Test
    void anUnknownPlanAndAParksLedgerAreRefusedAndNothingIsWritten() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        Path bureau = folder.resolve("bureau");
        Path plans = folder.resolve("plans");
        run(bureau, 0, "bureau", "init", "--name", "枣庄市生态环境局");
        assertThat(run(bureau, 1, "bureau", "plan-send", "--plan", "SD999", "--out", plans.toString()))
                .contains("本台账的计划目录中没有代码为“SD999”的计划");
        assertThat(plans).doesNotExist();
        assertThat(BureauPackages.count(bureau, "plan_distribution")).isZero();
        assertThat(line(run(bureau, 0, "bureau", "plans"), "ZZSZ")).contains("未发送计划");

        Path park = folder.resolve("park");
        assertThat(run(park, 1, "bureau", "plan-send", "--plan", "SD311", "--out", plans.toString()))
                .contains(I18n.tr("bureau.notBureau"));
        assertThat(run(park, 1, "bureau", "plans")).contains(I18n.tr("bureau.notBureau"));
        assertThat(plans).doesNotExist();
    }

    /** The bureau's next plan, with one target of ZZSZ: made in the bureau's ledger as its staff would. */
    private static void newPlan(Path ledger) {
        try (Services services = Services.open(ledger)) {
            services.targets().createPlan(new Plan(0, PLAN, "山东省生态环保产业行动计划（2026—2028年）", "2026计划", null,
                    null, LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
            services.targets().addTarget(new Target(0, PLAN, "ZZSZ-2028-T01", TargetScope.PARK, "ZZSZ", "二、(一)1",
                    "到2028年，园区主营业务收入达到80亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                    new BigDecimal("80"), Unit.YI_YUAN, LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null,
                    null, false, false, null));
        }
    }

    private static String line(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).findFirst().orElseThrow(
                () -> new AssertionError(containing + " is not in\n" + text));
    }
}
