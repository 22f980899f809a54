package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.indicators.Computation;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The records behind a figure, read from the zip the bureau keeps, and the one map of indicator → table. */
class PackageRecordsTest {

    @TempDir
    static Path folder;

    private static SubmissionFixture park;
    private static Services bureau;
    private static ReceivedPackage received;
    private static Path packageFile;

    @BeforeAll
    static void receive() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        park = SubmissionFixture.inMemory("records");
        packageFile = park.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ_2025.zip"));
        bureau = new Services(Database.inMemory("records-bureau-" + System.nanoTime()));
        bureau.bureau().init("山东省生态环境厅", null);
        bureau.parkKeys().register(park.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
        received = bureau.packageIntake().receive(packageFile).received();
    }

    @AfterAll
    static void close() {
        bureau.close();
        park.close();
    }

    @ParameterizedTest
    @EnumSource(value = Computation.class, names = "MANUAL", mode = EnumSource.Mode.EXCLUDE)
    void eachTableBehindAComputationHasTheRowsTheBureauCounted(Computation computation) {
        String table = IndicatorTables.table(computation).orElseThrow();
        Map<String, Integer> counts = bureau.packageRecords().counts(received.id());

        PackageRecords.Records records = bureau.packageRecords().records(received.id(), table);

        assertThat(counts).containsKey(table);
        assertThat(records.total()).isEqualTo(counts.get(table));
        assertThat(records.rows()).hasSize(Math.min(records.total(), PackageRecords.SHOWN_ROWS));
        assertThat(records.rows()).allSatisfy(row -> assertThat(row).hasSize(records.keys().size()));
        assertThat(records.headers()).hasSameSizeAs(records.keys());
    }

    @Test
    void theStatisticsAreCutAtTheLimitAndCountedWhole() {
        PackageRecords.Records statistics = bureau.packageRecords().records(received.id(), IndicatorTables.STATISTICS, 10);

        assertThat(statistics.total()).isGreaterThan(10)
                .isEqualTo(bureau.packageRecords().counts(received.id()).get(IndicatorTables.STATISTICS));
        assertThat(statistics.rows()).hasSize(10);
        assertThat(statistics.cut()).isTrue();
        assertThat(statistics.headers()).contains("统一社会信用代码", "统计指标", "数值");
    }

    @Test
    void thePatentsShowTheirHeadersAndNumbers() {
        PackageRecords.Records patents = bureau.packageRecords().records(received.id(), IndicatorTables.PATENTS);

        assertThat(patents.headers()).startsWith("专利号", "专利名称");
        assertThat(patents.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).isNotBlank());
        assertThat(patents.cut()).isFalse();
    }

    @Test
    void everyColumnOfEveryTableHasTheWorkbooksHeaderAndCodesTheirNames() {
        for (Map.Entry<String, Integer> table : bureau.packageRecords().counts(received.id()).entrySet()) {
            PackageRecords.Records records = bureau.packageRecords().records(received.id(), table.getKey(), 1);
            for (int i = 0; i < records.keys().size(); i++) {
                assertThat(records.headers().get(i)).as(table.getKey() + "." + records.keys().get(i))
                        .isNotEqualTo(records.keys().get(i));
            }
        }
        PackageRecords.Records patents = bureau.packageRecords().records(received.id(), IndicatorTables.PATENTS);
        int type = patents.keys().indexOf("type");
        int granted = patents.keys().indexOf("grantedInPeriod");
        assertThat(patents.rows()).extracting(row -> row.get(type)).allSatisfy(name -> assertThat(name).isIn("发明",
                "实用新型", "外观设计"));
        assertThat(patents.rows()).extracting(row -> row.get(granted)).allSatisfy(yes -> assertThat(yes).isIn("是", "否"));
    }

    @Test
    void everyIndicatorOfTheParksTargetsHasATableOrIsEnteredByHand() {
        Set<String> used = bureau.targets().list(new TargetFilter(null, TargetScope.PARK, null, null, null, null, true))
                .stream().map(t -> t.indicatorCode()).collect(Collectors.toSet());
        Map<String, Indicator> indicators = bureau.targets().indicators().stream()
                .collect(Collectors.toMap(Indicator::code, i -> i));
        Set<String> tables = bureau.packageRecords().counts(received.id()).keySet();

        assertThat(used).isNotEmpty();
        for (String code : used) {
            Indicator indicator = indicators.get(code);
            assertThat(indicator).as(code).isNotNull();
            if (IndicatorTables.manual(indicator)) {
                assertThat(IndicatorTables.table(indicator)).as(code).isEmpty();
            } else {
                assertThat(IndicatorTables.table(indicator)).as(code).isPresent().get().isIn(tables);
            }
        }
    }

    @Test
    void thePackageIsSavedByteForByteWithItsFacts() throws IOException {
        Path copy = folder.resolve("copy.zip");

        bureau.packageRecords().save(received.id(), copy);

        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(packageFile));
        ReceivedPackage found = bureau.packageRecords().find(received.id());
        assertThat(found.sha256()).isEqualTo(received.sha256());
        assertThat(found.parkCode()).isEqualTo(SubmissionFixture.PARK);
        assertThatThrownBy(() -> bureau.packageRecords().find(received.id() + 1000))
                .isInstanceOf(BureauException.class).hasMessageContaining("没有编号为");
    }
}
