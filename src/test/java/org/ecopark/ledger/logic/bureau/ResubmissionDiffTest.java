package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.Change;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a re-submission changed, read from two real packages of one park and period: targets changed, added and
 * removed, the rows per table, and the packages themselves; whichever order they arrived in.
 */
class ResubmissionDiffTest {

    @TempDir
    static Path folder;

    private static Resubmissions packages;

    private Services bureau;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        packages = new Resubmissions(folder);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @BeforeEach
    void bureau() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        bureau = packages.bureau("枣庄市", folder);
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void aResubmissionShowsEachTargetsFiguresAndTheRowsPerTableOfBothPackages() {
        ReceivedPackage first = bureau.packageIntake().receive(packages.earlier).received();
        ReceivedPackage second = bureau.packageIntake().receive(packages.later).received();

        ResubmissionDiff.Diff diff = bureau.resubmissionDiff().of("ZZSZ", "2025");

        assertThat(diff.earlier().id()).isEqualTo(first.id());
        assertThat(diff.later().id()).isEqualTo(second.id());
        assertThat(diff.earlier().createdAt()).isBefore(diff.later().createdAt());
        Map<String, ResubmissionDiff.TargetRow> targets = diff.targets().stream()
                .collect(Collectors.toMap(ResubmissionDiff.TargetRow::targetCode, row -> row));
        assertThat(targets.get("EX-2026-T1").change()).isEqualTo(Change.REMOVED);
        assertThat(targets.get("EX-2026-T1").later()).isNull();
        assertThat(targets.get("EX-2026-T2").change()).isEqualTo(Change.ADDED);
        assertThat(targets.get("EX-2026-T2").planCode()).isEqualTo(Resubmissions.EXTRA_PLAN);
        assertThat(targets.get("EX-2026-T2").later().targetValue()).isEqualByComparingTo("90");
        ResubmissionDiff.TargetRow revenue = diff.targets().stream()
                .filter(row -> "SD311".equals(row.planCode()) && "MAIN_REVENUE_YEAR_SUM".equals(row.indicatorCode()))
                .findFirst().orElseThrow();
        assertThat(revenue.change()).isEqualTo(Change.CHANGED);
        assertThat(revenue.actualChanged()).isTrue();
        assertThat(revenue.valueChanged()).isFalse();
        assertThat(revenue.later().actual().subtract(revenue.earlier().actual())).isEqualByComparingTo("600");
        assertThat(diff.targets()).filteredOn(row -> row.change() == Change.SAME).isNotEmpty()
                .allSatisfy(row -> assertThat(row.earlier().actual()).isEqualTo(row.later().actual()));
        assertThat(diff.count(Change.ADDED)).isEqualTo(1);
        assertThat(diff.count(Change.REMOVED)).isEqualTo(1);

        Map<String, ResubmissionDiff.CountRow> counts = diff.counts().stream()
                .collect(Collectors.toMap(ResubmissionDiff.CountRow::table, row -> row));
        assertThat(counts.get("enterprises").earlier()).isEqualTo(2);
        assertThat(counts.get("enterprises").later()).isEqualTo(3);
        assertThat(counts.get("patents").change()).isEqualTo(Change.CHANGED);
        assertThat(counts.get("patents").later() - counts.get("patents").earlier()).isEqualTo(1);
        assertThat(counts.get("events").change()).isEqualTo(Change.SAME);
    }

    @Test
    void eitherPackageOfAResubmissionOpensTheSameComparison() {
        ReceivedPackage first = bureau.packageIntake().receive(packages.earlier).received();
        ReceivedPackage second = bureau.packageIntake().receive(packages.later).received();

        ResubmissionDiff.Diff fromLater = bureau.resubmissionDiff().of(second.id());
        ResubmissionDiff.Diff fromEarlier = bureau.resubmissionDiff().of(first.id());

        assertThat(fromLater.earlier().id()).isEqualTo(first.id());
        assertThat(fromEarlier.later().id()).isEqualTo(second.id());
        assertThat(fromEarlier.targets()).isEqualTo(fromLater.targets());
    }

    @Test
    void anOlderPackageThatArrivesAfterTheLaterOneIsStillComparedAsTheEarlier() {
        ReceivedPackage second = bureau.packageIntake().receive(packages.later).received();
        ReceivedPackage first = bureau.packageIntake().receive(packages.earlier).received();

        ResubmissionDiff.Diff diff = bureau.resubmissionDiff().of("ZZSZ", "2025");

        assertThat(diff.earlier().id()).isEqualTo(first.id());
        assertThat(diff.later().id()).isEqualTo(second.id());
        assertThat(bureau.resubmissionDiff().of(second.id()).earlier().id()).isEqualTo(first.id());
    }

    @Test
    void aSingleSubmissionAnUnknownParkAndAParkLedgerAreRefusedInOneSentence() {
        ReceivedPackage only = bureau.packageIntake().receive(packages.earlier).received();

        assertThatThrownBy(() -> bureau.resubmissionDiff().of("ZZSZ", "2025")).isInstanceOf(BureauException.class)
                .hasMessage("园区 ZZSZ 在期间 2025 没有重新报送：本市局收到（并已确认发送方的）该期间的报送共 1 份，"
                        + "没有一份替代过另一份，无可比较。");
        assertThatThrownBy(() -> bureau.resubmissionDiff().of("ZZSZ", "2024")).hasMessageContaining("共 0 份");
        assertThatThrownBy(() -> bureau.resubmissionDiff().of(only.id())).isInstanceOf(BureauException.class)
                .hasMessage("报送“ZZSZ_2025_first.zip”（园区 ZZSZ，期间 2025）既没有替代过更早的报送，也没有被后来的报送替代，"
                        + "没有可比较的变化。");
        assertThatThrownBy(() -> bureau.resubmissionDiff().of("QDSH", "2025")).isInstanceOf(BureauException.class)
                .hasMessage("“QDSH”不是本市局的园区；bureau parks 列出本市局的园区。");
        assertThatThrownBy(() -> bureau.resubmissionDiff().of("ZZSZ", "2025年")).isInstanceOf(BureauException.class);
        try (Services parkLedger = new Services(Database.inMemory("diff-park-" + System.nanoTime()))) {
            assertThatThrownBy(() -> parkLedger.resubmissionDiff().of("ZZSZ", "2025"))
                    .isInstanceOf(BureauException.class).hasMessage(I18n.tr("bureau.notBureau"));
        }
    }

    @Test
    void figuresAndStatusesReadAsTheDashboardSaysThem() {
        assertThat(ResubmissionDiff.figure(new java.math.BigDecimal("80.0000"))).isEqualTo("80");
        assertThat(ResubmissionDiff.figure(new java.math.BigDecimal("1200.5000"))).isEqualTo("1200.5");
        assertThat(ResubmissionDiff.figure(null)).isEmpty();
        assertThat(ResubmissionDiff.status("ACHIEVED")).isEqualTo("已完成");
        assertThat(ResubmissionDiff.status("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    }
}
