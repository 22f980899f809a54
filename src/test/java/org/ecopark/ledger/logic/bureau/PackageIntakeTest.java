package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's services over an in-memory ledger: which package counts for a park and period when several came, the
 * reserved 已退回 state, and the messages in English.
 */
class PackageIntakeTest {

    @TempDir
    static Path folder;

    private static SubmissionFixture park;
    private static Path earlier;
    private static Path later;

    private Database database;
    private Services bureau;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        park = SubmissionFixture.inMemory("intake");
        earlier = export("earlier.zip");
        later = export("later.zip");
    }

    private static Path export(String name) {
        Path out = folder.resolve(name);
        return park.exportPackage(ReportPeriod.year(2025), out);
    }

    @AfterAll
    static void closePark() {
        park.close();
    }

    @BeforeEach
    void bureau() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("bureau-" + System.nanoTime());
        bureau = new Services(database);
        bureau.bureau().init("枣庄市生态环境局", "枣庄市");
        bureau.parkKeys().register(park.publicKeyFile(folder.resolve("ZZSZ.json")).toString(), null);
    }

    @AfterEach
    void close() {
        bureau.close();
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void aBureauLedgerSaysItsRoleAndAParkLedgerIsAParksByDefault() {
        assertThat(bureau.bureau().role()).isEqualTo(LedgerRole.BUREAU);
        assertThat(bureau.bureau().profile().orElseThrow().city()).isEqualTo("枣庄市");
        try (Services parkLedger = new Services(Database.inMemory("park-" + System.nanoTime()))) {
            assertThat(parkLedger.bureau().role()).isEqualTo(LedgerRole.PARK);
            assertThat(parkLedger.bureau().profile()).isEmpty();
            assertThatThrownBy(() -> parkLedger.submissionStatus().status("2025")).isInstanceOf(BureauException.class);
        }
    }

    @Test
    void anOlderPackageThatArrivesLateIsKeptAsSupersededAndTheLaterOneCounts() {
        assertThat(bureau.packageIntake().receive(later).kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);

        PackageIntake.Outcome late = bureau.packageIntake().receive(earlier);

        assertThat(late.kind()).isEqualTo(PackageIntake.Kind.ACCEPTED);
        assertThat(late.message()).endsWith("本市局已有该园区同一期间更晚导出的报送，这一份保留为已被替代。");
        assertThat(late.received().superseded()).isTrue();
        SubmissionStatus.Row row = zzsz("2025");
        assertThat(row.state()).isEqualTo(SubmissionStatus.State.RECEIVED);
        assertThat(row.current().fileName()).isEqualTo("later.zip");
    }

    @Test
    void aReturnedPackageShowsAsReturnedAndOtherPeriodsAsNotSubmitted() {
        ReceivedPackage received = bureau.packageIntake().receive(later).received();
        new UnitOfWork(database).inTransaction(repositories -> {
            repositories.receivedPackages().setState(received.id(), IntakeState.RETURNED);
            return null;
        });

        assertThat(zzsz("2025").state()).isEqualTo(SubmissionStatus.State.RETURNED);
        assertThat(zzsz("2025").state().label()).isEqualTo("已退回");
        assertThat(zzsz("2024").state()).isEqualTo(SubmissionStatus.State.NOT_SUBMITTED);
        assertThat(zzsz("2023-2025").current()).isNull();
    }

    @Test
    void theReasonsAreInEnglishInAnEnglishWindow() {
        bureau.packageIntake().receive(later);
        I18n.setLocale(java.util.Locale.ENGLISH);

        PackageIntake.Outcome again = bureau.packageIntake().receive(later);

        assertThat(again.kind()).isEqualTo(PackageIntake.Kind.REFUSED);
        assertThat(again.message()).startsWith("This very file was received on ").contains("park ZZSZ, period 2025");
        assertThat(zzsz("2025").state().label()).isEqualTo("Received");
    }

    private SubmissionStatus.Row zzsz(String period) {
        List<SubmissionStatus.Row> rows = bureau.submissionStatus().status(period);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
