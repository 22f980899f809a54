package org.ecopark.ledger.logic.records;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.model.TitleKind;

/**
 * The program as {@link KillDuringSaveTest} kills it: opens a ledger file and saves enterprises through the
 * service the enterprise form's Save calls, and every third one's figures of a quarter through the statistics
 * form's, printing a line after each save returns, as the window then shows "已保存". Runs until it is killed.
 * Arguments: the ledger file, the number of the first enterprise.
 */
public final class SavingChild {

    static final String OPENING = "OPENING";
    static final String READY = "READY";
    /** {@code SAVED-E <n> <uscc>}: enterprise n is saved. */
    static final String SAVED_ENTERPRISE = "SAVED-E ";
    /** {@code SAVED-S <n>}: enterprise n's figures of {@link #QUARTER} are saved. */
    static final String SAVED_FIGURES = "SAVED-S ";
    static final StatPeriod QUARTER = StatPeriod.quarter(2025, 1);
    /** Far more than a test waits for, so that the child is always killed while it works. */
    private static final int MOST = 100_000;

    private SavingChild() {
    }

    public static void main(String[] args) {
        Path ledger = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        out.println(OPENING);
        out.flush();
        Services services = Services.open(ledger); // never closed: this JVM ends by being killed
        long parkId = services.parks().selectedPark().orElseThrow().id();
        out.println(READY);
        out.flush();
        EnterpriseService enterprises = services.records().enterprises();
        StatisticsService statistics = services.records().statistics();
        for (int n = first; n < first + MOST; n++) {
            Enterprise saved = enterprises.save(draft(parkId, n), Map.of()).record();
            out.println(SAVED_ENTERPRISE + n + " " + saved.uscc());
            out.flush();
            if (n % 3 == 0) {
                statistics.save(saved.id(), QUARTER, figures(n), Map.of());
                out.println(SAVED_FIGURES + n);
                out.flush();
            }
        }
        services.close();
    }

    /** Enterprise n of the park, with a title, as a user would type it into the form. */
    static Enterprise draft(long parkId, int n) {
        String uscc = RecordFixtures.uscc(String.format("KT%06d", n));
        return new Enterprise(0, parkId, uscc, "枣庄市测试环保材料有限公司" + n, "测试" + n, EnterpriseSegment.MANUFACTURING,
                true, LocalDate.of(2020, 1, 1).plusDays(n % 1500), null, "孙立强", "0632-3156078",
                "枣庄市市中区光明大道 " + n + " 号", null,
                List.of(new EnterpriseTitle(0, TitleKind.HIGH_TECH, LocalDate.of(2023, 11, 29), LocalDate.of(2026, 11, 28),
                        "GR2023370" + n)));
    }

    /** Enterprise n's figures of the quarter. */
    static Map<String, BigDecimal> figures(int n) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("MAIN_REVENUE", BigDecimal.valueOf(1000 + n));
        values.put("EMPLOYEES", BigDecimal.valueOf(50 + n % 100));
        return values;
    }
}
