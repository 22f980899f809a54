package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.NamedPipes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A package passes only as it was written: a changed byte, a missing or an added file is refused by name. */
@ParameterizedClass
@EnumSource(Backend.class)
class PackageVerifierTest {

    @Parameter
    private Backend backend;

    @TempDir
    static Path root;
    /** A folder of {@link #root} for each database's invocation. */
    private static Path folder;

    private static SubmissionFixture fixture;
    private static Path good;

    @BeforeParameterizedClassInvocation
    static void exportOnce(Backend backend) throws IOException {
        I18n.setLocale(I18n.CHINESE);
        fixture = SubmissionFixture.on(backend, "verifier");
        folder = Files.createDirectories(root.resolve(backend.name()));
        good = folder.resolve("good.zip");
        fixture.service.export(fixture.request(ReportPeriod.year(2025), good), ExportProgress.NONE, () -> false);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (fixture != null) {
            fixture.close();
            fixture = null; // none made when the next database's invocation is skipped
        }
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void theWrittenPackagePasses() {
        PackageVerifier.Result result = PackageVerifier.verify(good);

        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.manifest().park().code()).isEqualTo("ZZSZ");
        assertThat(result.manifest().files()).hasSize(3);
    }

    @Test
    void oneByteChangedInTheDataIsRefusedNamingTheFile() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("byte.zip"), entries -> {
            byte[] data = entries.get("data.json").clone();
            int at = new String(data, StandardCharsets.ISO_8859_1).indexOf("40000");
            data[at] = '5'; // 40000 万元 becomes 50000: same size, different figure
            entries.put("data.json", data);
            return entries;
        });

        PackageVerifier.Result result = PackageVerifier.verify(tampered);

        assertThat(result.problems()).containsExactly("data.json 的 SHA-256 与清单不符：文件已被修改。");
    }

    @Test
    void aMissingFileIsRefused() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("missing.zip"), entries -> {
            entries.remove("report.pdf");
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems()).containsExactly("缺少文件 report.pdf（manifest.json 中列出）。");
    }

    @Test
    void anAddedFileIsRefused() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("added.zip"), entries -> {
            entries.put("readme.txt", "补充说明".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems()).containsExactly("数据包中有清单未列出的文件：readme.txt。");
    }

    @Test
    void aFileOfAnotherSizeIsRefusedWithBothSizes() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("longer.zip"), entries -> {
            byte[] pdf = entries.get("report.pdf");
            byte[] longer = java.util.Arrays.copyOf(pdf, pdf.length + 1);
            entries.put("report.pdf", longer);
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems()).singleElement().asString()
                .startsWith("report.pdf 的大小与清单不符");
    }

    @Test
    void aManifestEditedToHideRowsNoLongerFitsItsSignature() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("counts.zip"), entries -> {
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            entries.put("manifest.json", manifest.replaceFirst("\"enterprises\" : 2", "\"enterprises\" : 1")
                    .getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems()).containsExactly(
                "签名无效：manifest.json 在签名之后被改动过，或签名不是 manifest.json 中写明的密钥所作。");
    }

    @Test
    void aPackageTurnedIntoTheUnsignedFormatToHideRowsIsStillCaughtByTheRowCounts() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("downgraded.zip"), entries -> {
            String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
            entries.put("manifest.json", manifest.replaceFirst("\"formatVersion\" : \"2\"", "\"formatVersion\" : \"1\"")
                    .replaceFirst("\"enterprises\" : 2", "\"enterprises\" : 1").getBytes(StandardCharsets.UTF_8));
            entries.remove("signature.json");
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems())
                .containsExactly("data.json 中“enterprises”表的行数与清单不符：清单为 1 行，实际为 2 行。");
    }

    @Test
    void aPackageWithoutManifestCannotBeChecked() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("nomanifest.zip"), entries -> {
            entries.remove("manifest.json");
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems())
                .containsExactly("nomanifest.zip 中缺少 manifest.json，无法核对。");
    }

    @Test
    void aManifestThatIsNoJsonIsRefusedPlainly() throws IOException {
        Path tampered = PackageFiles.altered(good, folder.resolve("badjson.zip"), entries -> {
            entries.put("manifest.json", "{ not json".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertThat(PackageVerifier.verify(tampered).problems()).singleElement().asString()
                .startsWith("manifest.json 无法读取：");
    }

    @Test
    void aFileThatIsNoZipGetsAClearMessage() throws IOException {
        Path text = Files.writeString(folder.resolve("report.zip"), "这不是数据包", StandardCharsets.UTF_8);

        assertThat(PackageVerifier.verify(text).problems())
                .containsExactly("report.zip 不是有效的数据包（不是 zip 文件或已损坏）。");
    }

    @Test
    void aFileThatDoesNotExistIsNamed() {
        Path nowhere = folder.resolve("nowhere.zip");

        assertThat(PackageVerifier.verify(nowhere).problems()).containsExactly("找不到文件 " + nowhere + "。");
    }

    @Test
    void aFolderOrANamedPipeIsRefusedInWordsWithoutBeingRead() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("目录.zip"));
        Path pipe = folder.resolve("管道.zip");

        assertThat(PackageVerifier.verify(directory).problems())
                .containsExactly("目录.zip 不是普通文件（可能是文件夹、管道或设备），未读取。");
        assumeTrue(NamedPipes.mkfifo(pipe), "mkfifo is not available here");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PackageVerifier.verify(pipe)).problems())
                .containsExactly("管道.zip 不是普通文件（可能是文件夹、管道或设备），未读取。");
    }

    @Test
    void dataWhoseTablesHoldNoRowListsIsRefusedByTheRowCountsWithoutHanging() throws IOException {
        // hashed anew in the unsigned format of the first release, as anyone with the program can: the row counts
        // are what is left to catch it
        byte[] data = "{\"tables\":{\"enterprises\":5}}".getBytes(StandardCharsets.UTF_8);
        Path forged = PackageFiles.altered(good, folder.resolve("tables.zip"), entries -> {
            entries.put("data.json", data);
            entries.remove("signature.json");
            ObjectNode manifest = (ObjectNode) PackageFiles.tree(entries.get("manifest.json"));
            manifest.put("formatVersion", "1");
            manifest.remove("signer");
            for (JsonNode file : manifest.get("files")) {
                if (file.get("name").asText().equals("data.json")) {
                    ((ObjectNode) file).put("sha256", PackageFiles.sha256(data)).put("size", data.length);
                }
            }
            entries.put("manifest.json", manifest.toString().getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        PackageVerifier.Result result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PackageVerifier.verify(forged));

        assertThat(result.problems()).contains("data.json 中“enterprises”表的行数与清单不符：清单为 2 行，实际为 0 行。");
    }
}
