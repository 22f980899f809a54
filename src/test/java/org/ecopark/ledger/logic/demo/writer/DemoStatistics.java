package org.ecopark.ledger.logic.demo.writer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * statistics.csv: monthly figures per enterprise, 2023-01 to 2025-12. Revenue follows each enterprise's
 * growth with the Chinese New Year dip (in January or February, as the holiday falls) and the December
 * push; newcomers ramp up after their first month, the enterprise that left tails off. Two park-wide
 * calibrations keep the design's totals: main business revenue 2025 and R&D spending / output per year.
 * Capacity is a stock reported every month; it steps up when a project completes.
 */
final class DemoStatistics {

    /** Park main business revenue in 2025, 万元: 55.2 亿元 against the target of 60. */
    static final double MAIN_REVENUE_2025 = 552_300;
    /** R&D spending / output value per year, 2023–2025 (target 2 %). */
    static final double[] RD_RATIO = {0.0146, 0.0159, 0.0171};

    private static final double[][] SEASON = {
        {0.70, 0.86, 1.00, 1.02, 1.04, 1.08, 0.96, 0.97, 1.05, 0.97, 1.06, 1.32},
        {0.88, 0.68, 1.00, 1.02, 1.04, 1.08, 0.96, 0.97, 1.05, 0.97, 1.06, 1.32},
        {0.72, 0.84, 1.00, 1.02, 1.04, 1.08, 0.96, 0.97, 1.05, 0.97, 1.06, 1.32}};
    /** R&D spending is booked heavily in June and December, when projects are accounted. */
    private static final double[] RD_SEASON = {0.80, 0.75, 0.95, 0.95, 1.00, 1.20, 0.90, 0.90, 1.00, 0.95, 1.00, 1.60};
    private static final double[] RAMP = {0.35, 0.6, 0.8, 0.92};

    /** Capacity added: short name | first month at the new level | tonnes. */
    private static final String CAPACITY_STEPS = """
            沁泉化工|2023-10|20000
            恒润水处理|2024-01|5000
            晟源絮凝剂|2024-01|5000
            华漪聚合|2024-01|2000
            鼎澄化工|2024-04|4000
            鲁南绿源|2024-07|50000
            润清|2025-01|8000
            澜泽新材|2025-01|5000
            祥川净水剂|2025-01|3000
            坤泉新材|2025-01|2000
            泓澈净水|2025-04|30000
            远泓环保|2025-07|4000
            诚澈环保|2025-07|3500
            澄源新材|2025-09|10000
            """;

    private final DemoPark park;

    DemoStatistics(DemoPark park) {
        this.park = park;
    }

    /** One enterprise's series per metric, month by month. */
    private record Series(Profile profile, Map<String, Map<YearMonth, Double>> metrics) {
    }

    List<List<String>> statistics() {
        List<Series> all = new ArrayList<>();
        for (Profile p : park.profiles) {
            all.add(series(p));
        }
        calibrateRevenue(all);
        calibrateRd(all);
        List<List<String>> rows = new ArrayList<>();
        for (Series s : all) {
            s.metrics().forEach((metric, months) -> months.forEach((month, value) -> rows.add(List.of(
                    s.profile().uscc(), metric, month.toString(), format(metric, value)))));
        }
        return rows;
    }

