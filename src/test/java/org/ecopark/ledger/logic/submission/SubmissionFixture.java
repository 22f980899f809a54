package org.ecopark.ledger.logic.submission;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.EventRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.PlatformRow;
import org.ecopark.ledger.persistence.bulk.ProjectRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;

/**
 * A small hand-made ledger: the shipped catalog (park ZZSZ and its targets) and two enterprises, one of them
 * named like a spreadsheet formula, with a year of statistics, patents, staff, a standard, a project, a
 * platform and events. Small enough that a package of it is made in a second or two.
 */
public final class SubmissionFixture implements AutoCloseable {

    public static final String USER = "tester";
    public static final String PARK = "ZZSZ";
    /** The classic DDE payload: in a formula cell it would start a calculator. */
    public static final String HOSTILE_NAME = "=cmd|' /C calc'!A0";
    public static final String GOOD_USCC = "91370400000000002B";
    public static final String HOSTILE_USCC = "913704000000000039";

    /** A second park of the catalog (滨州惠民), for a bureau that consolidates two parks. */
    public static final String SECOND_PARK = "BZHM";
    /** The target the second park adds to its catalog: the R&D share of output, a ratio ZZSZ's plan sets too. */
    public static final String SECOND_RATIO_TARGET = "BZHM-R01";

    /** The park this fixture's ledger keeps records of and exports packages for. */
    public final String parkCode;
    public final Database database;
    public final UnitOfWork unitOfWork;
    public final SubmissionService service;
    /** The second the last package a fixture exported was finished in. */
    private static long lastExportSecond;
    /** The ledger's signing key, which signs every package the fixture makes. */
    public final SigningKeys keys;

    private SubmissionFixture(Database database) {
        this(database, PARK);
    }

    private SubmissionFixture(Database database, String parkCode) {
        this.parkCode = parkCode;
        this.database = database;
        this.unitOfWork = new UnitOfWork(database);
        new CatalogService(unitOfWork).installOrUpgrade();
        this.keys = new SigningKeys(unitOfWork);
        this.service = new SubmissionService(unitOfWork, new EvaluationService(unitOfWork, USER), USER, keys);
        if (PARK.equals(parkCode)) {
            seed();
        } else {
            seedSecondPark();
        }
    }

    /**
     * A ledger of {@link #SECOND_PARK}: the same two enterprise codes (another ledger), other segments, titles and
     * figures, and a ratio target of its own measured like ZZSZ's R&D share (added to its catalog, as a user can).
     */
    public static SubmissionFixture secondPark(String name) {
        return new SubmissionFixture(Database.inMemory(name + "-" + System.nanoTime()), SECOND_PARK);
    }

    /** The ratio target the second park adds, as the bureau adds it to its own catalog. */
    public static org.ecopark.ledger.model.Target secondRatioTarget() {
        return new org.ecopark.ledger.model.Target(0, "SD311", SECOND_RATIO_TARGET,
                org.ecopark.ledger.model.TargetScope.PARK, SECOND_PARK, null, null, "研发投入占总产值比重",
                org.ecopark.ledger.model.TargetKind.RATIO, org.ecopark.ledger.model.Comparator.AT_LEAST, new BigDecimal("3"),
                org.ecopark.ledger.model.Unit.fromSymbol("%"), LocalDate.of(2025, 12, 31), "RD_SPENDING_SHARE_OF_OUTPUT",
                null, null, null, false, false, null);
    }

    public static SubmissionFixture inMemory(String name) {
        return on(Backend.H2, name);
    }

    /** A new ledger of {@link #PARK} on {@code backend}. */
    public static SubmissionFixture on(Backend backend, String name) {
        return new SubmissionFixture(backend.open(name));
    }

    /** A ledger file, for the command-line tests; close it before a command opens the file. */
    public static SubmissionFixture file(Path path) {
        return new SubmissionFixture(Database.open(path));
    }

