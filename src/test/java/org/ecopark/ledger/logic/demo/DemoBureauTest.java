package org.ecopark.ledger.logic.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.bureau.SubmissionStatus.State;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo bureau, made once: its parks, each park's state for 2024 and 2025 as the story has it, the returned and
 * the superseded packages, the received figures against what each park's own ledger evaluates, every kept zip
 * verified, and the refusal of a ledger that is not new.
 */
class DemoBureauTest {

    @TempDir
    static Path folder;

    private static Database database;
    private static Services bureau;
    private static DemoBureau.Result result;
    private static final List<String> STEPS = new ArrayList<>();
    private static final List<long[]> PROGRESS = new ArrayList<>();

    @BeforeAll
    static void make() {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("demo-bureau-" + System.nanoTime());
        bureau = new Services(database);
        result = bureau.demoBureau().make((done, total) -> {
            synchronized (PROGRESS) {
                PROGRESS.add(new long[] {done, total});
            }
        }, step -> {
            synchronized (STEPS) {
                STEPS.add(step);
            }
        });
    }

    @AfterAll
    static void close() {
        bureau.close();
    }

    private static Repositories read() {
        return new UnitOfWork(database).read();
    }

    private static Map<String, SubmissionStatus.Row> status(String period) {
        return bureau.submissionStatus().status(period).stream()
                .collect(Collectors.toMap(row -> row.park().code(), Function.identity()));
    }

    /** Every package received for the period, the park's first first. */
    private static List<ReceivedPackage> packages(String park, String period) {
        return read().receivedPackages().findByPeriod(period).stream().filter(p -> p.parkCode().equals(park))
                .sorted(java.util.Comparator.comparingLong(ReceivedPackage::id)).toList();
    }

    @Test
    void theLedgerIsABureauOfTheFourDemoParksEachWithItsOwnRegisteredKey() {
        assertThat(bureau.bureau().role()).isEqualTo(LedgerRole.BUREAU);
        assertThat(bureau.bureau().profile().orElseThrow().name()).isEqualTo(DemoBureau.BUREAU_NAME);
        assertThat(bureau.bureau().parks()).extracting(Park::code)
                .containsExactlyInAnyOrder("ZZSZ", "JNLS", "TAFC", "RZJX");
        assertThat(result.parks()).hasSize(4);
        List<ParkKey> keys = bureau.parkKeys().list();
        assertThat(keys).extracting(ParkKey::parkCode).containsExactlyInAnyOrder("ZZSZ", "JNLS", "TAFC", "RZJX");
        assertThat(keys).extracting(ParkKey::fingerprint).doesNotHaveDuplicates();
        Map<String, Integer> records = new java.util.HashMap<>(read().records().counts());
        assertThat(records.remove("submission")).as("the packages received").isEqualTo(8);
        assertThat(records.values()).as("a bureau keeps no park records").allMatch(count -> count == 0);
    }

    @Test
    void every2024PackageIsReceivedAndIn2025OneParkIsLateAndOneReturned() {
        assertThat(status("2024").values()).extracting(SubmissionStatus.Row::state).containsOnly(State.RECEIVED)
                .hasSize(4);
        Map<String, SubmissionStatus.Row> year2025 = status("2025");
        assertThat(year2025.get("ZZSZ").state()).isEqualTo(State.RECEIVED);
        assertThat(year2025.get("JNLS").state()).isEqualTo(State.NOT_SUBMITTED);
        assertThat(year2025.get("JNLS").stateText()).isEqualTo("未报送");
        assertThat(year2025.get("TAFC").state()).isEqualTo(State.RETURNED);
        assertThat(year2025.get("RZJX").state()).isEqualTo(State.RECEIVED);
        assertThat(packages("JNLS", "2025")).isEmpty();
        assertThat(result.statusByPeriod().get("2025")).extracting(SubmissionStatus.Row::state)
                .containsExactlyElementsOf(bureau.submissionStatus().status("2025").stream()
                        .map(SubmissionStatus.Row::state).toList());
        assertThat(result.packagesReceived()).isEqualTo(8);
        assertThat(result.packagesReturned()).isEqualTo(2);
    }

    @Test
    void theReturnedPackageKeepsItsReasonAndShowsIt() {
        SubmissionStatus.Row returned = status("2025").get("TAFC");
        assertThat(returned.current().returned().reason()).isEqualTo(DemoBureau.RETURN_2025);
        assertThat(returned.stateText()).isEqualTo("已退回（" + DemoBureau.RETURN_2025 + "）");
        assertThat(returned.current().state()).isEqualTo(IntakeState.RETURNED);
    }

    @Test
    void theResubmittedPackageSupersedesTheReturnedOne() {
        List<ReceivedPackage> sent = packages("RZJX", "2024");
        assertThat(sent).hasSize(2);
        ReceivedPackage first = sent.get(0);
        ReceivedPackage again = sent.get(1);
        assertThat(first.superseded()).isTrue();
        assertThat(first.returned().reason()).isEqualTo(DemoBureau.RETURN_2024);
        assertThat(again.superseded()).isFalse();
        assertThat(again.supersedesId()).isEqualTo(first.id());
        assertThat(again.createdAt()).isAfter(first.createdAt());
        assertThat(status("2024").get("RZJX").current().id()).isEqualTo(again.id());
    }

