package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.testing.Folders;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each fault of a ledger file comes out of the database as the program's own exception naming it, and leaves the
 * file as it was: nothing half-written, no stray file beside it. Faults a test cannot cause for real here are
 * raised by {@link FaultyDisk}, as the system raises them.
 */
class DatabaseFaultTest {

    @TempDir
    Path folder;

    private final ReadOnlyFiles readOnly = new ReadOnlyFiles();

    @AfterEach
    void restore() {
        readOnly.restore();
        FaultyDisk.heal(folder);
    }

    @Test
    void aLedgerAnotherProgramHoldsIsInUseAndNoTraceFileIsLeftBesideIt() throws Exception {
        Path ledger = folder.resolve("ledger");
        Database.open(ledger).close();
        try (FileChannel channel = FileChannel.open(folder.resolve("ledger.mv.db"), StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            assertThat(lock.isValid()).isTrue();
            assertThatThrownBy(() -> Database.open(ledger)).isInstanceOfSatisfying(DatabaseException.class,
                    error -> assertThat(error.fault()).contains(LedgerFault.IN_USE));
        }
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aDamagedFileIsRefusedAndLeftUntouched() throws Exception {
        Path file = folder.resolve("ledger.mv.db");
        Database.open(folder.resolve("ledger")).close();
        byte[] damaged = Files.readAllBytes(file);
        for (int i = 0; i < damaged.length; i += 7) {
            damaged[i] ^= 0x5a;
        }
        Files.write(file, damaged);

        assertThatThrownBy(() -> Database.open(folder.resolve("ledger"))).isInstanceOfSatisfying(DatabaseException.class,
                error -> assertThat(error.fault()).contains(LedgerFault.DAMAGED));
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aFileThatIsNoLedgerAtAllIsDamaged() throws Exception {
        Files.writeString(folder.resolve("notes.mv.db"), "this is not an H2 file");
        assertThatThrownBy(() -> Database.open(folder.resolve("notes"))).isInstanceOfSatisfying(DatabaseException.class,
                error -> assertThat(error.fault()).contains(LedgerFault.DAMAGED));
        assertThat(folder.resolve("notes.mv.db")).hasContent("this is not an H2 file");
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedAndNothingIsMade() throws Exception {
        Files.writeString(folder.resolve("2025"), "a file where the ledger's folder should be");
        assertThatThrownBy(() -> Database.open(folder.resolve("2025/ledger"))).isInstanceOfSatisfying(
                DatabaseException.class, error -> {
                    assertThat(error.fault()).contains(LedgerFault.FOLDER_NOT_CREATED);
                    assertThat(error.atOpen()).isTrue();
                });
        assertThat(Folders.names(folder)).containsExactly("2025");
    }

    @Test
    void aNewLedgerInAFolderThatMayNotBeWrittenIsRefusedAndLeavesNothing() {
        Path shelf = folder.resolve("shelf");
        FaultyDisk.fail(folder, FaultyDisk.Fault.READ_ONLY);
        assertThatThrownBy(() -> FaultyDisk.open(shelf.resolve("ledger"))).isInstanceOfSatisfying(DatabaseException.class,
                error -> assertThat(error.fault()).contains(LedgerFault.READ_ONLY_FOLDER));
        assertThat(shelf).isEmptyDirectory();
    }

    @Test
    void aNewLedgerInAFolderReadOnlyForRealIsRefusedAndLeavesNothing() throws Exception {
        Path shelf = Files.createDirectory(folder.resolve("shelf"));
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnly.makeReadOnly(shelf),
                "this machine cannot make a folder read-only for this user; the FaultyDisk test covers it");
        assertThatThrownBy(() -> Database.open(shelf.resolve("ledger"))).as(readOnly.how(shelf))
                .isInstanceOfSatisfying(DatabaseException.class,
                        error -> assertThat(error.fault()).contains(LedgerFault.READ_ONLY_FOLDER));
        assertThat(shelf).isEmptyDirectory();
    }

    @Test
    void aReadOnlyFileOpensReadOnlyAndAWriteIsRefusedAsReadOnly() throws Exception {
        Path ledger = folder.resolve("ledger");
        try (Database database = Database.open(ledger)) {
            new SettingsRepository(database.dsl()).put("selected.park", "ZZSZ");
        }
        byte[] before = Files.readAllBytes(folder.resolve("ledger.mv.db"));
        FaultyDisk.fail(folder, FaultyDisk.Fault.READ_ONLY);
        try (Database database = FaultyDisk.open(ledger)) {
            assertThat(database.readOnly()).isTrue();
            assertThat(new SettingsRepository(database.dsl()).get("selected.park")).contains("ZZSZ");
            assertThatThrownBy(() -> new UnitOfWork(database).inTransaction(
                    repositories -> { repositories.settings().put("selected.park", "JNGX"); return null; }))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            error -> assertThat(error.fault()).contains(LedgerFault.READ_ONLY_FILE));
        }
        assertThat(Files.readAllBytes(folder.resolve("ledger.mv.db"))).isEqualTo(before);
    }

    @Test
    void aFileReadOnlyForRealOpensReadOnly() throws Exception {
        Path ledger = folder.resolve("ledger");
        Database.open(ledger).close();
        Path file = folder.resolve("ledger.mv.db");
        org.junit.jupiter.api.Assumptions.assumeTrue(readOnly.makeReadOnly(file),
                "this machine cannot make a file read-only for this user; the FaultyDisk test covers it");
        try (Database database = Database.open(ledger)) {
            assertThat(database.readOnly()).as(readOnly.how(file)).isTrue();
            assertThatThrownBy(() -> new SettingsRepository(database.dsl()).put("selected.park", "JNGX"))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            error -> assertThat(error.fault()).contains(LedgerFault.READ_ONLY_FILE));
        }
    }

    @Test
    void aFullDiskAtTheCommitLosesOnlyThatChangeAndStopsTheLedger() throws Exception {
        Path ledger = folder.resolve("ledger");
        List<DatabaseException> stops = new ArrayList<>();
        try (Database database = FaultyDisk.open(ledger)) {
            database.onStopped(stops::add);
            UnitOfWork unitOfWork = new UnitOfWork(database);
            unitOfWork.inTransaction(repositories -> { repositories.settings().put("selected.park", "ZZSZ"); return null; });
            FaultyDisk.fail(folder, FaultyDisk.Fault.FULL);

            assertThatThrownBy(() -> unitOfWork.inTransaction(
                    repositories -> { repositories.settings().put("selected.park", "JNGX"); return null; }))
                    .isInstanceOfSatisfying(NotDurableException.class, error -> {
                        assertThat(error.fault()).contains(LedgerFault.DISK_FULL);
                        assertThat(error.written()).isFalse();
                    });
            assertThatThrownBy(() -> new SettingsRepository(database.dsl()).put("x", "y"))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            error -> assertThat(error.fault()).contains(LedgerFault.DISK_FULL));
        }
        assertThat(stops).singleElement().satisfies(stop -> assertThat(stop.fault()).contains(LedgerFault.DISK_FULL));
        FaultyDisk.heal(folder);
        try (Database database = Database.open(ledger)) {
            assertThat(new SettingsRepository(database.dsl()).get("selected.park")).contains("ZZSZ");
        }
    }

