package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.ecopark.ledger.model.ServerAddress;
import org.junit.jupiter.api.Test;

/** How a scenario's JVM is told which ledger to work on, and how the copies on a server are named. */
class BenchLedgerTest {

    @Test
    void aScenariosArgumentNamesAFileOrADatabaseOnAServerWithoutThePassword() {
        BenchLedger.ServerCopy server = new BenchLedger.ServerCopy(
                new ServerAddress("localhost", 5499, "ecopark_bench_42_200x5", "ecopark_test"), "postgres");
        Path file = Path.of("target", "bench", "park-200x5.mv.db");

        assertThat(server.argument())
                .isEqualTo("postgresql://localhost:5499/ecopark_bench_42_200x5?user=ecopark_test&admin=postgres");
        assertThat(BenchLedger.of(server.argument())).isEqualTo(server);
        assertThat(BenchLedger.of(new BenchLedger.FileCopy(file).argument())).isEqualTo(new BenchLedger.FileCopy(file));
        assertThat(server.server().admin().database()).isEqualTo("postgres");
        assertThat(BenchLedger.of(server.argument()).database()).isEqualTo(BenchLedger.POSTGRESQL);
        assertThat(BenchLedger.of(file.toString()).database()).isEqualTo(BenchLedger.H2);
    }

    @Test
    void aCopyOnTheServerIsNamedAfterThePark() {
        assertThat(BenchServer.parkOf("ecopark_bench_42_200x5")).isEqualTo("ecopark_bench_42_200x5");
        assertThat(BenchServer.parkOf("ecopark_bench_42_200x5_import_prepare")).isEqualTo("ecopark_bench_42_200x5");
        assertThat(BenchServer.namePart("Import-Floor 2")).isEqualTo("import_floor_2");
        assertThatThrownBy(() -> BenchServer.parkOf("ledger")).isInstanceOf(IllegalArgumentException.class);
    }
}
