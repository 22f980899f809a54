package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.logic.validation.Severity;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.ParkFigures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoServiceTest {

    private Database database;
    private Services services;
    private ParkFigures figures;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("demo-" + System.nanoTime());
        services = new Services(database);
        figures = new ParkFigures(database);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theDemoLoadsIntoAnEmptyLedgerWithoutWarningsAndSelectsItsPark() {
        assertThat(services.demo().ledgerIsEmpty()).isTrue();

        LoadResult result = services.demo().load(false);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.replaced()).isEmpty();
        assertThat(result.counts().get("enterprise")).isBetween(38, 44);
        assertThat(result.counts().get("rd_staff")).isBetween(210, 230);
        assertThat(result.counts().get("patent")).isBetween(195, 215);
        assertThat(result.counts()).containsKeys("enterprise_title", "project", "project_progress", "standard",
                "innovation_platform", "park_event", "period_stat");
        assertThat(figures.counts()).containsAllEntriesOf(result.counts());
        assertThat(services.parks().selectedPark()).get().extracting(park -> park.code()).isEqualTo("ZZSZ");
        assertThat(services.demo().ledgerIsEmpty()).isFalse();
        assertThat(figures.auditEntries(DemoService.AUDIT_TABLE)).isEqualTo(1);
    }

    @Test
    void everyCreditCodeInTheDemoPassesItsCheckWithoutWarning() {
        services.demo().load(false);

        assertThat(figures.usccs()).hasSizeGreaterThan(30).allSatisfy(code -> {
            assertThat(UsccCheck.check(code).severity()).as(code).isEqualTo(Severity.OK);
            assertThat(UsccCheck.isShandong(code)).as(code).isTrue();
        });
    }

    @Test
    void everyPatentNumberInTheDemoPassesItsCheckAndIsStoredInCanonicalForm() {
        services.demo().load(false);

        assertThat(figures.patentNumbers()).hasSizeGreaterThan(190).allSatisfy(number -> {
            PatentNumberCheck.Result check = PatentNumberCheck.check(number);
            assertThat(check.check().severity()).as(number).isEqualTo(Severity.OK);
            assertThat(check.check().normalised()).isEqualTo(number);
        });
    }

    @Test
    void everyStandardCodeInTheDemoPassesItsCheck() {
        services.demo().load(false);

        assertThat(figures.standardCodes()).hasSizeGreaterThan(31).allSatisfy(code -> {
            StandardCodeCheck.Result check = StandardCodeCheck.check(code);
            assertThat(check.check().severity()).as(code).isEqualTo(Severity.OK);
            assertThat(check.check().normalised()).isEqualTo(code);
        });
    }

    @Test
    void loadingIntoALedgerWithRecordsIsRefusedAndChangesNothing() {
        services.demo().load(false);
        Map<String, Integer> before = figures.counts();

        assertThatThrownBy(() -> services.demo().load(false))
                .isInstanceOf(DemoRefusedException.class)
                .hasMessageContaining("数据库中已有记录")
                .hasMessageContaining("企业 42")
                .satisfies(e -> assertThat(((DemoRefusedException) e).existing()).containsEntry("enterprise", 42));

        assertThat(figures.counts()).isEqualTo(before);
        assertThat(figures.auditEntries(DemoService.AUDIT_TABLE)).isEqualTo(1);
    }

    @Test
    void replacingDeletesTheRecordsAndLoadsTheDemoAgain() {
        LoadResult first = services.demo().load(false);

        LoadResult second = services.demo().load(true);

        assertThat(second.replaced()).containsEntry("enterprise", first.counts().get("enterprise"))
                .containsEntry("period_stat", first.counts().get("period_stat"));
        assertThat(second.counts()).isEqualTo(first.counts());
        assertThat(figures.counts()).containsAllEntriesOf(first.counts());
        // the wipe and the second load are both in the audit log, which is never wiped
        assertThat(figures.auditEntries(DemoService.AUDIT_TABLE)).isEqualTo(3);
    }

    @Test
    void aWrongCheckDigitAbortsTheLoadNamingFileAndLineAndLeavesTheLedgerEmpty() throws IOException {
        Path copy = copyOfTheDemo();
        List<String> lines = Files.readAllLines(copy.resolve(DemoFiles.PATENTS), StandardCharsets.UTF_8);
        String number = lines.get(4).substring(0, lines.get(4).indexOf(','));
        char check = number.charAt(number.length() - 1);
        String wrong = number.substring(0, number.length() - 1) + (check == '1' ? '2' : '1');
        lines.set(4, wrong + lines.get(4).substring(number.length()));
        Files.write(copy.resolve(DemoFiles.PATENTS), lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> services.demo().load(DemoSource.directory(copy), false, LoadProgress.NONE))
                .isInstanceOf(DemoException.class)
                .hasMessageStartingWith("patents.csv 第 5 行：");

        assertThat(services.demo().ledgerIsEmpty()).isTrue();
        assertThat(services.parks().selectedPark()).isEmpty();
    }

    @Test
    void aFaultFoundWhileReplacingKeepsTheRecordsThatWereThere() throws IOException {
        services.demo().load(false);
        Map<String, Integer> before = figures.counts();
        Path copy = copyOfTheDemo();
        List<String> lines = Files.readAllLines(copy.resolve(DemoFiles.ENTERPRISES), StandardCharsets.UTF_8);
        // a name longer than its column passes every check of the files and fails only in the database
        lines.set(3, lines.get(3).replace("有限公司,", "有限公司" + "很长".repeat(120) + ","));
        Files.write(copy.resolve(DemoFiles.ENTERPRISES), lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> services.demo().load(DemoSource.directory(copy), true, LoadProgress.NONE))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("已全部撤销");

        assertThat(figures.counts()).isEqualTo(before);
    }

    @Test
    void aReferenceToAnUnknownEnterpriseNamesItsFileAndLine() throws IOException {
        Path copy = copyOfTheDemo();
        Files.writeString(copy.resolve(DemoFiles.TITLES), "\uFEFFuscc,title,awarded_on,expires_on,certificate_no\n"
                + "91370402MA3C00000X,HIGH_TECH,2024-01-01,,\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> services.demo().load(DemoSource.directory(copy), false, LoadProgress.NONE))
                .hasMessageStartingWith("titles.csv 第 2 行：");
    }

    @Test
    void progressRunsFromZeroToTheEnd() {
        List<long[]> steps = new java.util.ArrayList<>();

        services.demo().load(DemoSource.bundled(), false, (done, total) -> steps.add(new long[] {done, total}));

        assertThat(steps.get(0)[0]).isZero();
        assertThat(steps.get(steps.size() - 1)[0]).isEqualTo(steps.get(steps.size() - 1)[1]);
        assertThat(steps).extracting(step -> step[0]).isSorted();
    }

    private Path copyOfTheDemo() throws IOException {
        Path copy = Files.createDirectories(folder.resolve("demo"));
        for (String file : DemoFiles.HEADERS.keySet()) {
            try (InputStream in = DemoSource.bundled().open(file)) {
                Files.copy(in, copy.resolve(file));
            }
        }
        return copy;
    }
}
