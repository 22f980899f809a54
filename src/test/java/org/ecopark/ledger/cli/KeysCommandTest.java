package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys show}: the ledger's fingerprint, the same each time; {@code --out} writes the public half only. */
class KeysCommandTest {

    @TempDir
    Path folder;

    private Path ledger;
    private final StringWriter out = new StringWriter();

    @BeforeEach
    void ledger() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("ledger");
        LedgerFiles.revenueLedger(ledger, bulk -> { });
    }

    @Test
    void theFingerprintIsShownAndThePublicKeyFileNamesThePark() throws Exception {
        Path key = folder.resolve("ZZSZ.json");
        assertThat(LedgerFiles.run(ledger, out, "keys", "show")).isZero();
        String first = out.toString();
        assertThat(first).matches("(?s)本台账签名密钥的指纹：([0-9A-F]{4} ){7}[0-9A-F]{4}\\R");

        out.getBuffer().setLength(0);
        assertThat(LedgerFiles.run(ledger, out, "keys", "show", "--out", key.toString())).isZero();

        assertThat(out.toString()).startsWith(first.strip()).contains("公钥文件已写入");
        PublicKeyFile file = PublicKeyFile.read(key);
        assertThat(file.checkedFingerprint().text()).isEqualTo(first.strip().replace("本台账签名密钥的指纹：", ""));
        assertThat(Files.readString(key)).doesNotContain("PRIVATE", "private");
    }
}
