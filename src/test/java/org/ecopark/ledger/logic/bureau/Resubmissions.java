package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.StatRow;

/**
 * Two real packages of park ZZSZ for 2025, the second made after the park changed its records: a new enterprise with a
 * year of revenue (more enterprises, statistics rows and revenue), a new granted patent, the park's own target
 * EX-2026-T1 deleted and EX-2026-T2 added (plan EX-2026).
 */
public final class Resubmissions implements AutoCloseable {

    public static final String EXTRA_PLAN = "EX-2026";
    public static final String NEW_USCC = "91370400000000010P";

    public final SubmissionFixture park;
    public final Path earlier;
    public final Path later;

    public Resubmissions(Path folder) {
        park = SubmissionFixture.inMemory("resubmission");
        TargetService targets = new TargetService(park.unitOfWork);
        targets.createPlan(new Plan(0, EXTRA_PLAN, "示例计划（2026—2028年）", "示例计划", null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
        Target removed = targets.addTarget(target("EX-2026-T1", "80"));
        earlier = park.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ_2025_first.zip"));
        targets.deleteTarget(removed.id());
        targets.addTarget(target("EX-2026-T2", "90"));
        park.unitOfWork.inTransaction(repositories -> {
            long parkId = repositories.parks().findByCode(SubmissionFixture.PARK).orElseThrow().id();
            repositories.bulk().enterprises(parkId, List.of(new EnterpriseRow(NEW_USCC, "枣庄新源环保科技有限公司", "新源环保",
                    "MANUFACTURING", true, LocalDate.of(2025, 2, 1), null, null, null, null, null)));
            List<StatRow> stats = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                stats.add(new StatRow(NEW_USCC, "MAIN_REVENUE", YearMonth.of(2025, month), new BigDecimal("500000")));
            }
            repositories.bulk().statistics(stats, "FORM");
            repositories.bulk().patents(List.of(new PatentRow("ZL202510000004.3", "一种污泥干化装置", "INVENTION",
                    LocalDate.of(2025, 1, 5), LocalDate.of(2025, 9, 1), null, "GRANTED", List.of(NEW_USCC), null)));
            return null;
        });
        later = park.exportPackage(ReportPeriod.year(2025), folder.resolve("ZZSZ_2025_again.zip"));
    }

    private static Target target(String code, String value) {
        return new Target(0, EXTRA_PLAN, code, TargetScope.PARK, SubmissionFixture.PARK, "二、(一)1",
                "到2028年，园区主营业务收入达到" + value + "亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                new BigDecimal(value), Unit.YI_YUAN, LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null,
                null, false, false, null);
    }

    /**
     * A new in-memory bureau ledger of the parks of {@code city} (every park when null) with ZZSZ's key registered from
     * its key file, written into {@code folder}.
     */
    public org.ecopark.ledger.logic.Services bureau(String city, Path folder) throws java.io.IOException {
        var bureau = new org.ecopark.ledger.logic.Services(
                org.ecopark.ledger.persistence.Database.inMemory("bureau-" + System.nanoTime()));
        bureau.bureau().init("枣庄市生态环境局", city);
        bureau.parkKeys().register(keyFile(folder).toString(), null);
        return bureau;
    }

    /** ZZSZ's key file, as the park gives it to the bureau. */
    public Path keyFile(Path folder) throws java.io.IOException {
        return park.publicKeyFile(folder.resolve("ZZSZ.json"));
    }

    @Override
    public void close() {
        park.close();
    }
}
