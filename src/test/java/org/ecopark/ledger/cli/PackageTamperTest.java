package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every way of altering a signed package that the issue names, each refused by {@code verify} with the park's key
 * registered (or, where a forger signs with a key of their own, shown as an unconfirmed sender with that key's
 * fingerprint, never as the park). Hashes and counts in the manifest are fixed up as a careful forger would.
 */
class PackageTamperTest {

    private static final String INVALID =
            "签名无效：manifest.json 在签名之后被改动过，或签名不是 manifest.json 中写明的密钥所作。";

    @TempDir
    static Path folder;

    private static Path good;
    private static Map<String, byte[]> other;
    private static Path key;
    private static LedgerKey forgersKey;
    /** The park's ledger, open for the check the window's 报送 screen makes (its own key counts as registered). */
    private static SubmissionFixture park;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void packages() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        good = folder.resolve("ZZSZ_2025.zip");
        Path otherFile = folder.resolve("ZZSZ_2024.zip");
        park = SubmissionFixture.inMemory("tamper");
        park.service.export(park.request(ReportPeriod.year(2025), good), ExportProgress.NONE, () -> false);
        park.service.export(park.request(ReportPeriod.year(2024), otherFile), ExportProgress.NONE, () -> false);
        key = park.publicKeyFile(folder.resolve("ZZSZ.json"));
        other = PackageFiles.entries(otherFile);
        Database forger = Database.inMemory("forger-" + System.nanoTime());
        forgersKey = new SigningKeys(new UnitOfWork(forger)).key();
    }

    @AfterAll
    static void closePark() {
        park.close();
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int verify(Path file) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute("verify", file.toString(), "--key", key.toString());
    }

    private static Path tampered(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return PackageFiles.altered(good, folder.resolve(name), change);
    }

    @Test
    void theGenuinePackagePassesAsThePark() {
        assertThat(park.service.verify(good, "ZZSZ").outcome()).isEqualTo(PackageVerifier.Outcome.TRUSTED);
        assertThat(verify(good)).isZero();
        assertThat(out.toString()).startsWith("校验通过：由园区 枣庄市中区生态环保产业特色园区（ZZSZ）已登记的密钥签名");
    }

    @Test
    void aChangedFigureWithTheHashesFixedIsRefused() throws IOException {
        Path file = tampered("figure.zip", entries -> {
            ObjectNode data = PackageFiles.object(entries.get("data.json"));
            ObjectNode row = (ObjectNode) data.path("tables").path("statistics").get(0);
            row.put("value", row.path("value").decimalValue().add(java.math.BigDecimal.TEN));
            return PackageFiles.withFile(entries, "data.json", PackageFiles.bytes(data));
        });

        assertRefused(file, INVALID);
    }

    @Test
    void aDeletedRowWithTheCountsFixedIsRefused() throws IOException {
        Path file = tampered("row.zip", entries -> {
            ObjectNode data = PackageFiles.object(entries.get("data.json"));
            ((ArrayNode) data.path("tables").path("statistics")).remove(0);
            int rows = data.path("tables").path("statistics").size();
            ((ObjectNode) data.path("rowCounts")).put("statistics", rows);
            Map<String, byte[]> changed = PackageFiles.withFile(entries, "data.json", PackageFiles.bytes(data));
            ObjectNode manifest = PackageFiles.object(changed.get("manifest.json"));
            ((ObjectNode) manifest.path("rowCounts").path("tables")).put("statistics", rows);
            changed.put("manifest.json", PackageFiles.bytes(manifest));
            return changed;
        });

        assertRefused(file, INVALID);
    }

    @Test
    void anotherPdfWithTheManifestFixedIsRefused() throws IOException {
        Path file = tampered("pdf.zip", entries -> PackageFiles.withFile(entries, "report.pdf",
                other.get("report.pdf")));

        assertRefused(file, INVALID);
    }

    @Test
    void theManifestAndSignatureOfAnotherGenuinePackageAreRefusedByTheFilesTheyDoNotFit() throws IOException {
        Path file = tampered("manifest.zip", entries -> {
            entries.put("manifest.json", other.get("manifest.json"));
            entries.put("signature.json", other.get("signature.json"));
            return entries;
        });

        assertRefused(file, "data.json 的大小与清单不符");
    }

    @Test
    void aForgerSigningWithTheirOwnKeyIsAnUnconfirmedSenderNeverThePark() throws IOException {
        Path file = tampered("forged.zip", entries -> {
            ObjectNode data = PackageFiles.object(entries.get("data.json"));
            ((ObjectNode) data.path("tables").path("statistics").get(0)).put("value", 999999);
            Map<String, byte[]> changed = PackageFiles.withFile(entries, "data.json", PackageFiles.bytes(data));
            ObjectNode manifest = PackageFiles.object(changed.get("manifest.json"));
            ((ObjectNode) manifest.path("signer")).put("fingerprint", forgersKey.fingerprint().text());
            byte[] manifestBytes = PackageFiles.bytes(manifest);
            changed.put("manifest.json", manifestBytes);
            changed.put("signature.json", DetachedSignature.sign(forgersKey, manifestBytes).toJson());
            return changed;
        });

        assertThat(verify(file)).isEqualTo(VerifyCommand.UNCONFIRMED);
        assertThat(out.toString()).contains("发送方未确认：签名密钥的指纹为 " + forgersKey.fingerprint().text())
                .doesNotContain("校验通过");
        assertThat(park.service.verify(file, "ZZSZ").outcome()).as("in the window too")
                .isEqualTo(PackageVerifier.Outcome.UNKNOWN_SIGNER);
    }

    @Test
    void aSignatureByAnotherKeyUnderTheParksNameIsRefused() throws IOException {
        Path file = tampered("otherkey.zip", entries -> {
            entries.put("signature.json", DetachedSignature.sign(forgersKey, entries.get("manifest.json")).toJson());
            return entries;
        });

        assertRefused(file, INVALID);
    }

    @Test
    void aStrippedSignatureIsRefused() throws IOException {
        Path file = tampered("stripped.zip", entries -> {
            entries.remove("signature.json");
            return entries;
        });

        assertRefused(file, "数据包没有签名（signature.json）");
    }

    @Test
    void anExtraFileTheManifestDoesNotListIsRefused() throws IOException {
        Path file = tampered("extra.zip", entries -> {
            entries.put("readme.txt", "请同时采纳附件中的数据".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return entries;
        });

        assertRefused(file, "readme.txt");
    }

    @Test
    void entriesNamedToEscapeTheFolderAreRefusedAndNeverWritten() throws IOException {
        Path file = tampered("zipslip.zip", entries -> {
            entries.put("../../evil.sh", "rm -rf ~".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return entries;
        });

        assertRefused(file, "../../evil.sh");
        assertThat(folder.getParent().resolve("evil.sh")).doesNotExist();
        assertThat(folder.resolve("../evil.sh").normalize()).doesNotExist();
    }

    @Test
    void aZipBombInPlaceOfAFileIsRefusedWithoutBeingInflated() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(PackageFiles.entries(good));
        Path file = folder.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals("data.json")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 1024; i++) { // a gigabyte of zeros, a megabyte compressed
                        zip.write(zeros);
                    }
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }

        assertRefused(file, "data.json 的大小与清单不符");
    }

    @Test
    void aTruncatedPackageIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(good);
        Path file = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));

        assertRefused(file, "truncated.zip");
    }

    @Test
    void aPackageOfTheFirstReleasesUnsignedFormatVerifiesAsUnsigned() throws IOException {
        Path file = tampered("old.zip", entries -> {
            ObjectNode manifest = PackageFiles.object(entries.get("manifest.json"));
            manifest.put("formatVersion", "1");
            manifest.remove("signer");
            entries.put("manifest.json", PackageFiles.bytes(manifest));
            entries.remove("signature.json");
            return entries;
        });

        assertThat(verify(file)).isEqualTo(VerifyCommand.UNSIGNED);
        assertThat(out.toString()).startsWith("未签名（园区台账 0.1.0 的旧格式）：文件与 manifest.json 一致，但无法证明是谁发出的。");
    }

    @Test
    void aPackageOfANewerFormatIsRefusedWithTheVersionsNamed() throws IOException {
        Path file = tampered("newer.zip", entries -> {
            ObjectNode manifest = PackageFiles.object(entries.get("manifest.json"));
            manifest.put("formatVersion", "3");
            entries.put("manifest.json", PackageFiles.bytes(manifest));
            return entries;
        });

        assertRefused(file, "manifest.json 的格式版本为 3，本程序只能核对到版本 2；请用新版园区台账核对。");
    }

    /** Refused by {@code verify} and by the check the window's 报送 screen makes, each naming the problem. */
    private void assertRefused(Path file, String message) {
        assertThat(verify(file)).as(out.toString()).isEqualTo(VerifyCommand.FAILED);
        assertThat(out.toString()).contains("未通过校验", message).doesNotContain("Exception", "at org.");
        PackageVerifier.Result window = park.service.verify(file, "ZZSZ");
        assertThat(window.outcome()).isEqualTo(PackageVerifier.Outcome.REFUSED);
        assertThat(String.join("\n", window.problems())).contains(message);
    }
}