    @Test
    void aShareThatGoesAwayIsUnreachableAndTheLedgerIsWholeWhenItComesBack() throws Exception {
        Path share = Files.createDirectory(folder.resolve("share"));
        Path ledger = share.resolve("ledger");
        List<DatabaseException> stops = new ArrayList<>();
        try (Database database = FaultyDisk.open(ledger)) {
            database.onStopped(stops::add);
            UnitOfWork unitOfWork = new UnitOfWork(database);
            unitOfWork.inTransaction(repositories -> { repositories.settings().put("selected.park", "ZZSZ"); return null; });
            FaultyDisk.fail(share, FaultyDisk.Fault.GONE);
            Files.move(share, folder.resolve("share-away")); // the share's folder is gone too

            assertThatThrownBy(() -> unitOfWork.inTransaction(
                    repositories -> { repositories.settings().put("selected.park", "JNGX"); return null; }))
                    .isInstanceOfSatisfying(DatabaseException.class,
                            error -> assertThat(error.fault()).contains(LedgerFault.UNREACHABLE));
        }
        assertThat(stops).singleElement().satisfies(stop -> assertThat(stop.fault()).contains(LedgerFault.UNREACHABLE));
        Files.move(folder.resolve("share-away"), share);
        FaultyDisk.heal(share);
        try (Database database = Database.open(ledger)) {
            assertThat(new SettingsRepository(database.dsl()).get("selected.park")).contains("ZZSZ");
        }
    }

    @Test
    void aChunkThatReadsBackShortOnADiskWithNoRoomLeftIsAFullDiskNotDamage() throws Exception {
        Database.open(folder.resolve("ledger")).close();
        Path file = folder.resolve("ledger.mv.db");
        // as H2 reports a commit after its writer met ENOSPC halfway through a chunk: the chunk reads back short
        SQLException error = new SQLException("General error: Writing to the file failed", "HY000", 50000,
                DataUtils.newMVStoreException(DataUtils.ERROR_READING_FAILED, "Reading from file failed",
                        new EOFException()));

        assertThat(DatabaseFaults.classify(error, file, false, false, disk -> 4096)).contains(LedgerFault.DISK_FULL);
        assertThat(DatabaseFaults.classify(error, file, false, false, disk -> 1L << 34)).contains(LedgerFault.DAMAGED);
    }

    @Test
    void aConstraintBrokenIsNoFaultOfTheFile() throws Exception {
        try (Database database = Database.open(folder.resolve("ledger"))) {
            assertThatThrownBy(() -> database.dsl().execute("INSERT INTO park (code) VALUES (NULL)"))
                    .isNotInstanceOf(DatabaseException.class);
        }
    }

}
