package org.ecopark.ledger.logic.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.EnterpriseRepository;
import org.ecopark.ledger.persistence.LedgerTableCopy;
import org.ecopark.ledger.persistence.ReceivedPackageRepository;
import org.ecopark.ledger.persistence.TestServer;
import org.ecopark.ledger.persistence.jooq.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole ledger copied between a file and a PostgreSQL server (the tests on the server are skipped without one, see
 * {@link TestServer}) and between files: every row of every table arrives, ids kept, the target's sums pass the check,
 * a record saved afterwards gets a fresh id; a target holding data is refused untouched; a copy failing midway leaves
 * no target behind.
 */
class LedgerCopyServiceTest {

    @TempDir
    Path folder;

    private final LedgerCopyService copier = new LedgerCopyService();
    private final List<ServerAddress> made = new ArrayList<>();
    private Path park;

    @BeforeEach
    void demoPark() {
        I18n.setLocale(I18n.CHINESE);
        park = folder.resolve("park");
        try (Services services = Services.open(park)) {
            services.demo().load(false);
        }
    }

    @AfterEach
    void dropDatabases() {
        made.forEach(TestServer::drop);
    }

    @Test
    void fileToServerAndBackKeepsEveryRowAndIdAndPassesTheCheck() {
        ServerAddress server = database(TestServer.emptyDatabase());
        Path back = folder.resolve("back");

        LedgerCopyResult there = copier.copy(file(park), server(server), CopyProgress.NONE);
        LedgerCopyResult home = copier.copy(server(server), file(back), CopyProgress.NONE);

        assertThat(there.outcome().verified()).isTrue();
        assertThat(home.outcome().verified()).isTrue();
        Map<String, List<String>> original = rowsOf(park);
        assertThat(original.get("enterprise")).isNotEmpty();
        assertThat(original.get("period_stat")).isNotEmpty();
        try (Database onServer = Database.openServer(server, TestServer.password())) {
            assertThat(LedgerRows.of(onServer)).isEqualTo(original);
            // the triggers' notes of the copied records are not left beside the copied sums
            assertThat(onServer.dsl().fetchCount(Tables.DERIVED_CHANGE)).isZero();
        }
        assertThat(rowsOf(back)).isEqualTo(original);
        try (Services services = Services.open(back)) {
            assertThat(services.check().check().clean()).isTrue();
        }
    }