    private Series series(Profile p) {
        Map<String, Map<YearMonth, Double>> m = new LinkedHashMap<>();
        YearMonth first = p.statsFrom();
        double outputFactor = 1.02 + park.random.nextDouble() * 0.06;
        double operatingFactor = 1.03 + park.random.nextDouble() * 0.09;
        double addedFactor = 0.24 + park.random.nextDouble() * 0.08;
        double envFactor = 0.82 + park.random.nextDouble() * 0.18;
        double employees = p.employees();
        for (YearMonth month = first; !month.isAfter(p.lastMonth()); month = month.plusMonths(1)) {
            int t = (int) (month.getYear() * 12L + month.getMonthValue() - (first.getYear() * 12L + first.getMonthValue()));
            double season = SEASON[month.getYear() - 2023][month.getMonthValue() - 1];
            double trend = Math.pow(1 + p.growth(), (months(month) - (p.settled().isAfter(DemoPark.BASELINE) ? months(first) : 5.5)) / 12);
            double ramp = p.settled().isAfter(DemoPark.BASELINE) && t < RAMP.length ? RAMP[t] : 1;
            double tail = p.left() != null ? Math.max(0.55, 1 - 0.15 * Math.max(0, months(month) - 16)) : 1;
            double revenue = p.revenue() / 12 * trend * season * ramp * tail * (0.95 + park.random.nextDouble() * 0.10);
            put(m, "MAIN_REVENUE", month, revenue);
            put(m, "OPERATING_REVENUE", month, revenue * operatingFactor);
            if (p.envRelated()) {
                put(m, "ENV_REVENUE", month, revenue * envFactor);
            }
            if (p.industrial()) {
                double output = revenue * outputFactor * (0.985 + park.random.nextDouble() * 0.03);
                put(m, "OUTPUT_VALUE", month, output);
                put(m, "ADDED_VALUE", month, output * addedFactor);
            }
            if (p.rdShare() > 0) {
                double base = p.industrial() ? revenue * outputFactor : revenue;
                put(m, "RD_SPENDING", month, base * p.rdShare() * RD_SEASON[month.getMonthValue() - 1]);
            }
            if (month.getMonthValue() == 1 && t > 0) {
                employees *= 1 + p.growth() * 0.4;
            }
            double staffed = p.settled().isAfter(DemoPark.BASELINE) ? Math.min(1, 0.4 + 0.1 * t) : 1;
            put(m, "EMPLOYEES", month, (double) Math.round(employees * staffed + park.random.nextInt(3) - 1));
            if (p.makesChemicals()) {
                put(m, "CAPACITY_T", month, (double) capacity(p, month));
            }
            if (p.segment().equals("RESOURCE")) {
                put(m, "UTILISED_T", month, (double) Math.round(p.physical() / 12.0 * trend * season
                        * (0.93 + park.random.nextDouble() * 0.14)));
            }
            if (p.makesEquipment()) {
                put(m, "EQUIPMENT_SETS", month, (double) Math.max(1, Math.round(p.physical() / 12.0 * trend * season * ramp
                        * (0.85 + park.random.nextDouble() * 0.3))));
            }
        }
        return new Series(p, m);
    }

    /** Capacity in tonnes: the table's level plus every step that took effect by {@code month}. */
    private int capacity(Profile p, YearMonth month) {
        int capacity = p.physical();
        for (String line : CAPACITY_STEPS.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            if (f[0].equals(p.shortName()) && !YearMonth.parse(f[1]).isAfter(month)) {
                capacity += Integer.parseInt(f[2]);
            }
        }
        return capacity;
    }

    /** Scales every money figure so that main business revenue 2025 is the design's. */
    private static void calibrateRevenue(List<Series> all) {
        double revenue2025 = sum(all, "MAIN_REVENUE", 2025);
        double k = MAIN_REVENUE_2025 / revenue2025;
        for (Series s : all) {
            for (String metric : List.of("MAIN_REVENUE", "OPERATING_REVENUE", "ENV_REVENUE", "OUTPUT_VALUE", "ADDED_VALUE",
                    "RD_SPENDING")) {
                if (s.metrics().containsKey(metric)) {
                    s.metrics().get(metric).replaceAll((month, value) -> value * k);
                }
            }
        }
    }

    /** Scales R&D spending per year so that the park's R&D / output is the design's ratio. */
    private static void calibrateRd(List<Series> all) {
        for (int year = 2023; year <= 2025; year++) {
            double k = RD_RATIO[year - 2023] * sum(all, "OUTPUT_VALUE", year) / sum(all, "RD_SPENDING", year);
            int y = year;
            for (Series s : all) {
                if (s.metrics().containsKey("RD_SPENDING")) {
                    s.metrics().get("RD_SPENDING").replaceAll((month, value) -> month.getYear() == y ? value * k : value);
                }
            }
        }
    }

    static double sum(List<Series> all, String metric, int year) {
        return all.stream().flatMap(s -> s.metrics().getOrDefault(metric, Map.of()).entrySet().stream())
                .filter(e -> e.getKey().getYear() == year).mapToDouble(Map.Entry::getValue).sum();
    }

    private static void put(Map<String, Map<YearMonth, Double>> m, String metric, YearMonth month, double value) {
        m.computeIfAbsent(metric, key -> new LinkedHashMap<>()).put(month, value);
    }

    private static double months(YearMonth month) {
        return (month.getYear() - 2023) * 12 + month.getMonthValue() - 1;
    }

    /** Money with two decimals (万元), counts and tonnes whole. */
    private static String format(String metric, double value) {
        int scale = switch (metric) {
            case "EMPLOYEES", "CAPACITY_T", "UTILISED_T", "EQUIPMENT_SETS" -> 0;
            default -> 2;
        };
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
