package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.catalog.PlanFile;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.PlanDistribution;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau sends a plan file to its parks and sees per park the plan sent last beside the plans its latest package
 * names, flagged when they differ.
 */
class PlanDistributionsTest {

    @TempDir
    static Path shared;

    private static Resubmissions packages;

    @TempDir
    Path folder;

    private Services bureau;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        packages = new Resubmissions(shared);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @BeforeEach
    void bureau() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        bureau = packages.bureau(null, shared);
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void aSentPlanFileIsSignedByTheBureauAndRecordedForEveryParkOfTheBureau() throws Exception {
        PlanDistributions.Sent sent = bureau.planDistributions().send("SD311", null, folder.resolve("out"));

        int version = bureau.targets().plans().stream().filter(plan -> plan.code().equals("SD311")).findFirst()
                .orElseThrow().catalogVersion();
        assertThat(sent.file()).isEqualTo(folder.resolve("out").resolve("SD311_v" + version + ".zip")).isRegularFile();
        PublicKeyFile bureauKey = PublicKeyFile.of(bureau.signingKeys().key(), "", "枣庄市生态环境局");
        PlanFile.Signed read = PlanFile.read(sent.file(), TrustedKeys.of(List.of(bureauKey)));
        assertThat(read.signature().verdict()).isEqualTo(DetachedSignature.Verdict.TRUSTED);
        assertThat(read.catalog().plan().code()).isEqualTo("SD311");
        PlanDistribution recorded = sent.distribution();
        assertThat(recorded.catalogVersion()).isEqualTo(version).isEqualTo(read.catalog().plan().catalogVersion());
        assertThat(recorded.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(sent.file()))));
        assertThat(recorded.parkCodes()).hasSize(10).contains("ZZSZ");
        assertThat(bureau.planDistributions().history()).containsExactly(recorded);
    }

    @Test
    void eachParkShowsThePlanSentLastBesideThePlansItsLatestPackageNamesFlaggedWhenTheyDiffer() {
        assertThat(byPark().get("ZZSZ").state()).isEqualTo(PlanDistributions.State.NOT_SENT);
        bureau.packageIntake().receive(packages.later);
        bureau.planDistributions().send("SD311", null, folder);

        Map<String, PlanDistributions.Row> rows = byPark();
        PlanDistributions.Row zzsz = rows.get("ZZSZ");
        assertThat(zzsz.sent().planCode()).isEqualTo("SD311");
        assertThat(zzsz.reported()).containsExactly(Resubmissions.EXTRA_PLAN, "SD311");
        assertThat(zzsz.latest().fileName()).isEqualTo("ZZSZ_2025_again.zip");
        assertThat(zzsz.state()).isEqualTo(PlanDistributions.State.SAME);
        assertThat(zzsz.state().flagged()).isFalse();
        assertThat(rows.get("QDSH").state()).isEqualTo(PlanDistributions.State.NO_PACKAGE);

        bureau.targets().createPlan(new Plan(0, "SD-2026", "山东省生态环保产业行动计划（2026—2028年）", "2026计划", null,
                null, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
        bureau.targets().addTarget(new Target(0, "SD-2026", "ZZSZ-2028-T01", TargetScope.PARK, "ZZSZ", "二、(一)1",
                "到2028年，园区主营业务收入达到80亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                new BigDecimal("80"), Unit.YI_YUAN, LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null,
                null, false, false, null));
        bureau.planDistributions().send("SD-2026", null, folder);

        zzsz = byPark().get("ZZSZ");
        assertThat(zzsz.sent().planCode()).isEqualTo("SD-2026");
        assertThat(zzsz.state()).isEqualTo(PlanDistributions.State.DIFFERENT);
        assertThat(zzsz.state().flagged()).isTrue();
        assertThat(bureau.planDistributions().history()).extracting(PlanDistribution::planCode)
                .containsExactly("SD-2026", "SD311");
    }

    @Test
    void anUnknownPlanAParkLedgerAndAPlanWithoutTargetsAreRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> bureau.planDistributions().send("SD999", null, folder))
                .isInstanceOf(BureauException.class)
                .hasMessage("本台账的计划目录中没有代码为“SD999”的计划；targets 命令列出各计划的目标。");
        bureau.targets().createPlan(new Plan(0, "EMPTY", "空计划", "空计划", null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), 0, false));
        assertThatThrownBy(() -> bureau.planDistributions().send("EMPTY", null, folder))
                .isInstanceOf(BureauException.class).hasMessageStartingWith("计划 EMPTY 无法写成计划文件：");
        assertThat(bureau.planDistributions().history()).isEmpty();
        assertThat(folder).isEmptyDirectory();
        try (Services park = new Services(Database.inMemory("plans-park-" + System.nanoTime()))) {
            assertThatThrownBy(() -> park.planDistributions().send("SD311", null, folder))
                    .isInstanceOf(BureauException.class).hasMessage(I18n.tr("bureau.notBureau"));
            assertThatThrownBy(() -> park.planDistributions().overview()).isInstanceOf(BureauException.class);
        }
    }

    private Map<String, PlanDistributions.Row> byPark() {
        return bureau.planDistributions().overview().stream()
                .collect(Collectors.toMap(row -> row.park().code(), row -> row));
    }
}