    /**
     * A bureau's received zip (H2 keeps it as a BLOB, PostgreSQL as BYTEA) arrives on the server and back byte for
     * byte, and still reads as the file that was received.
     */
    @Test
    void aBureausReceivedZipArrivesOnTheServerAndBackByteForByte() throws Exception {
        Path bureauFile = folder.resolve("bureau");
        Path zip;
        try (SubmissionFixture sender = SubmissionFixture.inMemory("copy-sender")) {
            zip = sender.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ_2025.zip"));
            Path key = sender.publicKeyFile(folder.resolve("ZZSZ.json"));
            try (Services bureau = Services.open(bureauFile)) {
                bureau.bureau().init("枣庄市生态环境局", "枣庄市");
                bureau.parkKeys().register(key.toString(), null);
                assertThat(bureau.packageIntake().receive(zip).kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
            }
        }
        ServerAddress server = database(TestServer.emptyDatabase());
        Path back = folder.resolve("bureau-back");

        assertThat(copier.copy(file(bureauFile), server(server), CopyProgress.NONE).outcome().verified()).isTrue();
        assertThat(copier.copy(server(server), file(back), CopyProgress.NONE).outcome().verified()).isTrue();

        Map<String, List<String>> original = rowsOf(bureauFile);
        assertThat(original.get("received_package")).hasSize(1);
        try (Database onServer = Database.openServer(server, TestServer.password())) {
            assertThat(LedgerRows.of(onServer)).isEqualTo(original);
        }
        assertThat(rowsOf(back)).isEqualTo(original);
        try (Database copied = Database.open(back)) {
            long id = copied.dsl().select(Tables.RECEIVED_PACKAGE.SUBMISSION_ID).from(Tables.RECEIVED_PACKAGE)
                    .fetchSingle().value1();
            assertThat(new ReceivedPackageRepository(copied.dsl()).readContent(id, InputStream::readAllBytes))
                    .hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(readAll(zip)));
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRecordSavedOnTheServerAfterTheCopyGetsAFreshId() {
        ServerAddress server = database(TestServer.emptyDatabase());
        copier.copy(file(park), server(server), CopyProgress.NONE);

        try (Database onServer = Database.openServer(server, TestServer.password())) {
            Long highest = onServer.dsl().select(org.jooq.impl.DSL.max(Tables.ENTERPRISE.ID)).from(Tables.ENTERPRISE)
                    .fetchOne().value1();
            long parkId = onServer.dsl().select(Tables.PARK.ID).from(Tables.PARK).limit(1).fetchOne().value1();
            Enterprise added = RecordFixtures.xinquan(parkId);
            added = new Enterprise(0, parkId, RecordFixtures.uscc("MA9X7WT2"), added.name() + "（复制后）",
                    added.shortName(), added.segment(), added.envRelated(), added.settledOn(), null,
                    added.contactPerson(), added.contactPhone(), added.address(), null, added.titles());

            long id = new EnterpriseRepository(onServer.dsl()).insert(added);

            assertThat(id).isGreaterThan(highest);
        }
        try (Services services = Services.openServer(server, TestServer.password())) {
            assertThat(services.check().check().clean()).isTrue();
        }
    }

    @Test
    void anEncryptedFileIsCopiedToAFileUnderTheSamePassword() {
        Path locked = folder.resolve("locked");
        try (Services services = Services.open(locked, LedgerPassword.of("geheim-1".toCharArray()),
                LedgerHolder.program())) {
            services.demo().load(false);
        }
        Path copy = folder.resolve("copy");

        copier.copy(new LedgerLocation.File(locked, LedgerPassword.of("geheim-1".toCharArray())),
                new LedgerLocation.File(copy, null), CopyProgress.NONE);

        assertThat(Services.encrypted(copy)).isTrue();
        try (Database original = Database.open(locked, LedgerPassword.of("geheim-1".toCharArray()).key());
             Database copied = Database.open(copy, LedgerPassword.of("geheim-1".toCharArray()).key())) {
            assertThat(LedgerRows.of(copied)).isEqualTo(LedgerRows.of(original));
        }
    }

    @Test
    void everyTableOfTheSchemaIsCopied() {
        Path copy = folder.resolve("copy");
        LedgerCopyResult result = copier.copy(file(park), file(copy), CopyProgress.NONE);

        try (Database copied = Database.open(copy)) {
            List<String> inDatabase = LedgerRows.tablesInDatabase(copied);
            assertThat(inDatabase).hasSizeGreaterThan(30);
            assertThat(LedgerTableCopy.tables()).containsExactlyInAnyOrderElementsOf(inDatabase);
            assertThat(result.outcome().tables()).extracting(table -> table.table())
                    .containsExactlyInAnyOrderElementsOf(inDatabase);
        }
    }

    @Test
    void progressNamesEveryTableInTurn() {
        List<String> steps = new ArrayList<>();
        copier.copy(file(park), file(folder.resolve("copy")), (message, done, all) -> steps.add(message));

        int tables = LedgerTableCopy.tables().size();
        assertThat(steps).hasSize(tables + 3); // opening, checking the source, each table, verifying
        assertThat(steps.get(2)).startsWith("正在复制表 ").contains("1/" + tables);
        assertThat(steps.get(tables + 1)).contains(tables + "/" + tables);
        assertThat(steps.get(tables + 2)).startsWith("正在核对");
    }

    @Test
    void aTargetFileHoldingALedgerIsRefusedAndLeftAsItWas() {
        Path other = folder.resolve("other");
        copier.copy(file(park), file(other), CopyProgress.NONE);
        Map<String, List<String>> before = rowsOf(other);

        assertThatThrownBy(() -> copier.copy(file(park), file(other), CopyProgress.NONE))
                .isInstanceOf(LedgerCopyException.class).hasMessageContaining("已存有台账数据");

        assertThat(rowsOf(other)).isEqualTo(before);
    }

    @Test
    void aServerDatabaseHoldingALedgerIsRefusedAndLeftAsItWas() {
        ServerAddress server = database(TestServer.emptyDatabase());
        copier.copy(file(park), server(server), CopyProgress.NONE);
        Map<String, List<String>> before;
        try (Database onServer = Database.openServer(server, TestServer.password())) {
            before = LedgerRows.of(onServer);
        }

        assertThatThrownBy(() -> copier.copy(file(park), server(server), CopyProgress.NONE))
                .isInstanceOf(LedgerCopyException.class).hasMessageContaining("已存有台账数据");

        try (Database onServer = Database.openServer(server, TestServer.password())) {
            assertThat(LedgerRows.of(onServer)).isEqualTo(before);
        }
    }

    @Test
    void aCopyToAFileFailingMidwayLeavesNoFile() throws java.io.IOException {
        Path copy = folder.resolve("copy");

        assertThatThrownBy(() -> copier.copy(file(park), file(copy), failingAt(10)))
                .hasMessageContaining("broken at table 10");

        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("copy"));
        }
    }

