package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return and a re-submission between two ledger files, on the command line only: the demo park's ledger exports a
 * package, the bureau receives it and returns it with a note, the park imports the note and submits again, and the
 * bureau receives the new package, which supersedes the returned one.
 */
class ReturnNoteEndToEndTest {

    private static final String REASON = "工业增加值与统计年鉴不一致，请核对后重新报送";

    @TempDir
    Path folder;

    private int run(Path ledger, StringWriter out, String... args) {
        return LedgerFiles.run(ledger, out, args);
    }

    @Test
    void aReturnedPackageIsImportedByTheParkAndItsResubmissionIsReceived() {
        I18n.setLocale(I18n.CHINESE);
        Path park = folder.resolve("park");
        Path bureau = folder.resolve("bureau");
        Path first = folder.resolve("ZZSZ_2025.zip");
        Path second = folder.resolve("ZZSZ_2025_again.zip");
        Path note = folder.resolve("ZZSZ_2025_退回.zip");
        StringWriter out = new StringWriter();
        assertThat(run(park, out, "demo")).as(out.toString()).isZero();
        assertThat(run(park, out, "export", "--park", "ZZSZ", "--period", "2025", "--out", first.toString()))
                .as(out.toString()).isZero();
        assertThat(run(park, out, "keys", "show", "--out", folder.resolve("ZZSZ.json").toString())).isZero();
        assertThat(run(bureau, out, "bureau", "init", "--name", "枣庄市生态环境局", "--city", "枣庄市")).isZero();
        assertThat(run(bureau, out, "keys", "register", folder.resolve("ZZSZ.json").toString())).isZero();
        assertThat(run(bureau, out, "keys", "show", "--out", folder.resolve("bureau.json").toString())).isZero();
        assertThat(run(bureau, out, "bureau", "receive", first.toString())).as(out.toString()).isZero();

        StringWriter returned = new StringWriter();
        assertThat(run(bureau, returned, "bureau", "return", "--park", "ZZSZ", "--period", "2025", "--reason", REASON,
                "--out", note.toString())).as(returned.toString()).isZero();
        assertThat(returned.toString()).contains("已退回：园区 ZZSZ 期间 2025 的报送“ZZSZ_2025.zip”");
        StringWriter status = new StringWriter();
        assertThat(run(bureau, status, "bureau", "status", "--period", "2025")).isZero();
        assertThat(status.toString()).contains("已退回（" + REASON + "）");

        StringWriter unconfirmed = new StringWriter();
        assertThat(run(park, unconfirmed, "return-note", note.toString())).isEqualTo(ReturnNoteCommand.UNCONFIRMED);
        assertThat(unconfirmed.toString()).contains("发送方未确认");
        StringWriter imported = new StringWriter();
        assertThat(run(park, imported, "return-note", note.toString(), "--key", folder.resolve("bureau.json").toString()))
                .as(imported.toString()).isZero();
        assertThat(imported.toString()).contains("由已登记的密钥签名（枣庄市生态环境局，指纹 ").contains("已导入：报送“ZZSZ_2025.zip”（期间 2025）标为已退回："
                + REASON);
        StringWriter twice = new StringWriter();
        assertThat(run(park, twice, "return-note", note.toString(), "--accept-unconfirmed")).isZero();
        assertThat(twice.toString()).contains("已经导入过");
        assertThat(parkHistory(park)).extracting(s -> s.returned() == null ? null : s.returned().reason())
                .containsExactly(REASON);

        assertThat(run(park, out, "export", "--park", "ZZSZ", "--period", "2025", "--out", second.toString()))
                .as(out.toString()).isZero();
        assertThat(run(bureau, out, "bureau", "receive", second.toString())).as(out.toString()).isZero();

        StringWriter csv = new StringWriter();
        assertThat(run(bureau, csv, "bureau", "status", "--period", "2025", "--format", "csv")).isZero();
        assertThat(csv.toString()).contains("ZZSZ,枣庄市中区生态环保产业特色园区,RECEIVED,").contains(",ZZSZ_2025_again.zip,");
        List<ReceivedPackage> received = received(bureau);
        assertThat(received).extracting(ReceivedPackage::fileName, ReceivedPackage::state, ReceivedPackage::superseded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ZZSZ_2025.zip", IntakeState.RETURNED, true),
                        org.assertj.core.groups.Tuple.tuple("ZZSZ_2025_again.zip", IntakeState.ACCEPTED, false));
        assertThat(received.get(1).supersedesId()).isEqualTo(received.get(0).id());
    }

    private static List<Submission> parkHistory(Path park) {
        try (Database database = Database.open(park)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            long id = unitOfWork.read().parks().findByCode("ZZSZ").orElseThrow().id();
            return unitOfWork.read().submissions().findByPark(id);
        }
    }

    private static List<ReceivedPackage> received(Path bureau) {
        try (Database database = Database.open(bureau)) {
            return new UnitOfWork(database).read().receivedPackages().findByPeriod("2025").stream()
                    .sorted(Comparator.comparingLong(ReceivedPackage::id)).toList();
        }
    }
}