    /** The public key file of the fixture's ledger, as the park gives it to its bureau. */
    public Path publicKeyFile(Path file) throws java.io.IOException {
        org.ecopark.ledger.logic.signing.PublicKeyFile.of(keys.key(), parkCode, park().name()).write(file);
        return file;
    }

    /** The park the packages are made for. */
    public org.ecopark.ledger.model.Park park() {
        return unitOfWork.read().parks().findByCode(parkCode).orElseThrow();
    }

    /**
     * Exports the package of {@code period} to {@code out}, in a later second than any package a fixture exported
     * before: the manifest keeps an export's time to the second, and a bureau orders a park's packages of one period
     * by it, so two packages of the same second could not be told apart as earlier and later.
     */
    public Path exportPackage(ReportPeriod period, Path out) {
        synchronized (SubmissionFixture.class) {
            try {
                while (java.time.Instant.now().getEpochSecond() <= lastExportSecond) {
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            service.export(request(period, out), ExportProgress.NONE, () -> false);
            lastExportSecond = java.time.Instant.now().getEpochSecond();
        }
        return out;
    }

    public ExportRequest request(ReportPeriod period, Path out) {
        return new ExportRequest(parkCode, period, period.end(), new SignatureBlock("王主任", "李统计", "张填表",
                "0632-1234567", java.time.LocalDate.of(2026, 1, 10)), true, "枣庄市生态环境局", "年度报送", out);
    }

    private void seed() {
        unitOfWork.inTransaction(repositories -> {
            long park = repositories.parks().findByCode(PARK).orElseThrow().id();
            var bulk = repositories.bulk();
            bulk.enterprises(park, List.of(
                    new EnterpriseRow(GOOD_USCC, "枣庄清源水处理材料有限公司", "清源水材", "MANUFACTURING", true,
                            LocalDate.of(2018, 3, 1), null, "赵经理", "0632-8888888", "枣庄市市中区", null),
                    new EnterpriseRow(HOSTILE_USCC, HOSTILE_NAME, "-1+1", "SERVICE", true, LocalDate.of(2022, 5, 1),
                            null, "@SUM(A1:A9)", "+86 632 0000000", null, null)));
            List<StatRow> stats = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(2025, month);
                stats.add(new StatRow(GOOD_USCC, "MAIN_REVENUE", ym, new BigDecimal("40000")));
                stats.add(new StatRow(GOOD_USCC, "OUTPUT_VALUE", ym, new BigDecimal("45000")));
                stats.add(new StatRow(GOOD_USCC, "RD_SPENDING", ym, new BigDecimal("900")));
                stats.add(new StatRow(HOSTILE_USCC, "MAIN_REVENUE", ym, new BigDecimal("1000.5")));
            }
            stats.add(new StatRow(GOOD_USCC, "MAIN_REVENUE", YearMonth.of(2024, 12), new BigDecimal("35000")));
            bulk.statistics(stats, "FORM");
            bulk.patents(List.of(
                    new PatentRow("ZL202310000001.5", "一种聚合氯化铝的制备方法", "INVENTION", LocalDate.of(2023, 2, 1),
                            LocalDate.of(2025, 3, 15), null, "GRANTED", List.of(GOOD_USCC), null),
                    new PatentRow("ZL202320000002.1", "=HYPERLINK(\"http://x\")", "UTILITY_MODEL",
                            LocalDate.of(2023, 6, 1), LocalDate.of(2024, 1, 10), null, "GRANTED",
                            List.of(GOOD_USCC, HOSTILE_USCC), "某大学"),
                    new PatentRow("ZL202410000003.7", "水处理剂投加装置", "INVENTION", LocalDate.of(2024, 8, 1), null,
                            null, "PENDING", List.of(HOSTILE_USCC), null)));
            bulk.staff(List.of(
                    new StaffRow(GOOD_USCC, "陈研发", "1234", "MASTER", "工程师", true, LocalDate.of(2020, 1, 1), null),
                    new StaffRow(GOOD_USCC, "刘兼职", null, "BACHELOR", null, false, LocalDate.of(2024, 3, 1), null),
                    new StaffRow(HOSTILE_USCC, "周新", null, "DOCTOR", "高级工程师", true, LocalDate.of(2025, 4, 1),
                            null)));
            bulk.standards(List.of(new StandardRow("HG/T 9999-2025", "+SUM(A1) 水处理剂 聚合硫酸铁", "INDUSTRY",
                    "LEAD", GOOD_USCC, LocalDate.of(2025, 6, 1))));
            bulk.projects(park, List.of(new ProjectRow("年产10万吨水处理剂项目", GOOD_USCC, "CONSTRUCTION",
                    new BigDecimal("52000"), LocalDate.of(2024, 3, 1), LocalDate.of(2025, 10, 31), null,
                    "IN_PROGRESS", null)));
            bulk.platforms(park, List.of(new PlatformRow("省级一企一技术研发中心（清源）", "ONE_ENTERPRISE_ONE_TECH",
                    "PROVINCIAL", GOOD_USCC, LocalDate.of(2024, 11, 1), "山东省工业和信息化厅", null)));
            bulk.events(park, List.of(
                    new EventRow(LocalDate.of(2025, 9, 20), "@环保产业博览会", "EXHIBITION", false, 300, "济南", null),
                    new EventRow(LocalDate.of(2024, 9, 20), "上年度的展会", "EXHIBITION", false, 100, "枣庄", null)));
            return null;
        });
    }

    private void seedSecondPark() {
        new org.ecopark.ledger.logic.catalog.TargetService(unitOfWork).addTarget(secondRatioTarget());
        unitOfWork.inTransaction(repositories -> {
            long park = repositories.parks().findByCode(parkCode).orElseThrow().id();
            var bulk = repositories.bulk();
            bulk.enterprises(park, List.of(
                    new EnterpriseRow(GOOD_USCC, "惠民绿源环保装备有限公司", "绿源装备", "MANUFACTURING", true,
                            LocalDate.of(2019, 4, 1), null, "孙经理", "0543-5555555", "滨州市惠民县", null),
                    new EnterpriseRow(HOSTILE_USCC, "惠民清环环境服务有限公司", "清环服务", "SERVICE", true,
                            LocalDate.of(2021, 7, 1), null, null, null, null, null)));
            bulk.titles(List.of(
                    new TitleRow(GOOD_USCC, "PROVINCIAL_SRDI", LocalDate.of(2023, 5, 1), null, "SRDI-1"),
                    new TitleRow(GOOD_USCC, "LEADING", LocalDate.of(2022, 1, 1), null, null),
                    new TitleRow(HOSTILE_USCC, "NATIONAL_LITTLE_GIANT", LocalDate.of(2022, 1, 1),
                            LocalDate.of(2025, 6, 30), "LG-1"),
                    new TitleRow(HOSTILE_USCC, "PROVINCIAL_SRDI", LocalDate.of(2024, 2, 1), null, "SRDI-2")));
            List<StatRow> stats = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(2025, month);
                stats.add(new StatRow(GOOD_USCC, "MAIN_REVENUE", ym, new BigDecimal("6000")));
                stats.add(new StatRow(GOOD_USCC, "OUTPUT_VALUE", ym, new BigDecimal("5000")));
                stats.add(new StatRow(GOOD_USCC, "RD_SPENDING", ym, new BigDecimal("400")));
                stats.add(new StatRow(GOOD_USCC, "ENV_REVENUE", ym, new BigDecimal("1000")));
                stats.add(new StatRow(HOSTILE_USCC, "MAIN_REVENUE", ym, new BigDecimal("700")));
                stats.add(new StatRow(HOSTILE_USCC, "ENV_REVENUE", ym, new BigDecimal("500")));
            }
            bulk.statistics(stats, "FORM");
            return null;
        });
    }

    @Override
    public void close() {
        Backend.close(database);
    }
}
