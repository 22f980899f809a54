package org.ecopark.ledger.logic.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;

/**
 * One enterprise of a synthetic park and everything it owns. Each enterprise draws from its own random
 * stream, seeded from the park's seed and its index, so enterprise 7 is the same whether the park has
 * 10 enterprises or 2,000, and the order in which records are written cannot change the data.
 */
final class SyntheticEnterprise {

    static final int STAFF_PER_ENTERPRISE = 10;
    static final int PATENTS_PER_ENTERPRISE = 50;
    /** Synthetic parks are registered in 滕州市 (370481); the demo park's enterprises in 市中区 (370402). */
    static final String DIVISION = "370481";
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** Share of a year's business by month: a Chinese New Year dip, a year-end push; sums to 12. */
    static final double[] SEASON = {0.74, 0.70, 1.00, 1.01, 1.03, 1.06, 0.97, 0.98, 1.04, 0.99, 1.08, 1.40};

    private static final String[] SEGMENTS = {"MANUFACTURING", "MANUFACTURING", "MANUFACTURING", "SERVICE", "RESOURCE",
        "OTHER"};

    private final int index;
    private final SplittableRandom random;
    private final String uscc;
    private final String product;
    private final double monthlyRevenue;
    private final double growth;
    private final double rdShare;
    private final EnterpriseRow row;

