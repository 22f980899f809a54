package org.ecopark.ledger.logic.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FingerprintTest {

    /** RFC 8032, section 7.1, test 1: the public key, wrapped in its X.509 encoding as Java reads it. */
    private static final String RFC_8032_PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private static final String X509_PREFIX = "302a300506032b6570032100";

    @Test
    void theFingerprintIsTheStartOfTheSha256OfTheEncodedKeyInGroupsOfFour() {
        var key = Ed25519.publicKey(HexFormat.of().parseHex(X509_PREFIX + RFC_8032_PUBLIC));

        // the SHA-256 of the 44-byte X.509 encoding, computed independently (Python's hashlib)
        assertThat(Fingerprint.of(key).text()).isEqualTo("06E3 FD8F DA29 BB60 AB59 557D E61E DB0A");
        assertThat(Fingerprint.of(key)).isEqualTo(Fingerprint.parse(Fingerprint.of(key).text().toLowerCase().replace(" ", "-")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "XYZW 0000 0000 0000 0000 0000 0000 0000", "0000 0000 0000 0000 0000 0000 0000 0000 00"})
    void aTypedFingerprintMustBeThirtyTwoHexDigits(String typed) {
        assertThatThrownBy(() -> Fingerprint.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rfc8032TestVectorOneVerifiesWithTheJdkImplementation() {
        var key = Ed25519.publicKey(HexFormat.of().parseHex(X509_PREFIX + RFC_8032_PUBLIC));
        byte[] signature = HexFormat.of().parseHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                + "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

        assertThat(Ed25519.verify(key, new byte[0], signature)).isTrue();
        assertThat(Ed25519.verify(key, new byte[] {0}, signature)).isFalse();
    }
}
