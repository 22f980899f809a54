package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Park;
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