    SyntheticEnterprise(long seed, int index, int uniquePrefix, YearMonth first) {
        this.index = index;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        this.uscc = ValidCodes.uscc(DIVISION, "MA" + ValidCodes.base31((long) uniquePrefix * 10_000 + index, 6));
        this.product = SyntheticWords.pick(random, SyntheticWords.PRODUCTS);
        // enterprise sizes are skewed: a few large firms make most of a park's revenue
        this.monthlyRevenue = 60 * Math.exp(random.nextGaussian() * 1.1 + 1.5);
        this.growth = 0.04 + random.nextDouble() * 0.14;
        this.rdShare = 0.004 + random.nextDouble() * 0.028;
        String shortName = SyntheticWords.pick(random, SyntheticWords.PLACES) + SyntheticWords.pick(random, SyntheticWords.FIRST)
                + SyntheticWords.pick(random, SyntheticWords.SECOND);
        String segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
        LocalDate settled = random.nextInt(100) < 85
                ? LocalDate.of(2003 + random.nextInt(first.getYear() - 2003), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : day(first.atDay(1), LAST_DAY.minusMonths(6));
        LocalDate left = random.nextInt(100) < 3 ? day(settled.plusMonths(1), LAST_DAY) : null;
        this.row = new EnterpriseRow(uscc, shortName + SyntheticWords.pick(random, SyntheticWords.BUSINESS), shortName,
                segment, !segment.equals("OTHER"), settled, left, SyntheticWords.personName(random),
                "0632-" + (3_000_000 + random.nextInt(6_000_000)), "枣庄市滕州市合成园区" + (index + 1) + "号", null);
    }

    String uscc() {
        return uscc;
    }

    String product() {
        return product;
    }

    EnterpriseRow row() {
        return row;
    }

    List<TitleRow> titles() {
        List<TitleRow> titles = new ArrayList<>();
        int roll = random.nextInt(1000);
        if (roll < 350) {
            LocalDate awarded = LocalDate.of(2019 + random.nextInt(6), 11, 1 + random.nextInt(28));
            titles.add(new TitleRow(uscc, "HIGH_TECH", awarded, awarded.plusYears(3),
                    "GR" + awarded.getYear() + "37" + String.format("%06d", random.nextInt(1_000_000))));
        }
        if (roll < 120) {
            LocalDate awarded = LocalDate.of(2020 + random.nextInt(5), 6, 1 + random.nextInt(28));
            titles.add(new TitleRow(uscc, "PROVINCIAL_SRDI", awarded, awarded.plusYears(3), null));
        }
        if (roll < 20) {
            titles.add(new TitleRow(uscc, "NATIONAL_LITTLE_GIANT", LocalDate.of(2022 + random.nextInt(3), 7, 15),
                    null, null));
        }
        if (roll >= 970) {
            titles.add(new TitleRow(uscc, "LEADING", LocalDate.of(2021 + random.nextInt(4), 3, 20), null, null));
        }
        return titles;
    }

    List<StaffRow> staff() {
        List<StaffRow> staff = new ArrayList<>(STAFF_PER_ENTERPRISE);
        String[] education = {"DOCTOR", "MASTER", "MASTER", "BACHELOR", "BACHELOR", "BACHELOR", "COLLEGE", "OTHER"};
        String[] titles = {"正高级工程师", "高级工程师", "工程师", "工程师", "助理工程师", null};
        for (int i = 0; i < STAFF_PER_ENTERPRISE; i++) {
            LocalDate joined = day(LocalDate.of(2012, 1, 1), LocalDate.of(2025, 11, 30));
            LocalDate left = random.nextInt(100) < 12 ? day(joined, LAST_DAY) : null;
            staff.add(new StaffRow(uscc, SyntheticWords.personName(random), String.format("%04d", random.nextInt(10_000)),
                    education[random.nextInt(education.length)], titles[random.nextInt(titles.length)],
                    random.nextInt(100) < 88, joined, left));
        }
        return staff;
    }

    /** Patents applied for from three years before the first month; {@code coOwner} shares a few of them. */
    List<PatentRow> patents(SyntheticPatentSerials serials, int firstYear, String coOwner) {
        List<PatentRow> patents = new ArrayList<>(PATENTS_PER_ENTERPRISE);
        for (int i = 0; i < PATENTS_PER_ENTERPRISE; i++) {
            int year = firstYear - 3 + random.nextInt(LAST_DAY.getYear() - firstYear + 4);
            int roll = random.nextInt(100);
            int typeDigit = roll < 40 ? 1 : roll < 95 ? 2 : 3;
            String type = typeDigit == 1 ? "INVENTION" : typeDigit == 2 ? "UTILITY_MODEL" : "DESIGN";
            LocalDate applied = day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            int lagMonths = typeDigit == 1 ? 18 + random.nextInt(19) : typeDigit == 2 ? 6 + random.nextInt(7) : 4 + random.nextInt(5);
            LocalDate granted = applied.plusMonths(lagMonths).plusDays(random.nextInt(28));
            String status = "GRANTED";
            LocalDate lapsed = null;
            if (typeDigit == 1 && random.nextInt(100) < 6) {
                status = "REJECTED";
                granted = null;
            } else if (granted.isAfter(LAST_DAY)) {
                status = "PENDING";
                granted = null;
            } else if (random.nextInt(100) < 8) {
                lapsed = granted.plusMonths(12 + random.nextInt(36));
                if (lapsed.isAfter(LAST_DAY)) {
                    lapsed = null;
                } else {
                    status = "LAPSED";
                }
            }
            String form = SyntheticWords.pick(random, typeDigit == 1 ? SyntheticWords.INVENTION_FORMS
                    : typeDigit == 2 ? SyntheticWords.UTILITY_FORMS : SyntheticWords.DESIGN_FORMS);
            List<String> owners = coOwner != null && random.nextInt(100) < 5 ? List.of(uscc, coOwner) : List.of(uscc);
            patents.add(new PatentRow(serials.next(year, typeDigit), String.format(form, product), type, applied, granted,
                    lapsed, status, owners, null));
        }
        return patents;
    }

    List<StandardRow> standards() {
        List<StandardRow> standards = new ArrayList<>();
        if (random.nextInt(100) < 60) {
            int year = 2019 + random.nextInt(7);
            int kind = random.nextInt(4);
            String code = switch (kind) {
                case 0 -> "GB/T " + (20_000 + random.nextInt(30_000)) + "-" + year;
                case 1 -> "HG/T " + (2_000 + random.nextInt(4_000)) + "-" + year;
                case 2 -> "T/CPCIF " + String.format("%04d", 1 + random.nextInt(400)) + "-" + year;
                default -> "DB37/T " + (3_000 + random.nextInt(2_000)) + "-" + year;
            };
            String level = switch (kind) {
                case 0 -> "NATIONAL";
                case 1 -> "INDUSTRY";
                case 2 -> "GROUP";
                default -> "LOCAL";
            };
            standards.add(new StandardRow(code, "水处理剂 " + product, level, random.nextInt(100) < 30 ? "LEAD" : "PARTICIPANT",
                    uscc, LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))));
        }
        return standards;
    }

    /** Every metric in {@code metrics} for every month from {@code first} to {@code last}, in that order. */
    void statistics(YearMonth first, YearMonth last, List<String> metrics, Consumer<StatRow> sink) {
        double capacity = Math.round(monthlyRevenue * 30);
        int employees = 12 + (int) (monthlyRevenue / 9);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            double trend = Math.pow(1 + growth, (month.getYear() - first.getYear()) + (month.getMonthValue() - 1) / 12.0);
            double revenue = monthlyRevenue * trend * SEASON[month.getMonthValue() - 1] * (0.94 + random.nextDouble() * 0.12);
            if (month.getMonthValue() == 1) {
                capacity = Math.round(capacity * (1 + random.nextDouble() * growth));
                employees = Math.max(5, employees + random.nextInt(7) - 2);
            }
            for (String metric : metrics) {
                double value = switch (metric) {
                    case "OUTPUT_VALUE" -> revenue * 1.05;
                    case "MAIN_REVENUE" -> revenue;
                    case "OPERATING_REVENUE" -> revenue * 1.07;
                    case "ADDED_VALUE" -> revenue * 0.28;
                    case "ENV_REVENUE" -> revenue * 0.9;
                    case "RD_SPENDING" -> revenue * 1.05 * rdShare * (month.getMonthValue() == 12 ? 1.6 : 0.95);
                    case "EMPLOYEES" -> employees;
                    case "CAPACITY_T" -> capacity;
                    case "UTILISED_T" -> capacity / 14 * SEASON[month.getMonthValue() - 1];
                    case "EQUIPMENT_SETS" -> Math.round(revenue / 40);
                    default -> revenue / 10;
                };
                sink.accept(new StatRow(uscc, metric, month, BigDecimal.valueOf(Math.round(value * 100), 2)));
            }
        }
    }

    int index() {
        return index;
    }

    /** A day from {@code from} to {@code to}, both included. */
    private LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }
}
