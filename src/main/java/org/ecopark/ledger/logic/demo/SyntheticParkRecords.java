package org.ecopark.ledger.logic.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.ecopark.ledger.persistence.bulk.EventRow;
import org.ecopark.ledger.persistence.bulk.PlatformRow;
import org.ecopark.ledger.persistence.bulk.ProgressRow;
import org.ecopark.ledger.persistence.bulk.ProjectRow;

/** The park-level records of a synthetic park: one project and one platform per ten enterprises, monthly events. */
final class SyntheticParkRecords {

    private static final String[] CATEGORIES = {"CONSTRUCTION", "CONSTRUCTION", "PLATFORM", "INFRASTRUCTURE", "RD",
        "ENTERPRISE_INTRODUCTION"};
    private static final String[] PLATFORM_TYPES = {"ENGINEERING_CENTER", "ENTERPRISE_TECH_CENTER",
        "ONE_ENTERPRISE_ONE_TECH", "KEY_LAB", "OTHER"};
    private static final String[] LEVELS = {"MUNICIPAL", "MUNICIPAL", "PROVINCIAL", "NATIONAL"};
    private static final String[] EVENT_TYPES = {"EXHIBITION", "FORUM", "SUPPLY_DEMAND", "TRAINING", "INTRODUCTION"};

    final List<ProjectRow> projects = new ArrayList<>();
    final List<ProgressRow> progress = new ArrayList<>();
    final List<PlatformRow> platforms = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();

    SyntheticParkRecords(long seed, List<SyntheticEnterprise> enterprises, YearMonth first, YearMonth last) {
        SplittableRandom random = new SplittableRandom(~seed);
        Set<String> platformNames = new HashSet<>();
        for (int i = 0; i < enterprises.size(); i += 10) {
            SyntheticEnterprise owner = enterprises.get(i);
            project(random, owner, i / 10 + 1, first);
            String name = owner.row().shortName() + owner.product() + "工程技术研究中心";
            if (!platformNames.add(name)) {
                name = name + "（" + (i / 10 + 1) + "）";
                platformNames.add(name);
            }
            LocalDate approved = LocalDate.of(first.getYear() + random.nextInt(last.getYear() - first.getYear() + 1),
                    1 + random.nextInt(12), 1 + random.nextInt(28));
            platforms.add(new PlatformRow(name, PLATFORM_TYPES[random.nextInt(PLATFORM_TYPES.length)],
                    LEVELS[random.nextInt(LEVELS.length)], owner.uscc(), approved, "枣庄市科学技术局", null));
        }
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (int k = 0; k < 2; k++) {
                String type = EVENT_TYPES[random.nextInt(EVENT_TYPES.length)];
                events.add(new EventRow(month.atDay(1 + random.nextInt(28)),
                        month.getYear() + "年" + SyntheticWords.pick(random, SyntheticWords.EVENT_TITLES), type,
                        random.nextInt(20) == 0, 30 + random.nextInt(300), "合成园区会展中心", null));
            }
        }
    }

    private void project(SplittableRandom random, SyntheticEnterprise owner, int number, YearMonth first) {
        String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        String name = owner.row().shortName() + owner.product() + "项目（" + number + "）";
        BigDecimal investment = BigDecimal.valueOf(500 + random.nextInt(20_000));
        LocalDate start = first.atDay(1).plusDays(random.nextInt(700));
        LocalDate planned = start.plusMonths(12 + random.nextInt(24));
        int roll = random.nextInt(10);
        boolean completed = roll < 5 && planned.isBefore(SyntheticEnterprise.LAST_DAY);
        String status = completed ? "COMPLETED" : roll < 8 ? "IN_PROGRESS" : roll < 9 ? "PLANNED" : "SUSPENDED";
        projects.add(new ProjectRow(name, owner.uscc(), category, investment, start, planned,
                completed ? min(planned.plusDays(random.nextInt(90)), SyntheticEnterprise.LAST_DAY) : null, status, null));
        if (!status.equals("PLANNED")) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                int percent = completed ? quarter * 25 : quarter * (5 + random.nextInt(15));
                progress.add(new ProgressRow(name, start.plusMonths(3L * quarter),
                        investment.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100)),
                        BigDecimal.valueOf(percent), null));
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
