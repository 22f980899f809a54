package org.ecopark.ledger.logic.demo.writer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** projects.csv, project_progress.csv and events.csv. */
final class DemoActivities {

    /**
     * name | owner (short name, empty for the park) | category | planned 万元 | start | planned completion |
     * actual completion | status | note | percent complete at the last report.
     */
    private static final String PROJECTS = """
            年产2万吨次氯酸钠生产线项目|沁泉化工|CONSTRUCTION|2600|2023-02-15|2023-09-30|2023-09-25|COMPLETED|新增产能2万吨/年，2023年10月投产|100
            年产5万吨聚合氯化铝扩建项目|鲁南绿源|CONSTRUCTION|18500|2023-03-01|2024-06-30|2024-06-28|COMPLETED|新增产能5万吨/年，2024年7月达产|100
            阳离子聚丙烯酰胺新产品研发项目|润清|RD|900|2023-03-01|2025-06-30|2025-06-30|COMPLETED|形成发明专利3项|100
            园区污水处理厂提标改造工程||INFRASTRUCTURE|8500|2023-05-10|2024-10-31|2024-11-30|COMPLETED|出水主要指标达到地表水准Ⅳ类|100
            “一企一技术”研发中心建设项目|鲁南绿源|PLATFORM|2000|2023-06-01|2024-08-31|2024-08-31|COMPLETED|2024年9月获批省级“一企一技术”研发中心|100
            反渗透膜组件生产线招引项目|海澄膜科技|ENTERPRISE_INTRODUCTION|15000|2023-11-20|2024-05-31|2024-05-28|COMPLETED|2024年6月投产|100
            年产3万吨聚合硫酸铁技术改造项目|泓澈净水|CONSTRUCTION|6800|2024-02-20|2025-03-31|2025-03-26|COMPLETED|新增产能3万吨/年，2025年4月投产|100
            年产6万吨高效聚合氯化铝招引项目|鲁泓新材|ENTERPRISE_INTRODUCTION|26000|2024-03-01|2024-08-31|2024-08-30|COMPLETED|2024年9月投产，新增产能6万吨/年|100
            危化品运输车辆专用停车场||INFRASTRUCTURE|3200|2024-04-01|2025-06-30||IN_PROGRESS|征地手续延误，预计2026年二季度完工|70
            省级“一企一技术”研发中心创建项目|澄源新材|PLATFORM|1200|2024-05-06|2025-12-31||IN_PROGRESS|已通过市级推荐，省级认定结果尚未公布|85
            絮凝剂车间自动化改造项目|晟源絮凝剂|CONSTRUCTION|1500|2024-08-01|2025-05-31||SUSPENDED|资金原因暂停|35
            复配水处理剂招引项目|澄邦环境|ENTERPRISE_INTRODUCTION|3000|2024-08-15|2025-01-31|2025-01-15|COMPLETED|2025年2月投产，新增产能1万吨/年|100
            年产1万吨有机膦阻垢剂扩产项目|澄源新材|CONSTRUCTION|4200|2024-10-08|2025-08-31|2025-08-30|COMPLETED|新增产能1万吨/年，2025年9月投产|100
            集中供热蒸汽管网二期工程||INFRASTRUCTURE|5600|2025-03-01|2026-06-30||IN_PROGRESS||40
            水处理剂产业研究院（公共研发平台）||PLATFORM|6000|2026-03-01|2027-12-31||PLANNED|已完成可行性研究|0
            """;

