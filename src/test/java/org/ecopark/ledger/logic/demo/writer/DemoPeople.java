package org.ecopark.ledger.logic.demo.writer;

import static org.ecopark.ledger.logic.demo.writer.DemoPark.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * rd_staff.csv: per enterprise the full-time R&D staff it has at 2025-12-31 (a quarter of them hired
 * during the plan period), plus 20 full-time staff who left during it and 12 part-time (university)
 * staff, who do not count towards the plan's "专职研发人员".
 */
final class DemoPeople {

    static final int LEAVERS = 20;
    static final int PART_TIME = 12;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂文辉鹏华红建玲宇晨欣浩然婷博瑶凯琳峰晓雪佳俊慧颖振海鑫宁"
            + "帅倩阳昊轩怡睿哲萌璐蕾冉毅薇";
    private static final List<String> EDUCATION = List.of("DOCTOR", "MASTER", "MASTER", "MASTER", "MASTER", "MASTER",
            "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR", "BACHELOR",
            "BACHELOR", "BACHELOR", "BACHELOR", "COLLEGE", "COLLEGE", "COLLEGE", "COLLEGE", "COLLEGE", "OTHER");
    private static final List<String> TITLES = List.of("正高级工程师", "高级工程师", "高级工程师", "高级工程师", "工程师", "工程师",
            "工程师", "工程师", "工程师", "工程师", "助理工程师", "助理工程师", "助理工程师", "助理工程师", "", "", "", "");

    private final DemoPark park;

    DemoPeople(DemoPark park) {
        this.park = park;
    }

    /** A person's name not used before in the demo. */
    static String name(DemoPark park) {
        while (true) {
            String given = String.valueOf(GIVEN.charAt(park.random.nextInt(GIVEN.length())));
            if (park.random.nextInt(3) > 0) {
                given += GIVEN.charAt(park.random.nextInt(GIVEN.length()));
            }
            String name = SURNAMES.charAt(park.random.nextInt(SURNAMES.length())) + given;
            if (park.names.add(name)) {
                return name;
            }
        }
    }

    List<List<String>> staff() {
        List<List<String>> rows = new ArrayList<>();
        for (Profile p : park.profiles) {
            for (int i = 0; i < p.staff(); i++) {
                boolean hiredInPeriod = p.settled().isAfter(DemoPark.BASELINE) || park.random.nextInt(4) == 0;
                rows.add(member(p, true, joined(p, hiredInPeriod), null));
            }
        }
        List<Profile> withTeams = park.profiles.stream()
                .filter(p -> p.staff() >= 3 && p.left() == null && p.settled().isBefore(DemoPark.BASELINE)).toList();
        for (int i = 0; i < LEAVERS - 1; i++) {
            Profile p = park.pick(withTeams);
            LocalDate joined = joined(p, false);
            rows.add(member(p, true, joined, park.day(DemoPark.BASELINE.plusDays(20), DemoPark.DEADLINE.minusDays(10))));
        }
        Profile leaving = park.profiles.stream().filter(p -> p.left() != null).findFirst().orElseThrow();
        rows.add(member(leaving, true, joined(leaving, false), leaving.left()));
        List<Profile> large = park.profiles.stream().filter(p -> p.staff() >= 7).toList();
        for (int i = 0; i < PART_TIME; i++) {
            Profile p = park.pick(large);
            LocalDate joined = park.day(LocalDate.of(2019, 3, 1), LocalDate.of(2025, 6, 30));
            rows.add(List.of(p.uscc(), name(park), idHint(), i % 3 == 0 ? "MASTER" : "DOCTOR",
                    i % 2 == 0 ? "教授" : "副教授", "false", text(joined), ""));
        }
        return rows;
    }

    private List<String> member(Profile p, boolean fullTime, LocalDate joined, LocalDate left) {
        return List.of(p.uscc(), name(park), idHint(), park.pick(EDUCATION), park.pick(TITLES), String.valueOf(fullTime),
                text(joined), text(left));
    }

    private LocalDate joined(Profile p, boolean inPeriod) {
        if (inPeriod) {
            LocalDate from = p.settled().isAfter(DemoPark.BASELINE) ? p.settled() : DemoPark.BASELINE;
            return park.day(from, DemoPark.DEADLINE.minusDays(20));
        }
        LocalDate from = p.settled().isAfter(LocalDate.of(2010, 1, 1)) ? p.settled() : LocalDate.of(2010, 1, 1);
        return park.day(from, DemoPark.BASELINE.minusDays(1));
    }

    /** The last four characters of an ID card number: three digits and a check character (0–9 or X). */
    private String idHint() {
        int check = park.random.nextInt(11);
        return park.digits(3) + (check == 10 ? "X" : String.valueOf(check));
    }
}
