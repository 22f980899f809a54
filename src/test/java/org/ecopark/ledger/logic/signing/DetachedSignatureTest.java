package org.ecopark.ledger.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a receiver may conclude from a signature beside a file, with and without the sender's key registered. */
class DetachedSignatureTest {

    private static final byte[] MANIFEST = "{\"park\":\"ZZSZ\",\"files\":[]}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Database park;
    private Database stranger;
    private LedgerKey key;
    private LedgerKey strangersKey;

    @BeforeEach
    void keys() {
        I18n.setLocale(I18n.CHINESE);
        park = Database.inMemory("park-" + System.nanoTime());
        stranger = Database.inMemory("stranger-" + System.nanoTime());
        key = new SigningKeys(new UnitOfWork(park)).key();
        strangersKey = new SigningKeys(new UnitOfWork(stranger)).key();
    }

    @AfterEach
    void close() {
        park.close();
        stranger.close();
    }

    private TrustedKeys registered() throws Exception {
        PublicKeyFile.of(key, "ZZSZ", "枣庄市中区生态环保产业特色园区").write(folder.resolve("ZZSZ.json"));
        return TrustedKeys.of(folder);
    }

    @Test
    void aSignatureByARegisteredKeyIsTrustedAndNamesThePark() throws Exception {
        DetachedSignature.Check check = DetachedSignature.sign(key, MANIFEST).check(MANIFEST, registered());

        assertThat(check.verdict()).isEqualTo(DetachedSignature.Verdict.TRUSTED);
        assertThat(check.registered()).get().extracting(PublicKeyFile::parkCode).isEqualTo("ZZSZ");
        assertThat(check.fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void aValidSignatureByAKeyNoOneRegisteredIsFromAnUnknownSender() throws Exception {
        DetachedSignature.Check check = DetachedSignature.sign(strangersKey, MANIFEST).check(MANIFEST, registered());

        assertThat(check.verdict()).isEqualTo(DetachedSignature.Verdict.UNKNOWN_SIGNER);
        assertThat(check.fingerprint()).isEqualTo(strangersKey.fingerprint());
    }

    @Test
    void changedBytesOrASignatureMovedToAnotherKeyAreInvalid() throws Exception {
        DetachedSignature signed = DetachedSignature.sign(key, MANIFEST);
        byte[] changed = MANIFEST.clone();
        changed[10] ^= 1;
        DetachedSignature otherKeyClaimed = new DetachedSignature(signed.algorithm(),
                DetachedSignature.sign(strangersKey, MANIFEST).publicKey(), signed.fingerprint(), signed.signature());

        assertThat(signed.check(changed, registered()).verdict()).isEqualTo(DetachedSignature.Verdict.INVALID);
        assertThat(otherKeyClaimed.check(MANIFEST, registered()).verdict()).isEqualTo(DetachedSignature.Verdict.INVALID);
        assertThat(new DetachedSignature("Ed25519", "not base64!", "x", "y").check(MANIFEST, registered()).verdict())
                .isEqualTo(DetachedSignature.Verdict.INVALID);
    }

    @Test
    void aSignatureFileRoundTripsAndGarbageIsNoSignature() {
        DetachedSignature signed = DetachedSignature.sign(key, MANIFEST);

        assertThat(DetachedSignature.fromJson(signed.toJson())).contains(signed);
        assertThat(DetachedSignature.fromJson("[1,2".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aKeyFileWhoseFingerprintWasEditedIsRefusedAndAFolderSkipsItWithAReason() throws Exception {
        PublicKeyFile genuine = PublicKeyFile.of(key, "ZZSZ", "枣庄");
        PublicKeyFile forged = new PublicKeyFile(genuine.format(), genuine.version(), genuine.algorithm(), "ZZSZ", "枣庄",
                PublicKeyFile.of(strangersKey, "X", "X").publicKey(), genuine.fingerprint());
        forged.write(folder.resolve("forged.json"));
        Files.writeString(folder.resolve("notes.json"), "{\"hello\": 1}");
        genuine.write(folder.resolve("ZZSZ.json"));

        assertThatThrownBy(() -> PublicKeyFile.read(folder.resolve("forged.json"))).isInstanceOf(KeyFileException.class)
                .hasMessage("“ZZSZ”的公钥文件所写的指纹与其中的公钥不符，文件可能被改过。");
        TrustedKeys trusted = TrustedKeys.of(folder);
        assertThat(trusted.size()).isEqualTo(1);
        assertThat(trusted.skipped()).containsExactlyInAnyOrder(
                "“ZZSZ”的公钥文件所写的指纹与其中的公钥不符，文件可能被改过。", "“notes.json”不是园区台账的公钥文件。");
    }
}
