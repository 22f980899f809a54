package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Return notes at both ends, over in-memory ledgers: the bureau returns a received package and writes the signed note,
 * or refuses to with one sentence and writes nothing; the park imports the note, or refuses a changed, unsigned,
 * other park's or unknown package's note and changes nothing.
 */
class ReturnNotesTest {

    private static final String REASON = "第 3 页工业增加值缺少统计局盖章";

    @TempDir
    Path folder;

    private SubmissionFixture park;
    private Database bureauDatabase;
    private Services bureau;
    private Path package2025;
    private ReturnNoteImport notes;

    @BeforeEach
    void ledgers() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        park = SubmissionFixture.inMemory("return-park");
        package2025 = export("ZZSZ_2025.zip");
        bureauDatabase = Database.inMemory("return-bureau-" + System.nanoTime());
        bureau = new Services(bureauDatabase);
        bureau.bureau().init("枣庄市生态环境局", "枣庄市");
        bureau.parkKeys().register(park.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
        assertThat(bureau.packageIntake().receive(package2025).kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
        notes = new ReturnNoteImport(park.unitOfWork, SubmissionFixture.USER);
    }

    @AfterEach
    void close() {
        bureau.close();
        park.close();
    }

    private Path export(String name) {
        Path out = folder.resolve(name);
        return park.exportPackage(ReportPeriod.year(2025), out);
    }

    private Path returnIt() {
        Path note = folder.resolve("退回通知.zip");
        bureau.packageReturn().returnPackage("ZZSZ", "2025", REASON, note);
        return note;
    }

    private SubmissionStatus.Row zzsz() {
        return bureau.submissionStatus().status("2025").stream().filter(r -> r.park().code().equals("ZZSZ"))
                .findFirst().orElseThrow();
    }

    private TrustedKeys bureauKey() {
        return TrustedKeys.of(List.of(PublicKeyFile.of(bureau.signingKeys().key(), "ZZSJ", "枣庄市生态环境局")));
    }

    @Test
    void aReturnedPackageShowsItsReasonAndTheNoteIsSignedByTheBureau() throws IOException {
        Path note = returnIt();

        SubmissionStatus.Row row = zzsz();
        assertThat(row.state()).isEqualTo(SubmissionStatus.State.RETURNED);
        assertThat(row.stateText()).isEqualTo("已退回（" + REASON + "）");
        assertThat(row.current().returned().noteSha256()).isEqualTo(PackageFiles.sha256(Files.readAllBytes(note)));
        ReturnNote.Signed read = ReturnNote.read(note, bureauKey());
        assertThat(read.signerConfirmed()).isTrue();
        assertThat(read.note()).extracting(ReturnNote::bureau, ReturnNote::parkCode, ReturnNote::periodCode,
                        ReturnNote::packageFile, ReturnNote::packageSha256, ReturnNote::reason)
                .containsExactly("枣庄市生态环境局", "ZZSZ", "2025", "ZZSZ_2025.zip",
                        PackageFiles.sha256(Files.readAllBytes(package2025)), REASON);
        assertThat(PackageFiles.entries(note)).containsOnlyKeys("return.json", "signature.json");
    }

    @Test
    void eachBadReturnIsRefusedWithItsSentenceAndWritesNothing() {
        Path note = folder.resolve("note.zip");
        assertRefused(() -> bureau.packageReturn().returnPackage("ZZSZ", "2025", "  ", note), "请写明退回的原因");
        assertRefused(() -> bureau.packageReturn().returnPackage("XXXX", "2025", REASON, note), "“XXXX”不是本市局的园区");
        assertRefused(() -> bureau.packageReturn().returnPackage("ZZSZ", "2024", REASON, note),
                "园区 ZZSZ 在期间 2024 没有已接收的报送");
        assertThat(note).doesNotExist();
        assertThat(zzsz().state()).isEqualTo(SubmissionStatus.State.RECEIVED);

        returnIt();
        Path again = folder.resolve("again.zip");
        assertRefused(() -> bureau.packageReturn().returnPackage("ZZSZ", "2025", "另一个原因", again), "已经退回过");
        assertThat(again).doesNotExist();
        assertThat(zzsz().stateText()).isEqualTo("已退回（" + REASON + "）");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(BureauException.class).hasMessageContaining(message);
    }

    @Test
    void aResubmissionAfterAReturnIsReceivedAndSupersedesTheReturnedPackage() {
        returnIt();
        ReceivedPackage returned = zzsz().current();

        PackageIntake.Outcome again = bureau.packageIntake().receive(export("ZZSZ_2025_again.zip"));

        assertThat(again.kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
        SubmissionStatus.Row row = zzsz();
        assertThat(row.state()).isEqualTo(SubmissionStatus.State.RECEIVED);
        assertThat(row.stateText()).isEqualTo("已接收");
        assertThat(row.current().fileName()).isEqualTo("ZZSZ_2025_again.zip");
        assertThat(row.current().supersedesId()).isEqualTo(returned.id());
        ReceivedPackage old = new org.ecopark.ledger.persistence.UnitOfWork(bureauDatabase).read().receivedPackages().find(returned.id()).orElseThrow();
        assertThat(old.superseded()).isTrue();
        assertThat(old.state()).isEqualTo(IntakeState.RETURNED);
    }

    @Test
    void theParkImportsTheNoteOnceItsFingerprintIsConfirmedAndOnlyOnce() {
        Path note = returnIt();

        ReturnNoteImport.Preview preview = notes.preview(note, TrustedKeys.none());
        assertThat(preview.signerConfirmed()).isFalse();
        assertThat(preview.file().signerText()).contains(bureau.signingKeys().key().fingerprint().text());
        assertThatThrownBy(() -> notes.apply(preview, false)).isInstanceOf(BureauException.class)
                .hasMessageContaining("尚未登记");
        assertThat(history().get(0).returned()).isNull();

        Submission done = notes.apply(preview, true);

        assertThat(done.fileName()).isEqualTo("ZZSZ_2025.zip");
        assertThat(history().get(0).returned().reason()).isEqualTo(REASON);
        assertThat(history().get(0).returned().by()).isEqualTo("枣庄市生态环境局");
        ReturnNoteImport.Preview twice = notes.preview(note, TrustedKeys.none());
        assertThat(twice.importedBefore()).isTrue();
        assertThat(notes.apply(twice, true).returned()).isEqualTo(history().get(0).returned());
    }

    @Test
    void aNoteSignedByTheRegisteredBureauKeyNeedsNoConfirmation() {
        ReturnNoteImport.Preview preview = notes.preview(returnIt(), bureauKey());

        assertThat(preview.signerConfirmed()).isTrue();
        assertThat(notes.apply(preview, false).returned().reason()).isEqualTo(REASON);
    }

    @Test
    void aChangedNoteIsRefusedAndChangesNothing() throws IOException {
        Path note = returnIt();
        Path changed = PackageFiles.altered(note, folder.resolve("changed.zip"), entries -> {
            String json = new String(entries.get("return.json"), StandardCharsets.UTF_8).replace(REASON, "无");
            entries.put("return.json", json.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
        assertParkRefuses(changed, "签名与内容不符");
    }

    @Test
    void anUnsignedNoteIsRefusedAndChangesNothing() throws IOException {
        Path unsigned = PackageFiles.altered(returnIt(), folder.resolve("unsigned.zip"), entries -> {
            entries.remove(DetachedSignature.FILE_NAME);
            return entries;
        });
        assertParkRefuses(unsigned, "没有签名");
    }

    @Test
    void aNoteForAnotherParkIsRefusedAndChangesNothing() throws IOException {
        ReturnNote other = new ReturnNote(1, "枣庄市生态环境局", "JNLS", "2025", "ZZSZ_2025.zip",
                PackageFiles.sha256(Files.readAllBytes(package2025)), REASON, "2026-01-10T08:00:00Z", "clerk");
        Path note = Files.write(folder.resolve("other.zip"), other.toZip(bureau.signingKeys().key()));
        assertParkRefuses(note, "是给园区“JNLS”的退回通知");
    }

    @Test
    void aNoteAboutAPackageThisLedgerNeverExportedIsRefusedAndChangesNothing() throws IOException {
        ReturnNote unknown = new ReturnNote(1, "枣庄市生态环境局", "ZZSZ", "2025", "ZZSZ_2025_other.zip",
                "0".repeat(64), REASON, "2026-01-10T08:00:00Z", "clerk");
        Path note = Files.write(folder.resolve("unknown.zip"), unknown.toZip(bureau.signingKeys().key()));
        assertParkRefuses(note, "本台账没有导出过这个数据包");
    }

    private void assertParkRefuses(Path note, String message) {
        List<Submission> before = history();
        assertThatThrownBy(() -> notes.apply(notes.preview(note, TrustedKeys.none()), true))
                .isInstanceOf(BureauException.class).hasMessageContaining(message);
        assertThat(history()).isEqualTo(before);
        assertThat(history()).allSatisfy(s -> assertThat(s.returned()).isNull());
    }

    private List<Submission> history() {
        return park.service.history("ZZSZ");
    }
}
