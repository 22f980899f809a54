package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A received package's zip goes in from its file and comes back as a stream, byte for byte, on H2 and PostgreSQL. */
@ParameterizedClass
@EnumSource(Backend.class)
class ReceivedPackageRepositoryTest {

    /** Larger than the blocks H2 and the drivers move a stream in, so that a stream cut short would show. */
    private static final int SIZE = 3 * 1024 * 1024 + 17;

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private Database database;
    private ReceivedPackageRepository packages;
    private long park;

    @BeforeEach
    void open() {
        database = backend.open("received-packages");
        park = new ParkRepository(database.dsl()).save(RecordFixtures.ZZSZ);
        packages = new ReceivedPackageRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    private static byte[] randomBytes(long seed) {
        byte[] bytes = new byte[SIZE];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private long insert(byte[] content, String sha256) throws IOException {
        Path file = Files.write(folder.resolve(sha256.substring(0, 8) + ".zip"), content);
        ReceivedPackage received = new ReceivedPackage(0, park, RecordFixtures.ZZSZ.code(), "2025",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Instant.parse("2026-01-05T08:00:00Z"),
                Instant.parse("2026-01-06T09:30:00Z"), "市局", file.getFileName().toString(), sha256, "1.0",
                IntakeState.ACCEPTED, false, null, null, null, null);
        return database.dsl().transactionResult(configuration -> new ReceivedPackageRepository(
                org.jooq.impl.DSL.using(configuration)).insert(received, file, List.of(), Map.of("statistics", 3)));
    }

    @Test
    void aKeptZipIsReadBackByteForByteFromItsStream() throws IOException {
        byte[] first = randomBytes(1);
        byte[] second = randomBytes(2);
        long firstId = insert(first, "a".repeat(64));
        long secondId = insert(second, "b".repeat(64));

        assertThat(packages.readContent(firstId, InputStream::readAllBytes)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(first));
        assertThat(packages.readContent(secondId, InputStream::readAllBytes)).hasValueSatisfying(
                bytes -> assertThat(bytes).isEqualTo(second));
        assertThat(packages.counts(firstId)).containsEntry("statistics", 3);
    }

    @Test
    void aReaderGetsTheStreamAndWhatItMakesOfItIsReturned() throws IOException {
        byte[] content = randomBytes(3);
        long id = insert(content, "c".repeat(64));

        // read a block at a time, as a zip reader does: the whole length arrives
        long length = packages.readContent(id, zip -> {
            byte[] block = new byte[8192];
            long total = 0;
            for (int read = zip.read(block); read >= 0; read = zip.read(block)) {
                total += read;
            }
            return total;
        }).orElseThrow();
        assertThat(length).isEqualTo(SIZE);
    }

    @Test
    void noPackageReadsAsEmptyAndTheReadersFailureReachesTheCaller() throws IOException {
        long id = insert(randomBytes(4), "d".repeat(64));

        assertThat(packages.readContent(id + 1000, InputStream::readAllBytes)).isEmpty();
        assertThatThrownBy(() -> packages.readContent(id, zip -> {
            throw new IOException("not a zip");
        })).isInstanceOf(IOException.class).hasMessage("not a zip");
        // the session the failed read used is back in the pool, and the zip still reads
        assertThat(packages.readContent(id, zip -> zip.readNBytes(4))).hasValueSatisfying(
                bytes -> assertThat(bytes).hasSize(4));
    }
}
