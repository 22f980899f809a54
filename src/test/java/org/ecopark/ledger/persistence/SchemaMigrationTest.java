package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger whose schema is current opens without Flyway; any other is migrated by Flyway as before. */
class SchemaMigrationTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:_\\d+)*)__.+\\.sql");

    @TempDir
    Path folder;

    @Test
    void theNewestMigrationKnownWithoutScanningIsTheNewestFileOfBothFolders() throws Exception {
        List<String> versions = new ArrayList<>();
        for (String location : List.of("/db/migration", "/db/vendor/h2")) {
            try (Stream<Path> files = Files.list(resource(location))) {
                files.map(file -> MIGRATION.matcher(file.getFileName().toString())).filter(Matcher::matches)
                        .forEach(name -> versions.add(name.group(1).replace('_', '.')));
            }
        }
        assertThat(versions).hasSizeGreaterThan(5);
        String newest = versions.stream().max(SchemaMigration::compareVersions).orElseThrow();
        assertThat(SchemaMigration.NEWEST_MIGRATION).isEqualTo(newest);
    }

    @Test
    void everyVendorsFolderHoldsTheSameMigrationsSpelledItsWay() throws Exception {
        List<String> h2 = new ArrayList<>();
        List<String> postgresql = new ArrayList<>();
        for (var vendor : List.of(Map.entry("/db/vendor/h2", h2), Map.entry("/db/vendor/postgresql", postgresql))) {
            try (Stream<Path> files = Files.list(resource(vendor.getKey()))) {
                files.map(file -> file.getFileName().toString()).filter(name -> MIGRATION.matcher(name).matches())
                        .sorted().forEach(vendor.getValue()::add);
            }
        }
        // a migration missing in one folder would leave that database's schema without it
        assertThat(postgresql).isEqualTo(h2).contains("V1_4__packed_park_spans.sql", "V1_6__derived_change_triggers.sql");
    }

    @Test
    void aNewLedgerIsMadeByFlywayAsideAndOpensWithoutIt() {
        Path path = folder.resolve("ledger");
        try (Database created = Database.open(path)) {
            // made and migrated under a side name, then opened in place: that open finds it current
            assertThat(created.flywayRan()).isFalse();
            assertThat(created.schemaVersion()).isEqualTo(SchemaMigration.NEWEST_MIGRATION);
            new SettingsRepository(created.dsl()).put("selected.park", "ZZSZ");
        }
        try (Database reopened = Database.open(path)) {
            assertThat(reopened.flywayRan()).isFalse();
            assertThat(new SettingsRepository(reopened.dsl()).get("selected.park")).contains("ZZSZ");
        }
        try (Database inMemory = Database.inMemory("schema-" + System.nanoTime())) {
            assertThat(inMemory.flywayRan()).isTrue();
        }
    }

    @Test
    void anOlderLedgerIsMigratedByFlyway() throws Exception {
        Path path = folder.resolve("ledger");
        migrateTo(path, "1.5");
        try (Database database = Database.open(path)) {
            assertThat(database.flywayRan()).isTrue();
            assertThat(database.schemaVersion()).isEqualTo(SchemaMigration.NEWEST_MIGRATION);
        }
        assertThat(folder.resolve("ledger.backup-1.5.zip")).isRegularFile();
        try (Database database = Database.open(path)) {
            assertThat(database.flywayRan()).isFalse();
        }
    }

    @Test
    void aLedgerWithAFailedMigrationOrANewerOneIsLeftToFlyway() throws Exception {
        Path path = folder.resolve("ledger");
        Database.open(path).close();
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + path, "sa", "")) {
            assertThat(SchemaMigration.isCurrent(connection)).isTrue();
            try (var statement = connection.createStatement()) {
                statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                        + SchemaMigration.NEWEST_MIGRATION + "'");
            }
            assertThat(SchemaMigration.isCurrent(connection)).isFalse();
            try (var statement = connection.createStatement()) {
                statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE, \"version\" = '99.1' "
                        + "WHERE \"version\" = '" + SchemaMigration.NEWEST_MIGRATION + "'");
            }
            assertThat(SchemaMigration.isCurrent(connection)).isFalse();
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:no-history", "sa", "")) {
            assertThat(SchemaMigration.isCurrent(connection)).isFalse();
        }
    }

    @Test
    void versionsAreOrderedByTheirNumbers() {
        assertThat(SchemaMigration.compareVersions("1.10", "1.9")).isPositive();
        assertThat(SchemaMigration.compareVersions("1", "1.1")).isNegative();
        assertThat(SchemaMigration.compareVersions("1.7", "1.7")).isZero();
    }

    private static Path resource(String location) throws URISyntaxException {
        return Path.of(SchemaMigrationTest.class.getResource(location).toURI());
    }

    private static void migrateTo(Path path, String version) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + path);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(version).load().migrate();
    }
}
