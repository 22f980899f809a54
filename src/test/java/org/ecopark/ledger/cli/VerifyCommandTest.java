package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verify FILE}: "校验通过" and exit 0, or every problem and exit 4; no database needed. */
class VerifyCommandTest {

    @TempDir
    static Path folder;

    private static Path good;
    private static Path key;
    private static String fingerprint;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void onePackage() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        good = folder.resolve("good.zip");
        try (SubmissionFixture fixture = SubmissionFixture.inMemory("verify-cli")) {
            fixture.service.export(fixture.request(ReportPeriod.year(2025), good), ExportProgress.NONE, () -> false);
            key = fixture.publicKeyFile(folder.resolve("ZZSZ.json"));
            fingerprint = fixture.keys.key().fingerprint().text();
        }
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void anIntactPackageSignedWithTheRegisteredKeyPasses() {
        assertThat(run("verify", good.toString(), "--key", key.toString())).isZero();
        assertThat(out.toString()).startsWith("校验通过：由园区 枣庄市中区生态环保产业特色园区（ZZSZ）已登记的密钥签名，内容完整。")
                .contains("ZZSZ", "2025", "3 个文件均与 manifest.json 一致");
    }

    @Test
    void anIntactPackageWhoseKeyNoOneRegisteredHasAnUnconfirmedSenderAndExitsThree() {
        assertThat(run("verify", good.toString())).isEqualTo(VerifyCommand.UNCONFIRMED);
        assertThat(out.toString()).startsWith("内容完整，但发送方未确认：签名密钥的指纹为 " + fingerprint + "，不在已登记的公钥中。");
        assertThat(err.toString()).contains("请与数据包封面上盖章处旁印出的指纹核对");
    }

    @Test
    void aPackageWithAnAddedAndAChangedFileListsBothProblemsAndExitsFour() throws IOException {
        Path bad = folder.resolve("bad.zip");
        try (ZipFile zip = new ZipFile(good.toFile()); OutputStream file = Files.newOutputStream(bad);
             ZipOutputStream copy = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("data.json")) {
                    bytes[bytes.length / 2] ^= 1;
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
            copy.putNextEntry(new ZipEntry("extra.exe"));
            copy.write(new byte[] {'M', 'Z'});
            copy.closeEntry();
        }

        assertThat(run("verify", bad.toString())).isEqualTo(VerifyCommand.FAILED);
        assertThat(err.toString()).contains("bad.zip 未通过校验", "data.json 的 SHA-256 与清单不符",
                "数据包中有清单未列出的文件：extra.exe");
        assertThat(out.toString()).doesNotContain("校验通过");
    }

    @Test
    void somethingThatIsNoPackageExitsFourWithAPlainMessage() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.zip"), "hello", StandardCharsets.UTF_8);

        assertThat(run("verify", text.toString())).isEqualTo(VerifyCommand.FAILED);
        assertThat(err.toString()).contains("notes.zip 不是有效的数据包");
    }
}
