package org.ecopark.ledger.logic.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauService;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.bureau.PackageReturn;
import org.ecopark.ledger.logic.bureau.ParkKeys;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes this empty ledger a demo city bureau (市局) whose parks' packages were made for real: each park is a generated
 * ledger of its own (in memory; its packages, key file and return notes in a temporary folder deleted afterwards) with
 * its own signing key, exporting its packages of 2024 and 2025 through the real exporter; the bureau registers the
 * parks' keys and receives the packages through the real intake. One park is late with 2025 (未报送), one park's 2025 package is returned with a reason, one park's 2024
 * package was returned for a missing signature and sent again (so a superseded package exists), the rest are received.
 */
public final class DemoBureau {

    /** The demo bureau; the catalog has one park in its city, so three parks of neighbouring cities are added. */
    public static final String BUREAU_NAME = "枣庄市生态环境局（演示）";
    public static final String CITY = "枣庄市";
    public static final String RETURN_2025 = "部分企业的营业收入与统计年报不一致，请核实后重新报送。";
    public static final String RETURN_2024 = "封面签章栏缺统计负责人签字，请补签后重新报送。";
    /** The parks, in the bureau's order, with what becomes of their packages. */
    public static final List<DemoBureauPark> PARKS = List.of(
            new DemoBureauPark("ZZSZ", 101, DemoBureauPark.Story.ON_TIME, "王主任", "李统计", "张填表", "0632-3311001"),
            new DemoBureauPark("JNLS", 102, DemoBureauPark.Story.LATE, "赵主任", "钱统计", "孙填表", "0537-7311002"),
            new DemoBureauPark("TAFC", 103, DemoBureauPark.Story.RETURNED, "周主任", "吴统计", "郑填表", "0538-3311003"),
            new DemoBureauPark("RZJX", 104, DemoBureauPark.Story.RESUBMITTED, "冯主任", "陈统计", "褚填表", "0633-6311004"));

    private static final Logger LOGGER = LoggerFactory.getLogger(DemoBureau.class);
    /** Steps of the progress: per park its ledger, and per package made its export and receipt. */
    private static final int STEPS_PER_PARK = 1 + DemoBureauPark.PERIODS.size() + 2;
    /** The parks' ledgers made side by side: two, as an office PC has at least two cores. */
    private static final int WORKERS = 2;
    private static final long WAIT_MINUTES = 10;

    private final Services bureau;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final List<DemoBureauPark> parks;

    /**
     * @param bureau     the services of the ledger that becomes the demo bureau
     * @param unitOfWork that ledger's, for what it holds
     * @param clock      the parks' ledgers' "today"
     */
    public DemoBureau(Services bureau, UnitOfWork unitOfWork, Clock clock) {
        this(bureau, unitOfWork, clock, PARKS);
    }

    /** @param parks the parks of the demo, in the bureau's order: {@link #PARKS}, or others in a test */
    DemoBureau(Services bureau, UnitOfWork unitOfWork, Clock clock, List<DemoBureauPark> parks) {
        this.bureau = bureau;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.parks = List.copyOf(parks);
    }

    /** What the demo made: the bureau, and every park's state for each period (2024, then 2025). */
    public record Result(String bureauName, List<Park> parks, Map<String, List<SubmissionStatus.Row>> statusByPeriod,
                         int packagesReceived, int packagesReturned) {
    }

    /**
     * Whether the demo bureau can be made in this ledger: a park's ledger without records or packages sent (a new
     * one). The window's first-run offer asks this before it offers the demo bureau beside the demo park.
     */
    public boolean ledgerIsEmpty() {
        return bureau.bureau().role() == LedgerRole.PARK && unitOfWork.read().records().isEmpty();
    }

