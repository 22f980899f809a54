package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bureau mode end to end on the command line: a new ledger made a bureau's, the park's key registered from its key
 * file or from the fingerprint on the cover, packages exported by a park ledger received, held, promoted and
 * superseded, and the status of every park for a period.
 */
class BureauCommandTest {

    @TempDir
    static Path shared;

    private static BureauPackages packages;

    @TempDir
    Path folder;

    private Path ledger;
    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void packages() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        packages = new BureauPackages(shared);
    }

    @AfterAll
    static void close() {
        packages.close();
    }

    @BeforeEach
    void bureau() {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("bureau");
        BureauPackages.bureau(ledger);
    }

    @Test
    void initMakesANewLedgerABureausWithTheParksOfThePlanAndInfoSaysSo() {
        assertThat(BureauPackages.run(ledger, out, "info")).isZero();
        assertThat(out.toString()).contains("台账角色：市局台账（枣庄市生态环境局，10 个园区）");
        assertThat(BureauPackages.run(ledger, out, "demo")).as("a bureau keeps no park records").isEqualTo(1);
        assertThat(BureauPackages.run(ledger, out, "generate", "--enterprises", "1", "--years", "1")).isEqualTo(1);
        assertThat(out.toString()).contains("本台账是市局台账，不保存园区自己的企业记录；请在园区台账中做这件事。");
        assertThat(BureauPackages.count(ledger, "enterprise")).isZero();

        Path city = folder.resolve("city");
        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(city, out, "bureau", "init", "--name", "枣庄市生态环境局", "--city", "枣庄市")).isZero();
        assertThat(out.toString()).contains("已设为市局台账“枣庄市生态环境局”，接收以下 1 个园区的报送：", "ZZSZ")
                .doesNotContain("QDSH");

        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(city, out, "bureau", "parks", "--add", "QDSH")).isZero();
        assertThat(out.toString()).contains("已加入本市局的园区：QDSH", "\nZZSZ  枣庄市中区", "\nQDSH  青岛上合");
    }

    @Test
    void aBureausPublicKeyFileIsNamedByTheBureauAndGoesToTheParks() {
        Path file = folder.resolve("bureau-key.json");

        assertThat(BureauPackages.run(ledger, out, "keys", "show", "--out", file.toString())).isZero();

        assertThat(out.toString()).contains("（交给各园区：园区导入退回通知时用它核对签名；其中不含私钥）").doesNotContain("交给市局");
        org.ecopark.ledger.logic.signing.PublicKeyFile written = org.ecopark.ledger.logic.signing.PublicKeyFile.read(file);
        assertThat(written.parkName()).isEqualTo("枣庄市生态环境局");
        assertThat(written.parkCode()).isEmpty();
    }

    @Test
    void aParkLedgerWithRecordsCannotBecomeABureausAndSaysItIsAPark() {
        Path park = folder.resolve("park");
        LedgerFiles.revenueLedger(park, bulk -> { });

        assertThat(BureauPackages.run(park, out, "bureau", "init", "--name", "市局")).isEqualTo(1);
        assertThat(BureauPackages.run(park, out, "info")).isZero();
        assertThat(BureauPackages.run(park, out, "bureau", "receive", packages.zzsz2025.toString())).isEqualTo(1);

        assertThat(out.toString()).contains("本台账中已有园区的记录或报送记录，不能设为市局台账；请用一个新的台账文件（--db 新文件）。",
                "台账角色：园区台账", "本台账是园区台账，不是市局台账；请先用 bureau init --name 名称 把一个空台账设为市局台账。");
    }

    @Test
    void aPackageSignedByTheRegisteredKeyIsReceivedAndKeptByteForByte() throws IOException {
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isZero();
        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2025.toString())).as(out.toString())
                .isZero();

        assertThat(out.toString()).contains("已登记：指纹为 " + packages.zzszFingerprint()
                + " 的密钥属于园区“枣庄市中区生态环保产业特色园区”（ZZSZ）。",
                "ZZSZ_2025.zip：已接收：枣庄市中区生态环保产业特色园区（ZZSZ）2025 的报送，", "接收 1 份，发送方未确认 0 份，拒收 0 份。");
        JsonNode manifest = PackageFiles.json(packages.zzsz2025, "manifest.json");
        JsonNode data = PackageFiles.json(packages.zzsz2025, "data.json");
        try (Database database = Database.open(ledger)) {
            var packagesIn = new UnitOfWork(database).read().receivedPackages();
            ReceivedPackage received = packagesIn.findBySha256(PackageFiles.sha256(Files.readAllBytes(packages.zzsz2025)))
                    .orElseThrow();
            assertThat(received.state()).isEqualTo(IntakeState.ACCEPTED);
            assertThat(received.periodCode()).isEqualTo("2025");
            assertThat(packagesIn.readContent(received.id(), java.io.InputStream::readAllBytes).orElseThrow()).isEqualTo(Files.readAllBytes(packages.zzsz2025));
            var targets = packagesIn.targets(received.id());
            assertThat(targets).hasSize(data.path("tables").path("targets").size()).isNotEmpty();
            JsonNode first = data.path("tables").path("targets").get(0);
            var firstKept = targets.stream().filter(t -> t.targetCode().equals(first.path("targetCode").asText()))
                    .findFirst().orElseThrow();
            assertThat(firstKept.status()).isEqualTo(first.path("status").asText());
            assertThat(firstKept.targetValue()).isEqualByComparingTo(first.path("targetValue").decimalValue());
            Map<String, Integer> counts = packagesIn.counts(received.id());
            manifest.path("rowCounts").path("tables").fields().forEachRemaining(table ->
                    assertThat(counts).containsEntry(table.getKey(), table.getValue().asInt()));
        }
        assertThat(out.toString()).contains(data.path("tables").path("targets").size() + " 项目标");
    }

    @Test
    void aPackageOfAnUnregisteredKeyIsHeldUntilItsFingerprintIsTypedIn() {
        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2025.toString()))
                .isEqualTo(BureauCommand.HELD);
        assertThat(out.toString()).contains("ZZSZ_2025.zip：已报送（发送方未确认）：", "签名密钥的指纹为 " + packages.zzszFingerprint());
        assertThat(status("2025")).contains("ZZSZ,枣庄市中区生态环保产业特色园区,UNCONFIRMED,");

        out.getBuffer().setLength(0);
        String typed = packages.zzszFingerprint().replace(" ", "-").toLowerCase(java.util.Locale.ROOT);
        assertThat(BureauPackages.run(ledger, out, "keys", "register", typed, "--park", "ZZSZ")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("原先发送方未确认的数据包“ZZSZ_2025.zip”（期间 2025）现已接收。");
        assertThat(status("2025")).contains("ZZSZ,枣庄市中区生态环保产业特色园区,RECEIVED,");

        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(ledger, out, "keys", "list")).isZero();
        assertThat(out.toString()).contains("ZZSZ", packages.zzszFingerprint(), "已有");
    }

    @Test
    void aKeyRegisteredToAnotherParkThanItsHeldPackageNamesLeavesItHeldAndSaysSo() {
        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2025.toString()))
                .isEqualTo(BureauCommand.HELD);
        out.getBuffer().setLength(0);

        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszFingerprint(), "--park", "QDSH"))
                .as(out.toString()).isZero();

        assertThat(out.toString()).contains("数据包“ZZSZ_2025.zip”（期间 2025）也由这个密钥签名，却写明是园区 ZZSZ 的报送；"
                + "一个密钥只属于一个园区，它仍未接收：请与园区 QDSH 和 ZZSZ 核对这个指纹。").doesNotContain("现已接收");
        assertThat(status("2025")).contains("ZZSZ,枣庄市中区生态环保产业特色园区,UNCONFIRMED,");
    }

    @Test
    void aFingerprintRegisteredBeforeAnyPackageTakesItsKeyFromTheFirstOne() {
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszFingerprint(), "--park", "ZZSZ")).isZero();
        assertThat(out.toString()).contains("公钥将取自第一份由该密钥签名的数据包");
        assertThat(BureauPackages.run(ledger, out, "keys", "list")).isZero();
        assertThat(out.toString()).contains("待第一份数据包");

        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2024.toString())).isZero();

        try (Services services = Services.open(ledger)) {
            var key = services.parkKeys().list().get(0);
            assertThat(org.ecopark.ledger.logic.signing.PublicKeyFile.of(packages.park.keys.key(), "ZZSZ", "")
                    .publicKey()).isEqualTo(key.publicKey());
        }
    }

    @Test
    void aResubmissionSupersedesTheEarlierPackageWhichIsKept() {
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isZero();
        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2025.toString())).isZero();
        Path again = packages.export(ReportPeriod.year(2025), "ZZSZ_2025_again.zip");

        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", again.toString())).as(out.toString()).isZero();

        assertThat(out.toString()).contains("替代了 " + java.time.LocalDate.now() + " 接收的上一份报送（保留，标为已被替代）。");
        try (Database database = Database.open(ledger)) {
            List<ReceivedPackage> all = new UnitOfWork(database).read().receivedPackages().findByPeriod("2025");
            assertThat(all).hasSize(2);
            assertThat(all.get(0).superseded()).isTrue();
            assertThat(all.get(1).superseded()).isFalse();
            assertThat(all.get(1).supersedesId()).isEqualTo(all.get(0).id());
        }
        assertThat(status("2025")).contains("RECEIVED,", "ZZSZ_2025_again.zip");
    }

    @Test
    void aFolderIsReceivedFileByFileAndAnyRefusalEndsWithExitCodeFour() throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Files.copy(packages.zzsz2024, inbox.resolve("a_ZZSZ_2024.zip"));
        Files.copy(packages.zzsz2025, inbox.resolve("b_ZZSZ_2025.zip"));
        byte[] whole = Files.readAllBytes(packages.zzsz2025);
        Files.write(inbox.resolve("c_broken.zip"), Arrays.copyOf(whole, whole.length / 3));
        Files.writeString(inbox.resolve("notes.txt"), "不是数据包");
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isZero();

        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", inbox.toString())).isEqualTo(BureauCommand.REFUSED);

        assertThat(out.toString()).contains("a_ZZSZ_2024.zip：已接收：", "b_ZZSZ_2025.zip：已接收：", "c_broken.zip：拒收：",
                "接收 2 份，发送方未确认 0 份，拒收 1 份。").doesNotContain("notes.txt");
    }

    @Test
    void theStatusListsEveryParkAsTextCsvAndJson() throws IOException {
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isZero();
        assertThat(BureauPackages.run(ledger, out, "bureau", "receive", packages.zzsz2025.toString())).isZero();

        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(ledger, out, "bureau", "status", "--period", "2025")).isZero();
        assertThat(out.toString()).contains("各园区 2025 的报送情况", "已接收", "未报送", "共 10 个园区：未报送 9，已接收 1");

        assertThat(status("2025").lines().count()).isEqualTo(11);
        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(ledger, out, "bureau", "status", "--period", "2025", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(10);
        assertThat(json.get(1).path("park_code").asText()).isEqualTo("ZZSZ");
        assertThat(json.get(1).path("state").asText()).isEqualTo("RECEIVED");
        assertThat(json.get(0).path("state").asText()).isEqualTo("NOT_SUBMITTED");

        out.getBuffer().setLength(0);
        assertThat(BureauPackages.run(ledger, out, "bureau", "status", "--period", "2025Q5")).isEqualTo(1);
        assertThat(out.toString()).contains("2025Q5");
    }

    @Test
    void eachWrongRegistrationIsRefusedWithItsOwnSentence() {
        assertThat(BureauPackages.run(ledger, out, "keys", "register", "EC07 C9B8 12", "--park", "ZZSZ")).isEqualTo(1);
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszFingerprint(), "--park", "NOPE"))
                .isEqualTo(1);
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszFingerprint())).isEqualTo(1);
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isZero();
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszFingerprint(), "--park", "QDSH"))
                .isEqualTo(1);
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.zzszKey.toString())).isEqualTo(1);

        assertThat(out.toString()).contains(
                "“EC07 C9B8 12”既不是公钥文件，也不是指纹：指纹是 32 位十六进制数字",
                "“NOPE”不是本市局的园区；bureau parks 列出本市局的园区。",
                "请用 --park 给出这个密钥所属园区的代码。",
                "的密钥已登记为园区“枣庄市中区生态环保产业特色园区”（ZZSZ）的密钥，不能再登记给其他园区。",
                "的密钥已于 " + java.time.LocalDate.now() + " 登记为园区“枣庄市中区生态环保产业特色园区”（ZZSZ）的密钥。")
                .doesNotContain("Exception");
    }

    /** {@code bureau status} as CSV. */
    private String status(String period) {
        StringWriter csv = new StringWriter();
        assertThat(BureauPackages.run(ledger, csv, "bureau", "status", "--period", period, "--format", "csv")).isZero();
        return csv.toString();
    }
}
