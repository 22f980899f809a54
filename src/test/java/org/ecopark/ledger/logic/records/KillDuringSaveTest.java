package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.CrashHarness;
import org.ecopark.ledger.logic.CrashHarness.Moment;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "已保存" means saved: a program saving enterprises and figures through the forms' services is killed with
 * SIGKILL at random moments (while its JVM starts, while it opens the file, between and inside saves), again
 * and again on the same file. After every kill the file must open and hold every save the program had
 * acknowledged, in this run and all before.
 */
class KillDuringSaveTest {

    /** The suite's share of the kills; {@code -Decopark.kills=200} for a longer run. */
    private static final int KILLS = 16;
    private static final long SEED = 20261206L;
    /**
     * Each run numbers its enterprises from its own block, so that no two runs save the same credit code; a run is
     * killed after some 40 saves at the most, and the credit codes have room for 999 blocks.
     */
    private static final int BLOCK = 1_000;
    private static final String STARTING = "while the JVM started";
    private static final String OPENING = "while the file opened";
    private static final String SAVING = "while saving";
    /** How long the last child took to start its JVM and to open the file; first guesses before any did. */
    private long startMillis = 500;
    private long openMillis = 1500;

    @TempDir
    Path folder;

    @Test
    void everySaveTheProgramAcknowledgedIsInTheFileAfterItIsKilled() throws Exception {
        Path ledger = folder.resolve("ledger");
        long parkId;
        try (Services services = Services.open(ledger)) {
            services.parks().selectPark("ZZSZ");
            parkId = services.parks().selectedPark().orElseThrow().id();
        }
        long seed = CrashHarness.seed(SEED);
        Random random = new Random(seed);
        int kills = CrashHarness.kills(KILLS);
        Map<Integer, String> enterprisesAcknowledged = new TreeMap<>();
        List<Integer> figuresAcknowledged = new ArrayList<>();
        List<String> losses = new ArrayList<>();
        Set<String> missing = new HashSet<>();
        Map<String, Integer> phases = new TreeMap<>();
        for (int kill = 0; kill < kills; kill++) {
            Moment moment = moment(random, kill);
            CrashHarness.Run run = CrashHarness.run(SavingChild.class.getName(),
                    List.of(ledger.toString(), Integer.toString(kill * BLOCK)), Map.of(), moment,
                    folder.resolve("child-" + kill + ".log"));
            assertThat(run.killed()).as("kill %d (%s) ended the child, which exited %d by itself: %s", kill, moment,
                    run.exitCode(), run.logTail()).isTrue();
            String phase = phase(run);
            phases.merge(phase, 1, Integer::sum);
            Map<Integer, String> enterprises = new LinkedHashMap<>();
            run.startingWith(SavingChild.SAVED_ENTERPRISE).forEach(line -> {
                String[] parts = line.split(" ");
                enterprises.put(Integer.parseInt(parts[1]), parts[2]);
            });
            List<Integer> figures = run.startingWith(SavingChild.SAVED_FIGURES).stream()
                    .map(line -> Integer.parseInt(line.split(" ")[1])).toList();
            enterprisesAcknowledged.putAll(enterprises);
            figuresAcknowledged.addAll(figures);

            List<String> lost = missing(ledger, parkId, enterprisesAcknowledged, figuresAcknowledged);
            lost.removeAll(missing);
            missing.addAll(lost);
            if (!lost.isEmpty()) {
                losses.add("kill " + kill + " (" + moment + ", " + phase + ", " + enterprises.size() + " enterprises and "
                        + figures.size() + " quarters' figures acknowledged in this run): " + lost.size()
                        + " acknowledged saves lost, e.g. " + lost.subList(0, Math.min(3, lost.size())));
            }
        }
        // one line in the build's output: what a long manual run (-Decopark.kills=200) is run for
        System.out.println("KillDuringSaveTest: " + kills + " kills with seed " + seed + ", by phase " + phases + "; "
                + enterprisesAcknowledged.size() + " enterprises and " + figuresAcknowledged.size()
                + " quarters' figures acknowledged; kills that lost acknowledged saves: " + losses.size()
                + " (the last child started in " + startMillis + " ms and opened the file in " + openMillis + " ms)");
        assertThat(losses).as("seed %d; kills by phase %s", seed, phases).isEmpty();
        assertThat(phases).as("the kills landed while the program saved").containsKey(SAVING);
    }

    /**
     * Of every eight kills one lands while the JVM starts, two while the file is opened (H2, the schema's check, the
     * catalog's), the others inside or between saves, after a random number of them.
     */
    private Moment moment(Random random, int kill) {
        return switch (kill % 8) {
            case 0 -> Moment.afterStart(Moment.anyDelay(random, startMillis));
            case 1, 5 -> Moment.after(SavingChild.OPENING, 1, Moment.anyDelay(random, openMillis));
            default -> Moment.after(SavingChild.SAVED_ENTERPRISE, 1 + random.nextInt(40), Moment.anyDelay(random, 30));
        };
    }

    /** Where the child was when it died, from what it had printed; learns how long its start took. */
    private String phase(CrashHarness.Run run) {
        long opening = run.arrival(SavingChild.OPENING);
        long ready = run.arrival(SavingChild.READY);
        if (ready >= 0) {
            startMillis = opening;
            openMillis = ready - opening;
            return SAVING;
        }
        return opening >= 0 ? OPENING : STARTING;
    }

    /** The acknowledged saves the reopened file lacks, or holds otherwise than they were saved. */
    private static List<String> missing(Path ledger, long parkId, Map<Integer, String> enterprises,
                                        Collection<Integer> figures) {
        List<String> missing = new ArrayList<>();
        try (Database database = Database.open(ledger)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            RecordServices records = new RecordServices(unitOfWork, "check", RecordFixtures.DATES);
            Map<String, Enterprise> stored = records.enterprises().list(parkId).stream()
                    .collect(Collectors.toMap(Enterprise::uscc, Function.identity()));
            enterprises.forEach((n, uscc) -> {
                Enterprise found = stored.get(uscc);
                if (found == null || !sameAsSaved(found, SavingChild.draft(parkId, n))
                        || unitOfWork.read().audit().history(EnterpriseService.TABLE, String.valueOf(found.id())).isEmpty()) {
                    missing.add("enterprise " + n + " " + uscc);
                }
            });
            for (int n : figures) {
                Enterprise owner = stored.get(enterprises.get(n));
                if (owner == null || !plain(SavingChild.figures(n)).equals(figuresOf(records, owner))) {
                    missing.add("figures of enterprise " + n);
                }
            }
        }
        return missing;
    }

    private static boolean sameAsSaved(Enterprise stored, Enterprise draft) {
        return stored.name().equals(draft.name()) && Objects.equals(stored.settledOn(), draft.settledOn())
                && Objects.equals(stored.address(), draft.address()) && stored.titles().size() == 1
                && Objects.equals(stored.titles().get(0).certificateNo(), draft.titles().get(0).certificateNo());
    }

    private static Map<String, String> figuresOf(RecordServices records, Enterprise enterprise) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        records.statistics().sheet(enterprise.id(), SavingChild.QUARTER).lines().stream()
                .filter(line -> line.value() != null)
                .forEach(line -> values.put(line.metric().code(), line.value()));
        return plain(values);
    }

    private static Map<String, String> plain(Map<String, BigDecimal> values) {
        Map<String, String> plain = new TreeMap<>();
        values.forEach((code, value) -> plain.put(code, value.stripTrailingZeros().toPlainString()));
        return plain;
    }
}