    /**
     * Makes the demo bureau.
     *
     * @param progress steps done of all, for a progress bar
     * @param steps    one sentence per step (a park generated, a package exported, received or returned)
     * @throws DemoRefusedException when the ledger is not empty: a bureau's already, or holding records or packages
     * @throws DemoException        when a step fails (the temporary files are deleted all the same); a failure while
     *                              the parks' ledgers are made leaves this ledger as it was
     */
    public Result make(LoadProgress progress, Consumer<String> steps) {
        refuseUnlessEmpty();
        int total = parks.size() * STEPS_PER_PARK + 1;
        progress.update(0, total);
        Path folder = temporaryFolder();
        Tally tally = new Tally();
        AtomicInteger done = new AtomicInteger(0);
        Runnable stepDone = () -> progress.update(done.incrementAndGet(), total);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
            Thread thread = new Thread(runnable, "demo-bureau-park");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Prepared>> prepared = new ArrayList<>();
        BureauService bureauService = bureau.bureau();
        try {
            // the parks' ledgers are independent of each other: made side by side, and all of them before this ledger
            // changes, so that a failure in one (the likeliest step to fail) leaves this ledger as it was
            parks.forEach(park -> prepared.add(workers.submit(() -> prepare(park, folder, steps, stepDone))));
            List<Prepared> made = new ArrayList<>();
            for (Future<Prepared> park : prepared) {
                made.add(result(park));
            }
            List<Park> ofBureau = new ArrayList<>(bureauService.init(BUREAU_NAME, CITY));
            parks.stream().map(DemoBureauPark::code)
                    .filter(code -> ofBureau.stream().noneMatch(p -> p.code().equals(code)))
                    .forEach(code -> ofBureau.add(bureauService.addPark(code)));
            steps.accept(I18n.tr("demo.bureau.step.init", BUREAU_NAME, ofBureau.size()));
            stepDone.run();
            for (Prepared park : made) {
                atBureau(park, folder, steps, tally, stepDone);
            }
        } finally {
            finish(workers);
            prepared.forEach(DemoBureau::closeLedger);
            delete(folder);
        }
        Map<String, List<SubmissionStatus.Row>> status = new java.util.LinkedHashMap<>();
        DemoBureauPark.PERIODS.forEach(year -> status.put(String.valueOf(year),
                bureau.submissionStatus().status(String.valueOf(year))));
        progress.update(total, total);
        return new Result(BUREAU_NAME, bureauService.parks(), status, tally.received, tally.returned);
    }

    private void refuseUnlessEmpty() {
        if (bureau.bureau().role() == LedgerRole.BUREAU) {
            String name = bureau.bureau().profile().map(BureauService.Profile::name).orElse("");
            throw new DemoRefusedException(I18n.tr("demo.bureau.refused.bureau", name), Map.of());
        }
        Map<String, Integer> existing = new java.util.LinkedHashMap<>();
        unitOfWork.read().records().counts().forEach((table, count) -> {
            if (count > 0) {
                existing.put(table, count);
            }
        });
        if (!existing.isEmpty()) {
            throw new DemoRefusedException(I18n.tr("demo.bureau.refused.records", DemoService.describe(existing)),
                    existing);
        }
    }

    /** Counts what the bureau received and returned. */
    private static final class Tally {
        private int received;
        private int returned;
    }

    /** A park's own ledger, made, with its first packages exported, before the bureau sees any of them. */
    private record Prepared(DemoBureauPark park, Services ledger, Park own, Path key,
                            List<SubmissionService.Exported> packages) {
    }

    private Prepared prepare(DemoBureauPark park, Path folder, Consumer<String> steps, Runnable stepDone) {
        Services ledger = DemoBureauPark.makeLedger(park, clock);
        try {
            Park own = ledger.parks().parks().stream().filter(p -> p.code().equals(park.code())).findFirst()
                    .orElseThrow();
            steps.accept(I18n.tr("demo.bureau.step.park", own.code(), own.name(), DemoBureauPark.ENTERPRISES,
                    DemoBureauPark.YEARS));
            stepDone.run();
            Path key = park.writeKey(ledger, own, folder);
            List<SubmissionService.Exported> packages = new ArrayList<>();
            for (int year : DemoBureauPark.PERIODS) {
                if (park.sends(year)) {
                    boolean incomplete = park.story() == DemoBureauPark.Story.RESUBMITTED
                            && year == DemoBureauPark.PERIODS.get(0);
                    packages.add(park.export(ledger, year, !incomplete, "", folder));
                }
                stepDone.run();
            }
            return new Prepared(park, ledger, own, key, packages);
        } catch (RuntimeException e) {
            ledger.close();
            throw e;
        }
    }

