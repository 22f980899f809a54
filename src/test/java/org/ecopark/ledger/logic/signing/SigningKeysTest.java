package org.ecopark.ledger.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.SettingsRepository;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's key: made once, kept in the ledger, the same after reopening; its signatures check. */
class SigningKeysTest {

    @TempDir
    Path folder;

    @Test
    void aLedgerMakesItsKeyOnceAndKeepsItAcrossReopening() {
        Fingerprint first;
        try (Database database = Database.open(folder.resolve("ledger"))) {
            SigningKeys keys = new SigningKeys(new UnitOfWork(database));
            first = keys.key().fingerprint();
            assertThat(new SigningKeys(new UnitOfWork(database)).key().fingerprint()).isEqualTo(first);
        }
        try (Database database = Database.open(folder.resolve("ledger"))) {
            assertThat(new SigningKeys(new UnitOfWork(database)).key().fingerprint()).isEqualTo(first);
        }
        try (Database other = Database.open(folder.resolve("other"))) {
            assertThat(new SigningKeys(new UnitOfWork(other)).key().fingerprint()).as("each ledger its own")
                    .isNotEqualTo(first);
        }
    }

    @Test
    void aLedgerWithoutAKeyGetsOneAtTheOpenAndOneWithAKeyKeepsIt() {
        try (Database database = Database.open(folder.resolve("ledger"))) {
            SettingsRepository settings = new SettingsRepository(database.dsl());
            assertThat(settings.get(SigningKeys.PRIVATE)).isEmpty();
            new SigningKeys(new UnitOfWork(database)).ensureMade();
            String stored = settings.get(SigningKeys.PUBLIC).orElseThrow();

            new SigningKeys(new UnitOfWork(database)).ensureMade();
            assertThat(settings.get(SigningKeys.PUBLIC)).contains(stored);
            assertThat(new SigningKeys(new UnitOfWork(database)).key().publicKey().getEncoded())
                    .isEqualTo(java.util.Base64.getDecoder().decode(stored));
        }
    }

    @Test
    void aSignatureChecksOnlyForTheExactBytesAndTheKeyThatMadeIt() {
        try (Database database = Database.inMemory("keys-" + System.nanoTime());
             Database otherDatabase = Database.inMemory("other-keys-" + System.nanoTime())) {
            LedgerKey key = new SigningKeys(new UnitOfWork(database)).key();
            LedgerKey other = new SigningKeys(new UnitOfWork(otherDatabase)).key();
            byte[] manifest = "{\"files\":[]}".getBytes(StandardCharsets.UTF_8);
            byte[] sig = key.sign(manifest);

            assertThat(Ed25519.verify(key.publicKey(), manifest, sig)).isTrue();
            assertThat(Ed25519.verify(key.publicKey(), "{\"files\":[ ]}".getBytes(StandardCharsets.UTF_8), sig)).isFalse();
            assertThat(Ed25519.verify(other.publicKey(), manifest, sig)).isFalse();
            assertThat(Ed25519.verify(key.publicKey(), manifest, new byte[3])).as("no signature at all").isFalse();
        }
    }
}
