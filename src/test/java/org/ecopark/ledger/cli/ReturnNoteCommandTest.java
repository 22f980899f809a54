package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bureau return} and {@code return-note} refusing bad input on ledger files: one sentence each, exit code 1
 * or 4, no note written and every table of the ledger as it was.
 */
class ReturnNoteCommandTest {

    private static final String REASON = "缺少统计局盖章";

    @TempDir
    static Path folder;

    private static Path park;
    private static Path bureau;
    private static Path note;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void ledgers() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        park = folder.resolve("park");
        Path pkg = folder.resolve("ZZSZ_2025.zip");
        Path key = folder.resolve("ZZSZ.json");
        try (SubmissionFixture fixture = SubmissionFixture.file(park)) {
            fixture.service.export(fixture.request(ReportPeriod.year(2025), pkg), ExportProgress.NONE, () -> false);
            fixture.publicKeyFile(key);
        }
        bureau = folder.resolve("bureau");
        BureauPackages.bureau(bureau);
        StringWriter setup = new StringWriter();
        assertThat(BureauPackages.run(bureau, setup, "keys", "register", key.toString())).as(setup.toString()).isZero();
        assertThat(BureauPackages.run(bureau, setup, "bureau", "receive", pkg.toString())).as(setup.toString()).isZero();
        note = folder.resolve("note.zip");
        assertThat(BureauPackages.run(bureau, setup, "bureau", "return", "--park", "ZZSZ", "--period", "2025",
                "--reason", REASON, "--out", note.toString())).as(setup.toString()).isZero();
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private void assertBureauRefuses(String message, String... args) {
        String before = BureauPackages.digest(bureau);
        Path target = folder.resolve("refused-note.zip");
        String[] command = new String[args.length + 3];
        command[0] = "bureau";
        command[1] = "return";
        System.arraycopy(args, 0, command, 2, args.length);
        command[command.length - 1] = "--out=" + target;
        assertThat(BureauPackages.run(bureau, out, command)).isEqualTo(1);
        assertThat(out.toString()).contains(message).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(target).doesNotExist();
        assertThat(BureauPackages.digest(bureau)).isEqualTo(before);
    }

    @Test
    void anEmptyReasonIsRefused() {
        assertBureauRefuses("请写明退回的原因", "--park", "ZZSZ", "--period", "2025", "--reason", " ");
    }

    @Test
    void aParkNotOfTheBureauIsRefused() {
        assertBureauRefuses("“NOPE”不是本市局的园区", "--park", "NOPE", "--period", "2025", "--reason", REASON);
    }

    @Test
    void aPeriodWithoutAReceivedPackageIsRefused() {
        assertBureauRefuses("园区 ZZSZ 在期间 2024 没有已接收的报送", "--park", "ZZSZ", "--period", "2024", "--reason", REASON);
    }

    @Test
    void aPackageReturnedAlreadyIsNotReturnedAgain() {
        assertBureauRefuses("已经退回过（原因：" + REASON + "）", "--park", "ZZSZ", "--period", "2025", "--reason", "又一次");
    }

    @Test
    void theBureauStatusShowsTheReason() {
        assertThat(BureauPackages.run(bureau, out, "bureau", "status", "--period", "2025")).isZero();
        assertThat(out.toString()).contains("已退回（" + REASON + "）");
    }

    private void assertParkRefuses(Path file, String message) {
        String before = BureauPackages.digest(park);
        assertThat(BureauPackages.run(park, out, "return-note", file.toString(), "--accept-unconfirmed"))
                .isEqualTo(ReturnNoteCommand.REFUSED);
        assertThat(out.toString()).contains(message).doesNotContain("Exception");
        assertThat(BureauPackages.digest(park)).isEqualTo(before);
    }

    private static Path altered(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return PackageFiles.altered(note, folder.resolve(name), change);
    }

    private static UnaryOperator<Map<String, byte[]>> note(String from, String to) {
        return entries -> {
            String json = new String(entries.get("return.json"), StandardCharsets.UTF_8).replace(from, to);
            entries.put("return.json", json.getBytes(StandardCharsets.UTF_8));
            return entries;
        };
    }

    @Test
    void aTamperedNoteIsRefused() throws IOException {
        assertParkRefuses(altered("tampered.zip", note(REASON, "无")), "签名与内容不符");
    }

    @Test
    void anUnsignedNoteIsRefused() throws IOException {
        assertParkRefuses(altered("unsigned.zip", entries -> {
            entries.remove(DetachedSignature.FILE_NAME);
            return entries;
        }), "没有签名");
    }

    @Test
    void aNoteForAnotherParkIsRefusedEvenWhenItsSignatureIsRemade() throws IOException {
        assertParkRefuses(resigned("other-park.zip", "\"ZZSZ\"", "\"JNLS\""), "是给园区“JNLS”的退回通知");
    }

    @Test
    void aNoteAboutAnUnknownPackageIsRefusedEvenWhenItsSignatureIsRemade() throws IOException {
        String sha = PackageFiles.json(note, "return.json").get("packageSha256").asText();
        assertParkRefuses(resigned("unknown.zip", sha, "f".repeat(64)), "本台账没有导出过这个数据包");
    }

    @Test
    void notAZipIsRefused() throws IOException {
        assertParkRefuses(Files.writeString(folder.resolve("text.zip"), "not a zip"), "不是退回通知");
    }

    /** The note changed and signed again by the bureau's key: intact and signed, but wrong in what it says. */
    private static Path resigned(String name, String from, String to) throws IOException {
        Path changed = altered(name + ".tmp", note(from, to));
        Map<String, byte[]> entries = PackageFiles.entries(changed);
        byte[] json = entries.get("return.json");
        try (org.ecopark.ledger.persistence.Database database = org.ecopark.ledger.persistence.Database.open(bureau)) {
            var key = new org.ecopark.ledger.logic.signing.SigningKeys(
                    new org.ecopark.ledger.persistence.UnitOfWork(database)).key();
            entries.put(DetachedSignature.FILE_NAME, DetachedSignature.sign(key, json).toJson());
        }
        return PackageFiles.write(folder.resolve(name), entries);
    }
}
