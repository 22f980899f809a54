package org.ecopark.ledger.logic.differential;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.check.LedgerCheckText;
import org.ecopark.ledger.logic.demo.DemoException;
import org.ecopark.ledger.logic.demo.DemoRefusedException;
import org.ecopark.ledger.logic.demo.DemoSource;
import org.ecopark.ledger.logic.demo.LoadProgress;
import org.ecopark.ledger.logic.demo.SyntheticParkGenerator;
import org.ecopark.ledger.model.Park;

/**
 * The writers of whole parks. The demo: loaded into an empty ledger, refused over records, loaded again replacing
 * them (the whole demo only late in a run, since every later check reads it; before that, one with a sixth of its
 * figures). The generator's small synthetic parks, loaded in many transactions; a run killed part way (an Error from
 * its progress callback skips its clean-up, as a power cut would) or failing part way (it deletes what it wrote); and
 * the run with the same seed, which deletes a half park and loads it again. And the user's ledger check and repair.
 */
final class BulkOperations {

    /** The kill of a generator run part way: not an exception the generator catches and cleans up after. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("the program was killed while generating");
        }
    }

    /** A generator run failing part way (a full disk): the generator deletes what it wrote, and says why. */
    static final class SimulatedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedFailure() {
            super("the disk was full while generating");
        }
    }

    /** How many blocks of patent serials the generator chooses a seed's from. */
    private static final int PATENT_BLOCKS = 50;

    /** A generator run: its seed and sizes, so that the same run can be started again. */
    private record Run(long seed, int enterprises, int years) {
    }

    private final Ledger ledger;
    private final Map<Long, Run> runs = new LinkedHashMap<>();
    private final Set<Integer> patentBlocks = new HashSet<>();
    private long nextSeed;

    BulkOperations(Ledger ledger, long runSeed) {
        this.ledger = ledger;
        this.nextSeed = 1_000 + Math.floorMod(runSeed, 10_000) * 100;
    }

    /** @param fullDemo whether the whole demo may be loaded (late in a run), else the lighter one */
    Operation any(boolean fullDemo) {
        int roll = ledger.random.nextInt(100);
        if (roll < 10) {
            return firstDemo();
        }
        if (roll < 35) {
            boolean full = fullDemo && ledger.chance(50);
            DemoSource source = full ? DemoSource.bundled() : lighterDemo();
            return Operation.write((full ? "demo" : "demo (a sixth of its figures)") + " loaded replacing the records",
                    () -> ledger.services.demo().load(source, true, LoadProgress.NONE));
        }
        if (!runs.isEmpty() && (roll < 55 || patentBlocks.size() == PATENT_BLOCKS)) {
            return again(ledger.pick(List.copyOf(runs.values())));
        }
        Run run = new Run(seed(), ledger.between(2, 4), ledger.between(1, 2));
        runs.put(run.seed(), run);
        if (roll < 75) {
            return stopped(run, ledger.between(1, run.enterprises() + 1), ledger.chance(60));
        }
        return Operation.write("generator " + run, () -> generate(run, LoadProgress.NONE));
    }

    /** The demo offered on an empty ledger is loaded; over records it is refused, as the first-run dialog would be. */
    Operation firstDemo() {
        String what = "demo (a sixth of its figures) loaded without replacing";
        Runnable load = () -> ledger.services.demo().load(lighterDemo(), false, LoadProgress.NONE);
        if (ledger.unitOfWork.read().records().isEmpty()) {
            return Operation.write(what + " into the empty ledger", load);
        }
        return Operation.refused(what + " over the ledger's records", load, DemoRefusedException.class);
    }

    /**
     * The ledger check a user runs (文件 → 检查台账), which must find nothing the run's own check did not; or its
     * repair, which recomputes all derived data in one transaction.
     */
    Operation check() {
        if (ledger.chance(50)) {
            return Operation.write("check repairs the ledger", () -> ledger.services.check().repair());
        }
        return Operation.write("check finds the ledger clean", () -> {
            LedgerCheck check = ledger.services.check().check();
            if (!check.derived().isEmpty() || !check.evaluations().isEmpty()) {
                throw new AssertionError("the ledger check found " + LedgerCheckText.lines(check));
            }
        });
    }

    /** A run stopped once its progress reaches {@code step} (each enterprise is one, finishing the load the last). */
    private Operation stopped(Run run, int step, boolean killed) {
        return Operation.refused("generator " + run + (killed ? " killed" : " failing") + " at step " + step + " of "
                + (run.enterprises() + 1), () -> generate(run, (done, total) -> {
                    if (done >= step && killed) {
                        throw new SimulatedCrash();
                    }
                    if (done >= step) {
                        throw new SimulatedFailure();
                    }
                }), SimulatedCrash.class, SimulatedFailure.class);
    }

    /**
     * The same seed again: a park left loading by a killed run is deleted and loaded anew; a complete one is refused
     * (its park holds records); one a demo replace emptied is loaded again.
     */
    private Operation again(Run run) {
        String code = SyntheticParkGenerator.parkCode(run.seed());
        Optional<Park> park = ledger.services.parks().parks().stream().filter(p -> p.code().equals(code)).findFirst();
        boolean loading = park.isPresent() && ledger.isLoading(park.get());
        if (park.isPresent() && !loading && ledger.hasRecords(park.get())) {
            return Operation.refused("generator " + run + " again over its complete park",
                    () -> generate(run, LoadProgress.NONE), DemoException.class);
        }
        String state = park.isEmpty() ? "never started" : loading ? "left loading" : "emptied";
        return Operation.write("generator " + run + " again over its park " + state,
                () -> generate(run, LoadProgress.NONE));
    }

    private void generate(Run run, LoadProgress progress) {
        ledger.services.generator().generate(run.enterprises(), run.years(), run.seed(), progress);
    }

    /**
     * A seed whose park gets patent serials of its own: the generator draws a seed's block of serials from 50, and
     * two parks of one ledger on the same block would collide (a refusal this run is not about).
     */
    private long seed() {
        while (true) {
            long seed = nextSeed++;
            if (patentBlocks.add(Math.floorMod(Long.hashCode(seed * 0x9E3779B97F4A7C15L), PATENT_BLOCKS))) {
                return seed;
            }
        }
    }

    /**
     * The bundled demo with the figures of June and December only: all its enterprises, patents, staff and other
     * records, through the same load, for a ledger that every later check reads at a sixth of the figures' cost.
     */
    static DemoSource lighterDemo() {
        DemoSource bundled = DemoSource.bundled();
        return name -> {
            InputStream in = bundled.open(name);
            if (!name.equals("statistics.csv")) {
                return in;
            }
            List<String> lines;
            try (in) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            String kept = lines.stream().skip(1).filter(line -> {
                String period = line.split(",")[2];
                return period.endsWith("-06") || period.endsWith("-12");
            }).collect(Collectors.joining("\n", lines.get(0) + "\n", "\n"));
            return new ByteArrayInputStream(kept.getBytes(StandardCharsets.UTF_8));
        };
    }
}
