package org.ecopark.ledger.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.LedgerFault;
import org.ecopark.ledger.testing.Folders;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger protected by a password: its file holds none of its records' text, it opens only with the password, and
 * setting, changing and removing the password keeps every record or, when it fails, leaves the ledger as it was.
 */
class LedgerEncryptionTest {

    /** An enterprise of the demo park, whose name must not be readable in an encrypted file. */
    private static final String NAME = "山东鲁南绿源环保科技有限公司";
    /** Its credit code. */
    private static final String USCC = "913704027101439896";

    /** The demo ledger in clear, loaded once: each test works on a copy. */
    @TempDir
    static Path template;

    @TempDir
    Path folder;

    @BeforeAll
    static void demo() {
        demoLedger(template.resolve("demo"), null);
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void anEncryptedLedgerHoldsNoneOfItsRecordsTextWhileAPlainOneDoes() throws Exception {
        demoLedger(folder.resolve("secret"), "park-秘密-2025");
        Path plain = template.resolve("demo.mv.db");
        Path secret = folder.resolve("secret.mv.db");

        // H2 stores text in a UTF-8 of its own (continuation bytes without their top bit): both are looked for
        assertThat(contains(plain, h2Text(NAME))).isTrue();
        assertThat(contains(plain, USCC.getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(contains(secret, h2Text(NAME))).isFalse();
        assertThat(contains(secret, NAME.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(secret, USCC.getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(LedgerEncryption.encrypted(folder.resolve("secret"))).isTrue();
        assertThat(LedgerEncryption.encrypted(folder.resolve("plain"))).isFalse();
    }

    @Test
    void anEncryptedLedgerOpensOnlyWithItsPasswordAndARefusedOpenLeavesNothingBesideIt() throws Exception {
        Path ledger = copyOfDemo("secret");
        LedgerEncryption.change(ledger, null, password("park-秘密-2025"));
        List<String> before = Folders.names(folder);
        byte[] bytes = Files.readAllBytes(folder.resolve("secret.mv.db"));

        assertThatThrownBy(() -> Services.open(ledger)).satisfies(error -> {
            assertThat(LedgerFaults.of(error)).contains(LedgerFault.PASSWORD_NEEDED);
            assertThat(LedgerFaults.message(error)).contains("台账 " + folder.resolve("secret.mv.db") + " 已加密，请输入它的密码。");
        });
        assertThatThrownBy(() -> open(ledger, "park-秘密-2024")).satisfies(error -> {
            assertThat(LedgerFaults.of(error)).contains(LedgerFault.WRONG_PASSWORD);
            assertThat(LedgerFaults.message(error)).contains("密码不正确，台账 " + folder.resolve("secret.mv.db")
                    + " 没有打开；请检查大小写和输入法后再试。");
        });
        assertThat(Folders.names(folder)).isEqualTo(before);
        assertThat(Files.readAllBytes(folder.resolve("secret.mv.db"))).isEqualTo(bytes);

        try (Services services = open(ledger, "park-秘密-2025")) {
            assertThat(services.encrypted()).isTrue();
            assertThat(enterpriseNames(services)).contains(NAME).hasSize(42);
        }
    }

    @Test
    void settingChangingAndRemovingThePasswordKeepEveryRecord() throws Exception {
        Path ledger = copyOfDemo("ledger");

        LedgerEncryption.change(ledger, null, password("first password"));
        assertThat(contains(folder.resolve("ledger.mv.db"), h2Text(NAME))).isFalse();
        assertThatThrownBy(() -> Services.open(ledger))
                .satisfies(error -> assertThat(LedgerFaults.of(error)).contains(LedgerFault.PASSWORD_NEEDED));
        assertThat(namesWith(ledger, "first password")).contains(NAME).hasSize(42);

        LedgerEncryption.change(ledger, password("first password"), password("second password"));
        assertThatThrownBy(() -> open(ledger, "first password"))
                .satisfies(error -> assertThat(LedgerFaults.of(error)).contains(LedgerFault.WRONG_PASSWORD));
        assertThat(namesWith(ledger, "second password")).contains(NAME).hasSize(42);

        LedgerEncryption.change(ledger, password("second password"), null);
        assertThat(LedgerEncryption.encrypted(ledger)).isFalse();
        assertThat(namesWith(ledger, null)).contains(NAME).hasSize(42);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aChangeWithAWrongPasswordSaysSoAndLeavesTheLedgerAsItWas() throws Exception {
        Path ledger = copyOfDemo("ledger");
        LedgerEncryption.change(ledger, null, password("right"));
        byte[] before = Files.readAllBytes(folder.resolve("ledger.mv.db"));

        assertThatThrownBy(() -> LedgerEncryption.change(ledger, password("wrong"), password("new")))
                .satisfies(error -> assertThat(LedgerFaults.message(error)).contains("密码不正确，台账 "
                        + folder.resolve("ledger.mv.db") + " 没有改动；请检查大小写和输入法后再试。"));
        assertThatThrownBy(() -> LedgerEncryption.change(ledger, null, null))
                .satisfies(error -> assertThat(LedgerFaults.of(error)).contains(LedgerFault.PASSWORD_NEEDED));

        assertThat(Files.readAllBytes(folder.resolve("ledger.mv.db"))).isEqualTo(before);
        assertThat(Folders.names(folder)).containsExactly("ledger.mv.db");
    }

    @Test
    void aLedgerOpenElsewhereIsNotRewritten() throws Exception {
        Path ledger = copyOfDemo("ledger");
        try (OtherProcess window = OtherProcess.holding(ledger, null)) {
            assertThatThrownBy(() -> LedgerEncryption.change(ledger, null, password("secret")))
                    .satisfies(error -> assertThat(LedgerFaults.message(error)).get().asString()
                            .startsWith("该台账正由另一个园区台账窗口使用（进程 " + window.pid() + "）"));
            assertThat(Folders.names(folder)).containsExactly("ledger.in-use", "ledger.mv.db");
        }
        assertThat(LedgerEncryption.encrypted(ledger)).isFalse();
        assertThat(namesWith(ledger, null)).contains(NAME).hasSize(42);
    }

    private static void demoLedger(Path ledger, String password) {
        try (Services services = password == null ? Services.open(ledger) : open(ledger, password)) {
            services.demo().load(false);
        }
    }

    private static Services open(Path ledger, String password) {
        return Services.open(ledger, password(password), LedgerHolder.program());
    }

    private static LedgerPassword password(String password) {
        return password == null ? null : LedgerPassword.of(password.toCharArray());
    }

    private static List<String> namesWith(Path ledger, String password) {
        try (Services services = open(ledger, password)) {
            return enterpriseNames(services);
        }
    }

    private static List<String> enterpriseNames(Services services) {
        long park = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow().id();
        return services.records().enterprises().list(park).stream().map(e -> e.name()).toList();
    }

    private Path copyOfDemo(String name) throws IOException {
        Files.copy(template.resolve("demo.mv.db"), folder.resolve(name + ".mv.db"));
        return folder.resolve(name);
    }

    /** {@code text} as H2 writes it into the file. */
    private static byte[] h2Text(String text) {
        ByteBuffer buffer = new WriteBuffer().putStringData(text, text.length()).getBuffer();
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Whether the file's raw bytes hold {@code needle}. */
    static boolean contains(Path file, byte[] needle) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

}