    /** The bureau registers the park's key, receives its packages and tells its story. */
    private void atBureau(Prepared prepared, Path folder, Consumer<String> steps, Tally tally, Runnable stepDone) {
        DemoBureauPark park = prepared.park();
        ParkKeys.Registered key = bureau.parkKeys().register(prepared.key().toString(), park.code());
        steps.accept(I18n.tr("demo.bureau.step.key", park.code(), key.key().fingerprint()));
        for (SubmissionService.Exported exported : prepared.packages()) {
            receive(exported, steps, tally);
        }
        DemoBureauPark.PERIODS.stream().filter(year -> !park.sends(year))
                .forEach(year -> steps.accept(I18n.tr("demo.bureau.step.late", park.code(), String.valueOf(year))));
        stepDone.run();
        if (park.story() == DemoBureauPark.Story.RETURNED) {
            returnPackage(park, DemoBureauPark.PERIODS.get(1), RETURN_2025, folder, steps, tally);
        } else if (park.story() == DemoBureauPark.Story.RESUBMITTED) {
            int year = DemoBureauPark.PERIODS.get(0);
            returnPackage(park, year, RETURN_2024, folder, steps, tally);
            DemoBureauPark.afterSecondOf(prepared.packages().get(0).submission().createdAt());
            receive(park.export(prepared.ledger(), year, true, I18n.tr("demo.bureau.resubmitNote"), folder), steps,
                    tally);
        }
        stepDone.run();
    }

    private static Prepared result(Future<Prepared> park) {
        try {
            return park.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException(String.valueOf(e.getMessage()), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new DemoException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    /**
     * Lets the parks' ledgers that are being made, or are still waiting, be made after a failure, so that each is
     * closed and none is left open in memory; a few seconds, only after a failure.
     */
    private static void finish(ExecutorService workers) {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(WAIT_MINUTES, TimeUnit.MINUTES)) {
                LOGGER.warn("The demo bureau's parks were not made in {} minutes", WAIT_MINUTES);
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
    }

    /** Closes a park's ledger once it is made; one whose making failed closed itself. */
    private static void closeLedger(Future<Prepared> park) {
        if (!park.isDone()) {
            return; // still being made after the wait: it closes with the program
        }
        try {
            park.get().ledger().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            LOGGER.debug("A demo park's ledger was not made", e);
        }
    }

    private void receive(SubmissionService.Exported exported, Consumer<String> steps, Tally tally) {
        PackageIntake.Outcome outcome = bureau.packageIntake().receive(exported.result().file());
        if (outcome.kind() != PackageIntake.Kind.ACCEPTED) {
            // the demo's own packages, signed by registered keys: a refusal is a fault of the program
            throw new DemoException(I18n.tr("demo.bureau.notAccepted", exported.result().file().getFileName(),
                    outcome.message()));
        }
        tally.received++;
        steps.accept(outcome.message());
    }

    private void returnPackage(DemoBureauPark park, int year, String reason, Path folder, Consumer<String> steps,
                               Tally tally) {
        PackageReturn.Done done = bureau.packageReturn().returnPackage(park.code(), String.valueOf(year), reason,
                folder.resolve(park.code() + "_" + year + "_退回通知.zip"));
        tally.returned++;
        steps.accept(I18n.tr("demo.bureau.step.returned", park.code(), String.valueOf(year), done.returned().fileName(),
                reason));
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ecopark-demo-bureau");
        } catch (IOException e) {
            throw new DemoException(I18n.tr("demo.bureau.temporary", e.getMessage()), e);
        }
    }

    /** Deletes the park ledgers, packages, keys and notes made on the way; what cannot be deleted is logged. */
    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOGGER.warn("Could not delete the demo bureau's temporary file {}", file, e);
                }
            });
        } catch (IOException e) {
            LOGGER.warn("Could not delete the demo bureau's temporary folder {}", folder, e);
        }
    }
}
