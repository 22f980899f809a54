package org.ecopark.ledger.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.catalog.CatalogFile;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.logic.catalog.CatalogSource;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.collection.ImportOptions;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.logic.collection.TemplateLayout;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.ecopark.ledger.persistence.LedgerSnapshot;
import org.ecopark.ledger.persistence.ReleaseFixtures;
import org.ecopark.ledger.testing.Workbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of backup restored: what the ledger held when the backup was made comes back record for record (rows per
 * table and the park's digest), and the ledger check finds its derived data exact. Every test changes the ledger after
 * its backup, so that the restore has something to undo, and restores as {@code restore FILE} does, into the closed
 * ledger.
 */
class RestoreTest {

    private static final String PARK = "ZZSZ";
    private static final StatPeriod Q3_2025 = StatPeriod.quarter(2025, 3);

    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T01:15:00Z"), ZoneId.of("Asia/Shanghai"));
    private Path ledger;

    @BeforeAll
    static void loadTheDemoOnce() {
        demo = shared.resolve("demo/ledger");
        try (Services services = Services.open(demo, RecordFixtures.CLOCK)) {
            services.demo().load(false);
        }
    }

    @BeforeEach
    void copyOfTheDemo() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        Files.copy(LedgerArchive.file(demo), LedgerArchive.file(ledger));
    }

    @Test
    void aBackupByHandComesBackWhole() {
        BackupEntry backup = backUp(services -> services.backups().backup(BackupReason.MANUAL));
        LedgerSnapshot backedUp = LedgerSnapshot.of(ledger, PARK);
        change(this::addJuheng);

        assertRestored(restore(backup), backedUp);
    }

    @Test
    void theDailyBackupOnCloseComesBackWhole() {
        BackupEntry backup = backUp(services -> services.backups().onClose().orElseThrow());
        LedgerSnapshot backedUp = LedgerSnapshot.of(ledger, PARK);
        change(this::addJuheng);

        assertRestored(restore(backup), backedUp);
    }

    @Test
    void theBackupBeforeTheDemoReplacedTheRecordsBringsThemBack() {
        change(this::addJuheng);
        LedgerSnapshot beforeTheDemo = LedgerSnapshot.of(ledger, PARK);
        BackupEntry backup = backUp(services -> {
            services.demo().load(true);
            return only(services, BackupReason.BEFORE_DEMO);
        });

        assertRestored(restore(backup), beforeTheDemo);
    }

    @Test
    void theBackupBeforeAReimportBringsBackTheValueTheReimportReplaced() throws Exception {
        Path workbook = folder.resolve("收件");
        String[] metric = new String[1];
        change(services -> {
            Enterprise juheng = addJuheng(services);
            Park park = services.parks().selectedPark().orElseThrow();
            Path file = services.collection().templates().generate(park, Q3_2025, Optional.of(juheng.uscc()), false,
                    false, workbook, CollectionProgress.NONE, () -> false).get(0);
            Workbooks.edit(file, book -> {
                var row = book.getSheetAt(0).getRow(TemplateLayout.FIRST_DATA_ROW);
                metric[0] = row.getCell(TemplateLayout.COL_METRIC_CODE).getStringCellValue();
                row.getCell(TemplateLayout.COL_VALUE).setCellValue(5100);
            });
            ImportService imports = services.collection().imports();
            imports.commit(analyse(imports, park, file), Map.of(), false, CollectionProgress.NONE, () -> false);
            // corrected in the form afterwards: the value the re-import will replace
            services.records().statistics().save(juheng.id(), Q3_2025, Map.of(metric[0], new BigDecimal("5300")), Map.of());
            return null;
        });
        LedgerSnapshot corrected = LedgerSnapshot.of(ledger, PARK);
        BackupEntry backup = backUp(services -> {
            Park park = services.parks().selectedPark().orElseThrow();
            ImportService imports = services.collection().imports();
            try (var files = Files.list(workbook)) {
                ImportPlan again = analyse(imports, park, files.findFirst().orElseThrow());
                assertThat(again.isReimport()).isTrue();
                imports.commit(again, Map.of(), true, CollectionProgress.NONE, () -> false);
            }
            return only(services, BackupReason.BEFORE_IMPORT);
        });
        assertThat(LedgerSnapshot.of(ledger, PARK)).isNotEqualTo(corrected);

        assertRestored(restore(backup), corrected);
    }

    @Test
    void theCopyBeforeAnUpgradeComesBackMigratedFromAnOlderSchema() {
        ledger = ReleaseFixtures.unpack("0.1.0", folder.resolve("0.1.0"));
        LedgerSnapshot asReleased = LedgerSnapshot.of(ledger, PARK);
        BackupEntry backup = backUp(services -> {
            addJuheng(services);
            return only(services, BackupReason.UPGRADE);
        });
        assertThat(backup.file()).isEqualTo(folder.resolve("0.1.0/ledger.backup-1.4.zip"));
        assertThat(backup.label().schemaVersion()).isEqualTo("1.4");

        RestoreResult result = restore(backup);

        assertRestored(result, asReleased);
        assertThat(result.restored().schemaVersion()).isNotEqualTo("1.4").isEqualTo(LedgerSnapshot.of(ledger).schemaVersion());
        assertThat(folder.resolve("0.1.0")).isDirectoryNotContaining("glob:**/ledger.restoring*");
    }

    @Test
    void theBackupBeforeTheGeneratorStartedAnInterruptedParkAgainHoldsThatParkAsItWasLeft() {
        long seed = 77;
        change(services -> {
            services.generator().generate(2, 1, seed);
            long park = services.parks().parks().stream().filter(p -> p.code().equals("SYN77")).findFirst().orElseThrow().id();
            TestLedgers.unitOfWork(services).inTransaction(repositories -> {
                repositories.parks().startLoad(park); // as a run killed part way leaves it
                return null;
            });
            return null;
        });
        LedgerSnapshot interrupted = LedgerSnapshot.of(ledger, PARK, "SYN77");
        BackupEntry backup = backUp(services -> {
            services.generator().generate(2, 1, seed);
            assertThat(services.check().check().unfinishedParks()).isEmpty();
            return only(services, BackupReason.BEFORE_GENERATE);
        });

        RestoreResult result = restore(backup);

        assertRestored(result, interrupted);
        try (Services services = open()) {
            assertThat(services.check().check().unfinishedParks()).containsExactly("SYN77");
        }
    }

    @Test
    void theBackupBeforeANewerPlanCatalogBringsBackTheTargetsItChanged() throws Exception {
        ObjectNode catalog;
        try (InputStream in = RestoreTest.class.getResourceAsStream(CatalogFile.SHIPPED.get(0))) {
            catalog = (ObjectNode) new ObjectMapper().readTree(in);
        }
        catalog.put("catalogVersion", catalog.get("catalogVersion").asInt() + 1);
        catalog.get("targets").forEach(target -> {
            if (target.get("code").asText().equals("ZZSZ-T02")) {
                ((ObjectNode) target).put("value", 65);
            }
        });
        Path v2 = Files.writeString(folder.resolve("sd-311-v2.json"), new ObjectMapper().writeValueAsString(catalog));
        BackupEntry backup = backUp(services -> {
            new CatalogService(TestLedgers.unitOfWork(services), services.backups()).installOrUpgrade(CatalogSource.file(v2));
            assertThat(revenueTarget(services)).isEqualByComparingTo("65");
            return only(services, BackupReason.BEFORE_PLAN);
        });

        restore(backup);

        try (Services services = open()) {
            assertThat(revenueTarget(services)).isEqualByComparingTo("60");
            assertThat(services.targets().plans().get(0).catalogVersion()).isEqualTo(2);
        }
    }

    @Test
    void theLedgerARestoreReplacedIsKeptAndComesBackToo() {
        BackupEntry byHand = backUp(services -> services.backups().backup(BackupReason.MANUAL));
        change(this::addJuheng);
        LedgerSnapshot withJuheng = LedgerSnapshot.of(ledger, PARK);

        BackupEntry kept = restore(byHand).kept();
        assertThat(kept.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
        assertThat(kept.label().counts()).isEqualTo(withJuheng.counts());

        assertRestored(restore(kept), withJuheng);
    }

    @Test
    void aDamagedBackupOrAnotherZipIsRefusedAndTheLedgerStaysAsItWas() throws Exception {
        BackupEntry backup = backUp(services -> services.backups().backup(BackupReason.MANUAL));
        byte[] bytes = Files.readAllBytes(backup.file());
        Path truncated = Files.write(folder.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path other = folder.resolve("other.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("ledger.mv.db"));
            zip.write("not a ledger".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        LedgerSnapshot before = LedgerSnapshot.of(ledger, PARK);
        RestoreService restores = ClosedLedger.read(ledger, clock).restores();

        assertThat(catchThrowableOfType(() -> restores.prepare(truncated), BackupException.class))
                .hasMessage(truncated + " 不是园区台账的备份，或文件已损坏；台账没有改动。");
        assertThat(catchThrowableOfType(() -> restores.prepare(other), BackupException.class))
                .hasMessage("备份 " + other + " 无法作为台账打开（文件可能已损坏，或来自更新版本的程序）；台账没有改动。");
        assertThat(LedgerSnapshot.of(ledger, PARK)).isEqualTo(before);
        assertThat(folder).isDirectoryNotContaining("glob:**/ledger.restoring*");
    }

    private interface Work<T> {
        T on(Services services) throws Exception;
    }

    /** Opens the ledger, lets {@code work} make a backup (and change the ledger), closes it. */
    private BackupEntry backUp(Work<BackupEntry> work) {
        try (Services services = open()) {
            return work.on(services);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Opens the ledger, lets {@code work} change it, closes it. */
    private void change(Work<?> work) {
        try (Services services = open()) {
            work.on(services);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Services open() {
        return Services.open(ledger, clock);
    }

    /** Restores as {@code restore FILE} does: into the closed ledger, its file kept as a backup first. */
    private RestoreResult restore(BackupEntry backup) {
        ClosedLedger closed = ClosedLedger.read(ledger, clock);
        return closed.restores().complete(closed.restores().prepare(backup.file()), closed.state());
    }

    private void assertRestored(RestoreResult result, LedgerSnapshot expected) {
        String[] parks = expected.digests().keySet().toArray(String[]::new);
        assertThat(LedgerSnapshot.of(ledger, parks).records()).isEqualTo(expected.records());
        assertThat(result.restored().counts()).isEqualTo(expected.counts());
        try (Services services = open()) {
            LedgerCheck check = services.check().check();
            assertThat(check.derived()).as("derived data after the restore").isEmpty();
            assertThat(check.evaluations()).as("figures shown after the restore").isEmpty();
        }
    }

    private static BackupEntry only(Services services, BackupReason reason) {
        List<BackupEntry> made = services.backups().list().stream().filter(entry -> entry.reason() == reason).toList();
        assertThat(made).hasSize(1);
        return made.get(0);
    }

    private Enterprise addJuheng(Services services) {
        long park = services.parks().selectedPark().orElseThrow().id();
        return services.records().enterprises().save(RecordFixtures.juheng(park), Map.of()).record();
    }

    private static ImportPlan analyse(ImportService imports, Park park, Path file) {
        return imports.analyse(List.of(file), new ImportOptions(park, null), CollectionProgress.NONE, () -> false).get(0);
    }

    private static BigDecimal revenueTarget(Services services) {
        return services.targets().find("SD311", "ZZSZ-T02").orElseThrow().value();
    }
}
