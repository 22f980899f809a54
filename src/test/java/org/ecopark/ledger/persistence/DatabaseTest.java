package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.DriverManager;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Park;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void openingCreatesTheFolderTheFileAndTheSchema() {
        Path path = folder.resolve("nested/ledger");
        try (Database database = Database.open(path)) {
            assertThat(database.file()).isEqualTo(folder.resolve("nested/ledger.mv.db"));
            assertThat(database.schemaVersion()).isNotBlank();
        }
        assertThat(folder.resolve("nested/ledger.mv.db")).isRegularFile();
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Path path = folder.resolve("ledger");
        try (Database database = Database.open(path)) {
            new SettingsRepository(database.dsl()).put("selected.park", "ZZSZ");
        }
        try (Database database = Database.open(path.resolveSibling("ledger.mv.db"))) {
            assertThat(new SettingsRepository(database.dsl()).get("selected.park")).contains("ZZSZ");
        }
    }

    @Test
    void h2ToolsCanReadTheFileAsSaWithoutPassword() throws Exception {
        Path path = folder.resolve("ledger");
        Database.open(path).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isPositive();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedWithADatabaseException() throws Exception {
        Path path = folder.resolve("broken");
        Files.writeString(folder.resolve("broken.mv.db"), "this is not an H2 file");
        assertThatThrownBy(() -> Database.open(path)).isInstanceOf(DatabaseException.class);
    }

    @Test
    void aNewLedgerIsMigratedAsideAndALeftoverOfAnInterruptedCreationIsDiscarded() throws Exception {
        Path path = folder.resolve("ledger");
        Files.writeString(folder.resolve("ledger.new.mv.db"), "half of an interrupted first start");

        try (Database database = Database.open(path)) {
            assertThat(database.schemaVersion()).isNotBlank();
        }

        assertThat(folder.resolve("ledger.mv.db")).isRegularFile();
        assertThat(folder.resolve("ledger.new.mv.db")).doesNotExist();
    }

    @Test
    void anUpgradeKeepsACopyOfTheOldFile() throws Exception {
        Path path = folder.resolve("ledger");
        migrateTo(path, "1.2", "INSERT INTO app_setting VALUES ('selected.park', 'ZZSZ')");

        try (Database database = Database.open(path)) {
            assertThat(database.schemaVersion()).isNotEqualTo("1.2");
            assertThat(new SettingsRepository(database.dsl()).get("selected.park")).contains("ZZSZ");
        }
        assertThat(folder.resolve("ledger.backup-1.2.zip")).isRegularFile();
    }

    @Test
    void aFailedUpgradePutsTheOldFileBack() throws Exception {
        Path path = folder.resolve("ledger");
        // A table in the way of the next migration makes that migration fail.
        migrateTo(path, "1.2", "INSERT INTO app_setting VALUES ('selected.park', 'ZZSZ'); "
                + "CREATE TABLE stat_park_period (in_the_way INT)");

        assertThatThrownBy(() -> Database.open(path)).isInstanceOf(DatabaseException.class);

        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "");
             var statement = connection.createStatement();
             var history = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            history.next();
            assertThat(history.getString(1)).isEqualTo("1.2");
            assertThat(history.getBoolean(2)).isTrue();
            try (var setting = statement.executeQuery("SELECT COUNT(*) FROM app_setting WHERE setting_value = 'ZZSZ'")) {
                setting.next();
                assertThat(setting.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void anUpgradeFromRowsOfSpansPacksEachParksSpans() throws Exception {
        Path path = folder.resolve("ledger");
        migrateTo(path, "1.3", "INSERT INTO park (id, code, name, short_name, city) VALUES (7, 'P', '园区', 'P', '枣庄市'); "
                + "INSERT INTO enterprise (id, park_id, uscc, name, segment) VALUES (70, 7, '91370400MA3C5Y2X0B', '公司', 'SERVICE'); "
                + "INSERT INTO rd_staff (enterprise_id, name, full_time, joined_on, left_on) VALUES "
                + "(70, '甲', TRUE, DATE '2021-03-01', NULL), (70, '乙', TRUE, DATE '2021-03-01', NULL), "
                + "(70, '丙', TRUE, DATE '2023-07-01', DATE '2024-06-30'), (70, '丁', FALSE, DATE '2022-01-01', NULL)");

        try (Database database = Database.open(path)) {
            assertThat(IndicatorSummaries.storedSpans(database.dsl(), 7, IndicatorSummaries.STAFF).toSpans())
                    .containsExactly(new SpanQuery.Span(java.time.LocalDate.of(2021, 3, 1), null, 2),
                            new SpanQuery.Span(java.time.LocalDate.of(2023, 7, 1), java.time.LocalDate.of(2024, 6, 30), 1));
            assertThat(IndicatorSummaries.storedSpans(database.dsl(), 7, IndicatorSummaries.PATENT).size()).isZero();
        }
    }

    @Test
    void anUpgradeFromARowPerEnterprisesYearPacksTheYearlySumsAsTheFiguresGiveThem() throws Exception {
        Path path = folder.resolve("ledger");
        // the old rows are even wrong (a writer of an older program may have left them so): the figures decide
        migrateTo(path, "1.14", List.of("classpath:db/migration", "classpath:db/vendor/h2"),
                "INSERT INTO park (id, code, name, short_name, city) VALUES (7, 'P', '园区', 'P', '枣庄市'); "
                + "INSERT INTO enterprise (id, park_id, uscc, name, segment) VALUES (70, 7, '91370400MA3C5Y2X0B', '甲', 'SERVICE'); "
                + "INSERT INTO enterprise (id, park_id, uscc, name, segment) VALUES (71, 7, '91370400MA3C5Y2X1K', '乙', 'SERVICE'); "
                + "INSERT INTO period_stat (enterprise_id, metric_id, period_type, period_start, period_end, stat_value, source) "
                + "SELECT 70, id, 'MONTH', DATE '2024-01-01', DATE '2024-01-31', 10.5, 'FORM' FROM metric WHERE code = 'OUTPUT_VALUE'; "
                + "INSERT INTO period_stat (enterprise_id, metric_id, period_type, period_start, period_end, stat_value, source) "
                + "SELECT 70, id, 'MONTH', DATE '2024-02-01', DATE '2024-02-29', 4, 'FORM' FROM metric WHERE code = 'OUTPUT_VALUE'; "
                + "INSERT INTO period_stat (enterprise_id, metric_id, period_type, period_start, period_end, stat_value, source) "
                + "SELECT 71, id, 'MONTH', DATE '2025-03-01', DATE '2025-03-31', 2.25, 'FORM' FROM metric WHERE code = 'OUTPUT_VALUE'; "
                + "DELETE FROM stat_enterprise_year; "
                + "INSERT INTO stat_enterprise_year (park_id, metric_id, stat_year, enterprise_id, total) "
                + "SELECT 7, id, 2024, 70, 999 FROM metric WHERE code = 'OUTPUT_VALUE'");

        try (Database database = Database.open(path)) {
            long output = database.dsl().select(org.ecopark.ledger.persistence.jooq.Tables.METRIC.ID)
                    .from(org.ecopark.ledger.persistence.jooq.Tables.METRIC)
                    .where(org.ecopark.ledger.persistence.jooq.Tables.METRIC.CODE.eq("OUTPUT_VALUE")).fetchOne(0, Long.class);
            assertThat(new EnterpriseYearSums(database.dsl()).ofPark(7)).containsExactlyInAnyOrder(
                    new EnterpriseYearSums.Sum(7, output, 2024, 70, new java.math.BigDecimal("14.5000")),
                    new EnterpriseYearSums.Sum(7, output, 2025, 71, new java.math.BigDecimal("2.2500")));
            assertThat(new DerivedDataCheck(database.dsl()).differences()).isEmpty();
        }
    }

    @Test
    void anUpgradeKeepsEachReceivedZipByteForByteInABlob() throws Exception {
        Path path = folder.resolve("bureau");
        migrateTo(path, "1.15", List.of("classpath:db/migration", "classpath:db/vendor/h2"),
                "INSERT INTO park (id, code, name, short_name, city) VALUES (7, 'P', '园区', 'P', '枣庄市'); "
                + "INSERT INTO submission (id, park_id, period_code, created_at, file_name, sha256, direction, imported_at, "
                + "intake_state) VALUES (5, 7, '2025', TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00', 'P_2025.zip', '"
                + "e".repeat(64) + "', 'IMPORT', TIMESTAMP WITH TIME ZONE '2026-01-06 09:00:00+00', 'ACCEPTED'); "
                + "INSERT INTO received_package (submission_id, content) VALUES (5, X'504b0304ff00fe7f')");

        try (Database database = Database.open(path)) {
            assertThat(new ReceivedPackageRepository(database.dsl()).readContent(5, java.io.InputStream::readAllBytes))
                    .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(
                            0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xfe, 0x7f));
            assertThat(database.dsl().fetchValue("SELECT data_type FROM information_schema.columns "
                    + "WHERE table_name = 'RECEIVED_PACKAGE' AND column_name = 'CONTENT'")).isEqualTo("BINARY LARGE OBJECT");
        }
    }

    /** A ledger file as an older version of the program left it, with some statements run on it. */
    private static void migrateTo(Path path, String version, String statements) throws Exception {
        migrateTo(path, version, List.of("classpath:db/migration"), statements);
    }

    /** As {@link #migrateTo(Path, String, String)}, with the migrations of {@code locations}. */
    private static void migrateTo(Path path, String version, List<String> locations, String statements) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + path);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).target(version).load()
                    .migrate();
            for (String sql : statements.split("; ")) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void aDatabaseAskedToCompactOnCloseLeavesASmallerFileThatOpensWithItsRows() throws Exception {
        long plain = fileSizeAfterChurn(folder.resolve("plain"), false);
        long compacted = fileSizeAfterChurn(folder.resolve("compacted"), true);

        assertThat(compacted).isLessThan(plain);
        try (Database database = Database.open(folder.resolve("compacted"))) {
            assertThat(new SettingsRepository(database.dsl()).get("kept.299")).contains("y".repeat(500));
        }
    }

    /** Writes and deletes rows in many small commits, as a bulk writer does, keeps a few, and closes. */
    private static long fileSizeAfterChurn(Path path, boolean compact) throws Exception {
        try (Database database = Database.open(path)) {
            SettingsRepository settings = new SettingsRepository(database.dsl());
            for (int i = 0; i < 3000; i++) {
                settings.put("churn." + i, "x".repeat(500));
            }
            for (int i = 0; i < 3000; i++) {
                settings.remove("churn." + i);
            }
            for (int i = 0; i < 300; i++) {
                settings.put("kept." + i, "y".repeat(500));
            }
            if (compact) {
                database.compactOnClose();
            }
        }
        return Files.size(Path.of(path + ".mv.db"));
    }

    @Test
    void parksAreSavedWithTheirClusterAndUpdatedByCode() {
        try (Database database = Database.inMemory("parks-" + System.nanoTime())) {
            ParkRepository parks = new ParkRepository(database.dsl());
            parks.saveCluster(new Cluster(0, "QD", "青岛生态环保产业集群", "青岛市", true));
            long id = parks.save(new Park(0, "QDSH", "青岛上合生态环保产业特色园区", "青岛上合", "青岛市", "胶州市", "QD", "节能降碳", true));
            long again = parks.save(new Park(0, "QDSH", "青岛上合生态环保产业特色园区", "上合", "青岛市", "胶州市", "QD", "节能降碳", true));

            assertThat(again).isEqualTo(id);
            assertThat(parks.findByCode("QDSH")).get()
                    .extracting(Park::shortName, Park::clusterCode).containsExactly("上合", "QD");
        }
    }

    @Test
    void aRollbackLeavesNothingBehind() {
        try (Database database = Database.inMemory("rollback-" + System.nanoTime())) {
            UnitOfWork work = new UnitOfWork(database);
            assertThatThrownBy(() -> work.inTransaction(repositories -> {
                repositories.settings().put("language", "en");
                throw new IllegalStateException("second step failed");
            })).hasMessageContaining("second step failed");
            assertThat(work.read().settings().get("language")).isEmpty();
        }
    }
}
