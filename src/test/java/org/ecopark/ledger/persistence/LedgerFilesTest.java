package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.testing.Folders;
import org.h2.tools.Restore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed ledger file written anew under another key (encrypted, re-keyed, in clear): whole or not at all; and the
 * copy H2 makes of an open encrypted ledger ({@code BACKUP TO}, as the backups and the upgrade make it) is encrypted
 * too.
 */
class LedgerFilesTest {

    private static final String SECRET = "913704027101439896 园区企业名录";

    @TempDir
    Path folder;

    @AfterEach
    void heal() {
        FaultyDisk.heal(folder);
    }

    @Test
    void aRewriteThatFillsTheDiskHalfwayLeavesTheLedgerAsItWasAndNoCopyBesideIt() throws Exception {
        Path ledger = ledgerWithText(folder.resolve("ledger"), null);
        Path file = folder.resolve("ledger.mv.db");
        byte[] before = Files.readAllBytes(file);

        FaultyDisk.fillUpAfter(folder, before.length / 3);
        assertThatThrownBy(() -> FaultyDisk.rewrite(file, null, key("secret"))).isInstanceOfSatisfying(
                DatabaseException.class, error -> assertThat(error.fault()).contains(LedgerFault.DISK_FULL));
        FaultyDisk.heal(folder);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
        try (Database database = Database.open(ledger)) {
            assertThat(new SettingsRepository(database.dsl()).get("note")).contains(SECRET);
        }
    }

    @Test
    void aRewriteLeftByACrashIsDiscardedAtTheNextOpen() throws Exception {
        Path ledger = ledgerWithText(folder.resolve("ledger"), null);
        Files.writeString(folder.resolve("ledger.mv.db.rewrite"), "half a copy");
        try (Database database = Database.open(ledger)) {
            assertThat(new SettingsRepository(database.dsl()).get("note")).contains(SECRET);
        }
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void theBackupOfAnEncryptedLedgerIsEncryptedAndRestoresOnlyWithThePassword() throws Exception {
        Path zip = folder.resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("ledger"), key("secret"))) {
            new SettingsRepository(database.dsl()).put("note", SECRET);
            database.dsl().execute("BACKUP TO ?", zip.toString());
        }
        byte[] entry = onlyEntry(zip);
        assertThat(new String(entry, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        assertThat(contains(entry, "913704027101439896")).isFalse();

        Path restored = Files.createDirectory(folder.resolve("restored"));
        Restore.execute(zip.toString(), restored.toString(), "ledger");
        assertThatThrownBy(() -> Database.open(restored.resolve("ledger"))).isInstanceOfSatisfying(
                DatabaseException.class, error -> assertThat(error.fault()).contains(LedgerFault.PASSWORD_NEEDED));
        try (Database database = Database.open(restored.resolve("ledger"), key("secret"))) {
            assertThat(new SettingsRepository(database.dsl()).get("note")).contains(SECRET);
        }
    }

    @Test
    void theBackupOfAPlainLedgerHoldsItsText() throws Exception {
        Path zip = folder.resolve("backup.zip");
        try (Database database = Database.open(folder.resolve("ledger"))) {
            new SettingsRepository(database.dsl()).put("note", SECRET);
            database.dsl().execute("BACKUP TO ?", zip.toString());
        }
        assertThat(contains(onlyEntry(zip), "913704027101439896")).isTrue();
    }

    private static Path ledgerWithText(Path ledger, LedgerKey key) {
        try (Database database = Database.open(ledger, key)) {
            new SettingsRepository(database.dsl()).put("note", SECRET);
        }
        return ledger;
    }

    private static LedgerKey key(String password) {
        return LedgerKey.fromPassword(password.toCharArray());
    }

    private static byte[] onlyEntry(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry = in.getNextEntry();
            assertThat(entry.getName()).endsWith(".mv.db");
            byte[] bytes = in.readAllBytes();
            assertThat(in.getNextEntry()).isNull();
            return bytes;
        }
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }

}
