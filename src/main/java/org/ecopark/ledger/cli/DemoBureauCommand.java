package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.demo.DemoBureau;
import org.ecopark.ledger.logic.demo.DemoException;
import org.ecopark.ledger.logic.demo.DemoRefusedException;
import org.ecopark.ledger.logic.demo.LoadProgress;

/**
 * {@code demo --bureau}: makes the new ledger the demo city bureau, printing each step as it is done (a park's ledger
 * generated, a package received or returned), then each park's state for each period and the time it took.
 */
final class DemoBureauCommand {

    private DemoBureauCommand() {
    }

    /** Makes the demo bureau in the ledger of {@code ledger}, which it closes. */
    static void make(Services ledger, PrintWriter out) {
        try (Services services = ledger) {
            long start = System.nanoTime();
            DemoBureau.Result result;
            try {
                result = services.demoBureau().make(LoadProgress.NONE, step -> {
                    out.println(step);
                    out.flush();
                });
            } catch (DemoRefusedException e) {
                throw new UserException(e.getMessage(), DemoCommand.REFUSED);
            } catch (DemoException | BureauException e) {
                throw new UserException(e.getMessage(), 1, e);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(I18n.tr("demo.bureau.cli.done", result.bureauName(), String.format("%.1f", seconds),
                    result.parks().size(), result.packagesReceived(), result.packagesReturned()));
            result.statusByPeriod().forEach((period, rows) -> print(out, period, rows));
        }
        out.flush();
    }

    private static void print(PrintWriter out, String period, List<SubmissionStatus.Row> rows) {
        out.println(I18n.tr("demo.bureau.cli.period", period));
        rows.forEach(row -> out.println(I18n.tr("demo.bureau.cli.row", row.park().code(),
                row.park().nameIn(I18n.locale()), row.stateText())));
    }
}
