package org.ecopark.ledger.logic.demo.writer;

import static org.ecopark.ledger.logic.demo.writer.DemoPark.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** enterprises.csv and titles.csv of the demo. */
final class DemoEnterprisesFile {

    private static final List<String> ROADS = List.of("环保大道", "清源路", "化工二路", "创业路", "兴业路", "科创路",
            "绿源路", "滨湖路");
    private static final List<Integer> HIGH_TECH = List.of(1, 2, 3, 5, 7, 8, 9, 11, 13, 15, 17, 19, 23, 27, 32);
    private static final List<Integer> PROVINCIAL_SRDI = List.of(5, 7, 9, 11, 15, 17, 19, 27, 32);

    private final DemoPark park;

    DemoEnterprisesFile(DemoPark park) {
        this.park = park;
    }

    List<List<String>> enterprises() {
        List<List<String>> rows = new ArrayList<>();
        for (Profile p : park.profiles) {
            String address = "山东省枣庄市市中区生态环保产业园" + park.pick(ROADS) + (2 + park.random.nextInt(180)) + "号";
            String phone = "0632-" + (3_100_000 + park.random.nextInt(800_000));
            rows.add(List.of(p.uscc(), p.name(), p.shortName(), p.segment(), String.valueOf(p.envRelated()),
                    text(p.settled()), text(p.left()), DemoPeople.name(park), phone, address, note(p)));
        }
        return rows;
    }

    private static String note(Profile p) {
        if (p.left() != null) {
            return "业务调整，2024年8月迁出园区";
        }
        if (p.settled().getYear() == 2024) {
            return "2024年招引落地，" + p.statsFrom().getYear() + "年" + p.statsFrom().getMonthValue() + "月投产";
        }
        if (p.products().contains("OPS")) {
            return "园区污水处理厂运营单位";
        }
        return "";
    }

    List<List<String>> titles() {
        List<List<String>> rows = new ArrayList<>();
        for (Profile p : park.profiles) {
            if (p.no() == 1) {
                rows.add(title(p, "LEADING", LocalDate.of(2022, 4, 18), null, "鲁工信〔2022〕18号"));
                rows.add(title(p, "CHAIN_LEADER", LocalDate.of(2024, 3, 26), null, "枣工信〔2024〕9号"));
            }
            if (p.no() == 2) {
                rows.add(title(p, "LEADING", LocalDate.of(2023, 5, 10), null, "鲁工信〔2023〕27号"));
            }
            if (p.no() == 3) {
                rows.add(title(p, "LEADING", LocalDate.of(2024, 5, 22), null, "鲁工信〔2024〕31号"));
                rows.add(title(p, "LISTED", LocalDate.of(2025, 6, 18), null, "920118"));
            }
            if (HIGH_TECH.contains(p.no())) {
                highTech(p, rows);
            }
            if (p.no() == 39) {
                rows.add(highTechCertificate(p, LocalDate.of(2024, 12, 4)));
            }
            if (PROVINCIAL_SRDI.contains(p.no())) {
                LocalDate awarded = LocalDate.of(2022 + park.random.nextInt(3), 6 + park.random.nextInt(6),
                        1 + park.random.nextInt(28));
                rows.add(title(p, "PROVINCIAL_SRDI", awarded, awarded.plusYears(3).minusDays(1), ""));
            }
            if (p.no() == 9 || p.no() == 17) {
                LocalDate awarded = p.no() == 9 ? LocalDate.of(2024, 7, 12) : LocalDate.of(2025, 7, 25);
                rows.add(title(p, "NATIONAL_LITTLE_GIANT", awarded, awarded.plusYears(3).minusDays(1), ""));
            }
        }
        return rows;
    }

    /** A 高新技术企业 certificate, renewed every three years; 瀚澄精化 (no. 7) let its 2023 renewal lapse. */
    private void highTech(Profile p, List<List<String>> rows) {
        LocalDate awarded = LocalDate.of(2020 + park.random.nextInt(3), 11 + park.random.nextInt(2),
                1 + park.random.nextInt(28));
        rows.add(highTechCertificate(p, awarded));
        LocalDate renewed = awarded.plusYears(3).minusDays(park.random.nextInt(20));
        if (p.no() != 7 && !renewed.isAfter(DemoPark.DEADLINE)) {
            rows.add(highTechCertificate(p, renewed));
        }
    }

    private List<String> highTechCertificate(Profile p, LocalDate awarded) {
        String certificate = "GR" + awarded.getYear() + "37" + String.format("%06d", park.random.nextInt(12_000));
        return title(p, "HIGH_TECH", awarded, awarded.plusYears(3).minusDays(1), certificate);
    }

    private static List<String> title(Profile p, String title, LocalDate awarded, LocalDate expires, String certificate) {
        return List.of(p.uscc(), title, text(awarded), text(expires), certificate);
    }
}
