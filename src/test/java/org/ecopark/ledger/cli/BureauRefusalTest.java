package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bureau receive} refuses each bad package with one sentence and writes nothing for it: every table of the
 * bureau ledger is the same, contents and all, before and after. The bureau has ZZSZ's key registered and one package
 * received, so that a refusal that wrote anything would show.
 */
class BureauRefusalTest {

    @TempDir
    static Path folder;

    private static BureauPackages packages;
    private static Path ledger;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void bureauWithAPackage() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        packages = new BureauPackages(folder);
        ledger = folder.resolve("bureau");
        BureauPackages.bureau(ledger);
        StringWriter setup = new StringWriter();
        assertThat(BureauPackages.run(ledger, setup, "keys", "register", packages.zzszKey.toString())).as(setup.toString())
                .isZero();
        String empty = BureauPackages.digest(ledger);
        assertThat(BureauPackages.run(ledger, setup, "bureau", "receive", packages.zzsz2024.toString()))
                .as(setup.toString()).isZero();
        assertThat(BureauPackages.digest(ledger)).as("the digest sees what a package writes").isNotEqualTo(empty);
    }

    @AfterAll
    static void close() {
        packages.close();
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void aChangedFigureWithItsHashesRecomputedIsRefused() throws IOException {
        Path file = packages.tampered("figure.zip", entries -> {
            ObjectNode data = PackageFiles.object(entries.get("data.json"));
            ObjectNode row = (ObjectNode) data.path("tables").path("targets").get(0);
            row.put("actual", 999999);
            return PackageFiles.withFile(entries, "data.json", PackageFiles.bytes(data));
        });

        assertRefused(file, "签名无效：manifest.json 在签名之后被改动过，或签名不是 manifest.json 中写明的密钥所作。");
    }

    @Test
    void aTruncatedZipIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(packages.zzsz2025);
        Path file = Files.write(folder.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));

        assertRefused(file, "truncated.zip 不是有效的数据包（不是 zip 文件或已损坏）。");
    }

    @Test
    void anUnsignedPackageOfTheFirstFormatIsRefused() throws IOException {
        Path file = packages.tampered("unsigned.zip", entries -> {
            ObjectNode manifest = PackageFiles.object(entries.get("manifest.json"));
            manifest.put("formatVersion", "1");
            manifest.remove("signer");
            entries.put("manifest.json", PackageFiles.bytes(manifest));
            entries.remove("signature.json");
            return entries;
        });

        assertRefused(file, "数据包是未签名的旧格式（格式版本 1），无法证明是哪个园区发出的，拒收；请园区用新版园区台账重新导出。");
    }

    @Test
    void aPackageSignedWithAKeyRegisteredToAnotherParkIsRefused() throws IOException {
        Path otherBureau = folder.resolve("other-bureau");
        BureauPackages.bureau(otherBureau);
        StringWriter setup = new StringWriter();
        assertThat(BureauPackages.run(otherBureau, setup, "keys", "register", packages.zzszFingerprint(), "--park", "QDSH"))
                .as(setup.toString()).isZero();

        assertRefused(otherBureau, packages.zzsz2025, "数据包的签名密钥（指纹 " + packages.zzszFingerprint()
                + "）已登记为园区“青岛上合生态环保产业特色园区”（QDSH）的密钥，");
        assertThat(out.toString()).contains("不能为园区“枣庄市中区生态环保产业特色园区”（ZZSZ）报送，拒收。");
    }

    @Test
    void aPackageOfAnUnknownFormatVersionIsRefused() throws IOException {
        Path file = packages.tampered("format3.zip", entries -> {
            ObjectNode manifest = PackageFiles.object(entries.get("manifest.json"));
            manifest.put("formatVersion", "3");
            entries.put("manifest.json", PackageFiles.bytes(manifest));
            return entries;
        });

        assertRefused(file, "manifest.json 的格式版本为 3，本程序只能核对到版本 2；请用新版园区台账核对。");
    }

    @Test
    void aPackageOfAParkThatIsNotTheBureausIsRefused() {
        Path file = packages.generatedPark(7);

        assertRefused(file, "数据包是园区“合成园区（种子 7）”（SYN7）的，这个园区不是本市局的园区，拒收。");
    }

    @Test
    void aMalformedPeriodSignedByTheParkIsRefused() throws IOException {
        Path file = packages.tampered("period.zip", entries -> resigned(entries, manifest -> {
            ((ObjectNode) manifest.path("period")).put("code", "2025Q5");
        }));

        assertRefused(file, "数据包的报送期间“2025Q5”不是有效的期间（应为 2025、2025Q3、2025-07 或 2023-2025 这样的代码），拒收。");
    }

    @Test
    void aManifestWithoutTheTimeItWasMadeSignedByTheParkIsRefused() throws IOException {
        Path file = packages.tampered("created.zip", entries -> resigned(entries, manifest -> manifest.remove("created")));

        assertRefused(file, "数据包的 manifest.json 缺少导出时间或各表行数，或其中的代码过长，不是园区台账导出的，拒收。");
    }

    @Test
    void aFigureBeyondWhatTheLedgerKeepsSignedByTheParkIsRefused() throws IOException {
        Path file = packages.tampered("huge.zip", entries -> {
            ObjectNode data = PackageFiles.object(entries.get("data.json"));
            ((ObjectNode) data.path("tables").path("targets").get(0)).put("actual", new java.math.BigDecimal("1e30"));
            return resigned(PackageFiles.withFile(entries, "data.json", PackageFiles.bytes(data)), manifest -> { });
        });

        assertRefused(file, "数据包“huge.zip”的 data.json 中读不出各项目标的数据，拒收。");
    }

    @Test
    void aPeriodOutsideThePlanIsRefused() {
        Path file = packages.export(ReportPeriod.year(2022), "ZZSZ_2022.zip");

        assertRefused(file, "数据包的报送期间 2022 不在该园区计划的年份（2023—2025）之内，拒收。");
    }

    @Test
    void theSameFileReceivedTwiceIsRefusedWithTheDateItCame() {
        String today = java.time.LocalDate.now().toString();

        assertRefused(packages.zzsz2024, "这个文件已于 " + today + " 接收过（园区 ZZSZ，期间 2024，文件“ZZSZ_2024.zip”），不再重复接收。");
    }

    @Test
    void anEntryNamedToEscapeTheFolderIsRefused() throws IOException {
        Path file = packages.tampered("zipslip.zip", entries -> {
            entries.put("../../evil.sh", "rm -rf ~".getBytes(StandardCharsets.UTF_8));
            return entries;
        });

        assertRefused(file, "数据包中有指向包外的文件名“../../evil.sh”，这不是园区台账导出的数据包，拒收。");
        assertThat(folder.resolve("../evil.sh").normalize()).doesNotExist();
    }

    /** The manifest changed by {@code change} and signed again with the park's own key, as a faulty ledger would. */
    private static Map<String, byte[]> resigned(Map<String, byte[]> entries, java.util.function.Consumer<ObjectNode> change) {
        ObjectNode manifest = PackageFiles.object(entries.get("manifest.json"));
        change.accept(manifest);
        byte[] bytes = PackageFiles.bytes(manifest);
        entries.put("manifest.json", bytes);
        entries.put("signature.json", DetachedSignature.sign(packages.park.keys.key(), bytes).toJson());
        return entries;
    }

    private void assertRefused(Path file, String message) {
        assertRefused(ledger, file, message);
    }

    /** Refused with exit code 4 and the one sentence on the file's line; the ledger's tables as they were. */
    private void assertRefused(Path bureau, Path file, String message) {
        String before = BureauPackages.digest(bureau);

        int exit = BureauPackages.run(bureau, out, "bureau", "receive", file.toString());

        String printed = out.toString();
        assertThat(exit).as(printed).isEqualTo(BureauCommand.REFUSED);
        assertThat(printed).contains(file.getFileName() + "：拒收：" + message)
                .contains("接收 0 份，发送方未确认 0 份，拒收 1 份。").doesNotContain("Exception", "at org.");
        assertThat(printed.lines().filter(line -> line.contains("拒收：")).count()).as("one reason").isEqualTo(1);
        assertThat(BureauPackages.digest(bureau)).as("nothing written").isEqualTo(before);
    }
}