    @Test
    void aCopyToAnEmptyServerDatabaseFailingMidwayLeavesItEmpty() {
        ServerAddress server = database(TestServer.emptyDatabase());

        assertThatThrownBy(() -> copier.copy(file(park), server(server), failingAt(10)))
                .hasMessageContaining("broken at table 10");

        assertThat(tablesOn(server)).isZero();
    }

    @Test
    void aCopyToAMigratedServerDatabaseFailingMidwayLeavesItAsItWas() {
        ServerAddress server = database(TestServer.migratedDatabase());
        Map<String, List<String>> before;
        try (Database onServer = Database.openServer(server, TestServer.password())) {
            before = LedgerRows.of(onServer);
        }

        assertThatThrownBy(() -> copier.copy(file(park), server(server), failingAt(10)))
                .hasMessageContaining("broken at table 10");

        try (Database onServer = Database.openServer(server, TestServer.password())) {
            assertThat(LedgerRows.of(onServer)).isEqualTo(before);
        }
    }

    @Test
    void aLedgerIsNotCopiedOntoItself() {
        assertThatThrownBy(() -> copier.copy(file(park), file(folder.resolve("park.mv.db")), CopyProgress.NONE))
                .isInstanceOf(LedgerCopyException.class).hasMessageContaining("同一个台账");
    }

    @Test
    void aMissingSourceIsSaidSo() {
        Path nowhere = folder.resolve("nowhere");
        assertThatThrownBy(() -> copier.copy(file(nowhere), file(folder.resolve("copy")), CopyProgress.NONE))
                .isInstanceOf(LedgerCopyException.class).hasMessageContaining("没有台账");
        assertThat(Files.exists(Services.fileOf(nowhere))).isFalse();
    }

    private static CopyProgress failingAt(int table) {
        return (message, done, all) -> {
            if (done == table) {
                throw new IllegalStateException("broken at table " + table);
            }
        };
    }

    private ServerAddress database(ServerAddress address) {
        made.add(address);
        return address;
    }

    private static LedgerLocation file(Path path) {
        return new LedgerLocation.File(path, null);
    }

    private static LedgerLocation server(ServerAddress address) {
        return new LedgerLocation.Server(address, TestServer.password());
    }

    private static Map<String, List<String>> rowsOf(Path ledger) {
        try (Database database = Database.open(ledger)) {
            return LedgerRows.of(database);
        }
    }

    private static long tablesOn(ServerAddress server) {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:postgresql://" + server.hostAndPort() + "/"
                + server.database(), server.user(), new String(TestServer.password()));
             var count = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            count.next();
            return count.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