    /** held on | title | type | international | participants | location | note. */
    private static final String EVENTS = """
            2023-02-23|园区企业节后复工安全生产培训|TRAINING|false|86|园区管委会会议室|
            2023-04-19|中国环博会（上海）参展|EXHIBITION|true|12|上海新国际博览中心|园区组织6家企业参展
            2023-05-26|水处理剂产业链供需对接会|SUPPLY_DEMAND|false|140|枣庄市市中区|
            2023-07-12|研发人员专利申请实务培训|TRAINING|false|65|园区创新服务中心|
            2023-09-08|生态环保产业招商推介会（深圳）|INTRODUCTION|false|80|深圳市|签约项目2个
            2023-10-20|鲁南生态环保产业发展论坛|FORUM|false|210|枣庄市|
            2023-11-15|青岛国际水大会参会|EXHIBITION|true|8|青岛市|
            2023-12-06|产学研合作对接会|OTHER|false|72|园区创新服务中心|
            2024-02-27|园区企业节后复工安全生产培训|TRAINING|false|92|园区管委会会议室|
            2024-04-18|中国环博会（上海）参展|EXHIBITION|true|15|上海新国际博览中心|园区组织8家企业参展
            2024-05-21|水处理剂产业链供需对接会|SUPPLY_DEMAND|false|165|枣庄市市中区|
            2024-06-14|生态环保产业招商推介会（上海）|INTRODUCTION|false|95|上海市|签约项目1个
            2024-07-10|研发人员职称评审政策宣讲会|TRAINING|false|58|园区创新服务中心|
            2024-09-25|第二届鲁南生态环保产业发展论坛|FORUM|false|260|枣庄市|
            2024-10-16|中国国际环保展览会（北京）参展|EXHIBITION|true|6|北京市|
            2024-11-08|“一企一技术”研发中心申报辅导会|TRAINING|false|40|园区创新服务中心|
            2024-12-11|中日韩水处理技术交流会|FORUM|true|120|枣庄市|
            2025-02-12|园区企业节后复工安全生产培训|TRAINING|false|98|园区管委会会议室|
            2025-03-27|生态环保产业招商推介会（苏州）|INTRODUCTION|false|70|苏州市|
            2025-04-23|中国环博会（上海）参展|EXHIBITION|true|18|上海新国际博览中心|园区组织9家企业参展
            2025-05-20|水处理剂产业链供需对接会|SUPPLY_DEMAND|false|180|枣庄市市中区|
            2025-06-18|参与起草国家和行业标准工作培训|TRAINING|false|52|园区创新服务中心|
            2025-08-28|研发人员技能提升培训班|TRAINING|false|75|园区创新服务中心|
            2025-09-17|第三届鲁南生态环保产业发展论坛|FORUM|false|280|枣庄市|
            2025-10-22|东盟环保产业合作推介会|INTRODUCTION|true|60|南宁市|
            2025-11-19|高校院所科技成果对接会|OTHER|false|88|园区创新服务中心|
            2025-12-10|园区年度工作总结暨表彰会|OTHER|false|150|园区管委会会议室|
            """;

    private final DemoPark park;
    private final List<List<String>> progress = new ArrayList<>();

    DemoActivities(DemoPark park) {
        this.park = park;
    }

    /** The projects; their progress entries are collected on the way, for {@link #progress()}. */
    List<List<String>> projects() {
        List<List<String>> rows = new ArrayList<>();
        progress.clear();
        for (String line : PROJECTS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String owner = f[1].isEmpty() ? "" : park.byShortName(f[1]).uscc();
            rows.add(List.of(f[0], owner, f[2], f[3], f[4], f[5], f[6], f[7], f[8]));
            progress(f[0], new BigDecimal(f[3]), LocalDate.parse(f[4]), f[6].isEmpty() ? null : LocalDate.parse(f[6]),
                    Integer.parseInt(f[9]));
        }
        return rows;
    }

    List<List<String>> progress() {
        return progress;
    }

    /**
     * Quarterly reports from the first quarter end after the start: an S-curve to the last report's
     * percentage, the last one on the completion date (or the end of 2025 for unfinished projects).
     */
    private void progress(String project, BigDecimal planned, LocalDate start, LocalDate completed, int finalPercent) {
        LocalDate end = completed != null ? completed : DemoPark.DEADLINE;
        if (start.isAfter(end) || finalPercent == 0) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>();
        YearMonth quarterEnd = YearMonth.from(start).plusMonths(2 - (start.getMonthValue() - 1) % 3);
        for (LocalDate d = quarterEnd.atEndOfMonth(); d.isBefore(end); d = YearMonth.from(d).plusMonths(3).atEndOfMonth()) {
            dates.add(d);
        }
        dates.add(end);
        double span = end.toEpochDay() - start.toEpochDay();
        for (LocalDate date : dates) {
            double t = (date.toEpochDay() - start.toEpochDay()) / span;
            double share = date.equals(end) ? 1.0 : t * t * (3 - 2 * t);
            BigDecimal percent = BigDecimal.valueOf(finalPercent * share).setScale(1, RoundingMode.HALF_UP);
            double spent = planned.doubleValue() * finalPercent / 100 * share * (0.96 + park.random.nextDouble() * 0.08);
            progress.add(List.of(project, date.toString(), BigDecimal.valueOf(spent).setScale(2, RoundingMode.HALF_UP)
                    .toPlainString(), percent.toPlainString(), date.equals(completed) ? "竣工验收" : ""));
        }
    }

    List<List<String>> events() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : EVENTS.strip().split("\n")) {
            rows.add(List.of(line.strip().split("\\|", -1)));
        }
        return rows;
    }
}