    @Test
    void theReceivedFiguresAreWhatEachParksOwnLedgerEvaluates() {
        for (DemoBureauPark park : DemoBureau.PARKS) {
            try (Services ledger = DemoBureauPark.makeLedger(park, Clock.systemDefaultZone())) {
                for (int year : DemoBureauPark.PERIODS) {
                    List<ReceivedPackage> counting = packages(park.code(), String.valueOf(year)).stream()
                            .filter(p -> !p.superseded()).toList();
                    if (!park.sends(year)) {
                        assertThat(counting).isEmpty();
                        continue;
                    }
                    assertThat(counting).as(park.code() + " " + year).hasSize(1);
                    List<ReceivedTarget> received = read().receivedPackages().targets(counting.get(0).id());
                    List<Evaluation> own = ledger.evaluation().evaluatePark(park.code(), ReportPeriod.year(year).end());
                    assertThat(received).as("every target of " + park.code()).hasSize(own.size()).isNotEmpty();
                    Map<String, ReceivedTarget> byCode = received.stream()
                            .collect(Collectors.toMap(ReceivedTarget::targetCode, Function.identity()));
                    for (Evaluation evaluation : own) {
                        ReceivedTarget target = byCode.get(evaluation.target().code());
                        assertThat(target).as(evaluation.target().code()).isNotNull();
                        assertThat(target.actual()).as(park.code() + " " + year + " " + evaluation.target().code())
                                .isEqualTo(scaled(evaluation.actual()));
                        assertThat(target.status()).isEqualTo(evaluation.status().name());
                    }
                }
            }
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.setScale(4, RoundingMode.HALF_UP);
    }

    @Test
    void everyKeptZipVerifiesAsSignedByItsParksRegisteredKey() throws IOException {
        Map<String, String> fingerprints = bureau.parkKeys().list().stream()
                .collect(Collectors.toMap(ParkKey::parkCode, ParkKey::fingerprint));
        int checked = 0;
        for (int year : DemoBureauPark.PERIODS) {
            for (ReceivedPackage kept : read().receivedPackages().findByPeriod(String.valueOf(year))) {
                Path zip = folder.resolve(kept.id() + "-" + kept.fileName());
                Files.write(zip, read().receivedPackages().readContent(kept.id(), java.io.InputStream::readAllBytes).orElseThrow());
                PackageVerifier.Result verified = PackageVerifier.verify(zip);
                assertThat(verified.problems()).as(kept.fileName()).isEmpty();
                assertThat(verified.signature().fingerprint().text()).isEqualTo(fingerprints.get(kept.parkCode()));
                assertThat(sha256(zip)).isEqualTo(kept.sha256());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(8);
        LedgerCheck check = bureau.check().check();
        assertThat(check.derived()).isEmpty();
        assertThat(check.evaluations()).isEmpty();
    }

    @Test
    void theStepsAndTheProgressTellWhatWasDone() {
        assertThat(STEPS).anyMatch(step -> step.contains("JNLS") && step.contains("2025") && step.contains("逾期"));
        assertThat(STEPS).anyMatch(step -> step.contains(DemoBureau.RETURN_2025));
        assertThat(STEPS).filteredOn(step -> step.startsWith("已接收")).hasSize(8);
        long[] last = PROGRESS.get(PROGRESS.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
        assertThat(PROGRESS).allMatch(step -> step[0] <= step[1]);
    }

    @Test
    void aLedgerThatIsNotNewIsRefusedAndLeftAsItWas() {
        assertThatThrownBy(() -> bureau.demoBureau().make(LoadProgress.NONE, step -> { }))
                .isInstanceOf(DemoRefusedException.class).hasMessageContaining("已经是市局台账");
        assertThat(read().receivedPackages().findByPeriod("2025")).hasSize(3);
        try (Services park = new Services(Database.inMemory("demo-park-" + System.nanoTime()))) {
            park.demo().load(false);
            assertThat(park.demoBureau().ledgerIsEmpty()).isFalse();
            assertThatThrownBy(() -> park.demoBureau().make(LoadProgress.NONE, step -> { }))
                    .isInstanceOf(DemoRefusedException.class).hasMessageContaining("已有记录");
            assertThat(park.bureau().role()).isEqualTo(LedgerRole.PARK);
        }
        try (Services fresh = new Services(Database.inMemory("demo-new-" + System.nanoTime()))) {
            assertThat(fresh.demoBureau().ledgerIsEmpty()).isTrue();
        }
    }

    @Test
    void aParkWhoseLedgerCannotBeMadeLeavesTheLedgerAsItWas() {
        Database fresh = Database.inMemory("demo-failed-" + System.nanoTime());
        try (Services ledger = new Services(fresh)) {
            DemoBureauPark unknown = new DemoBureauPark("NOPARK", 9, DemoBureauPark.Story.ON_TIME, "甲", "乙", "丙", "1");
            DemoBureau demo = new DemoBureau(ledger, new UnitOfWork(fresh), Clock.systemDefaultZone(),
                    List.of(DemoBureau.PARKS.get(0), unknown));
            assertThatThrownBy(() -> demo.make(LoadProgress.NONE, step -> { })).isInstanceOf(DemoException.class)
                    .hasMessageContaining("NOPARK");
            assertThat(ledger.bureau().role()).isEqualTo(LedgerRole.PARK);
            assertThat(new UnitOfWork(fresh).read().receivedPackages().findByPeriod("2024")).isEmpty();
            assertThat(ledger.demoBureau().ledgerIsEmpty()).isTrue();
        }
    }

    /** The SHA-256 of a whole file, as the bureau keeps it. */
    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
