package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.ValidCodes;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.persistence.Database;

/**
 * What a durable save costs: new enterprises saved one by one through the enterprise form's save, on a copy of the
 * park opened as the program opens a ledger (each commit in the file when it returns, then forced onto the disk),
 * against the same saves on a second copy opened with H2's relaxed defaults, as the program stored before (commits
 * written up to half a second later, nothing forced). Both copies are open at once and their rounds alternate, so
 * that neither gets the quieter machine.
 */
final class SaveScenario {

    static final String NAME = "save";
    /** Saves timed in one round. */
    static final int SAVES = 100;
    /** Saves before the first round, on each copy: class loading and the JIT are not what is measured. */
    private static final int WARM_UP = 30;
    private static final String DIVISION = "370402";
    private static final String RELAXED = "H2 defaults (write delay 500 ms, no sync), as before";

    private SaveScenario() {
    }

    static List<Figure> run(Path park, Path work, int runs) throws IOException {
        Path folder = work.resolve(NAME);
        Path durableCopy = BenchPark.copy(park, folder.resolve("durable" + BenchPark.FILE_SUFFIX));
        Path relaxedCopy = BenchPark.copy(park, folder.resolve("relaxed" + BenchPark.FILE_SUFFIX));
        try (Services durable = Services.open(durableCopy);
             Services relaxed = new Services(Database.openRelaxed(relaxedCopy))) {
            Saver durableSaves = new Saver(durable);
            Saver relaxedSaves = new Saver(relaxed);
            durableSaves.rate(WARM_UP);
            relaxedSaves.rate(WARM_UP);
            List<Double> durableRates = new ArrayList<>();
            List<Double> relaxedRates = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                durableRates.add(durableSaves.rate(SAVES));
                relaxedRates.add(relaxedSaves.rate(SAVES));
            }
            return List.of(new Figure(NAME, "", "enterprise saved through the form's save, durable (" + SAVES + " a round)",
                    RATE, Samples.median(durableRates), runs, RELAXED, Samples.median(relaxedRates), Budget.NONE));
        }
    }

    /** The unit of the figure: saves per second, so its ratio to the relaxed floor is the share of the speed kept. */
    static final String RATE = "saves/s";

    /** Saves new enterprises of the park one after another, numbered on from the last. */
    private static final class Saver {
        private final EnterpriseService enterprises;
        private final long parkId;
        private int next;

        Saver(Services services) {
            this.enterprises = services.records().enterprises();
            this.parkId = services.parks().selectedPark().orElseThrow().id();
        }

        /** Saves {@code count} enterprises; returns how many a second. */
        double rate(int count) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                enterprises.save(draft(parkId, next++), Map.of());
            }
            return count / (Samples.millisSince(start) / 1000);
        }
    }

    /** An enterprise as a user types it into the form: its credit code, names, contact, one title. */
    static Enterprise draft(long parkId, int n) {
        String uscc = ValidCodes.uscc(DIVISION, "BN" + ValidCodes.base31(n, 6));
        return new Enterprise(0, parkId, uscc, "基准测试环保科技有限公司" + n, "基准" + n, EnterpriseSegment.SERVICE, true,
                LocalDate.of(2024, 3, 1), null, "王静", "0632-3156078", "枣庄市市中区文化东路 " + n + " 号", null,
                List.of(new EnterpriseTitle(0, TitleKind.HIGH_TECH, LocalDate.of(2024, 12, 1), LocalDate.of(2027, 11, 30),
                        "GR2024370" + n)));
    }
}
