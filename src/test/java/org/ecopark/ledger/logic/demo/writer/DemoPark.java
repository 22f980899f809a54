package org.ecopark.ledger.logic.demo.writer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.ecopark.ledger.logic.demo.ValidCodes;

/**
 * The design of the demo park 枣庄市中区 (ZZSZ): its enterprises as a table a person can read and tune,
 * and the one random stream everything else is drawn from. All names are invented; the table's
 * figures are chosen so that at 2025-12-31 some targets are achieved, some narrowly missed and some far off.
 */
final class DemoPark {

    static final long SEED = 20231124L;
    static final YearMonth FIRST_MONTH = YearMonth.of(2023, 1);
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 12);
    static final LocalDate BASELINE = LocalDate.of(2023, 1, 1);
    static final LocalDate DEADLINE = LocalDate.of(2025, 12, 31);
    static final String DIVISION = "370402";

    static final Map<String, String> PRODUCTS = Map.ofEntries(
            Map.entry("PAC", "聚合氯化铝"), Map.entry("PFS", "聚合硫酸铁"), Map.entry("ALS", "硫酸铝"),
            Map.entry("PAM", "聚丙烯酰胺"), Map.entry("SCALE", "缓蚀阻垢剂"), Map.entry("BIOCIDE", "杀菌灭藻剂"),
            Map.entry("HYPO", "次氯酸钠"), Map.entry("FECL", "三氯化铁"), Map.entry("DEP", "除磷剂"),
            Map.entry("AC", "活性炭"), Map.entry("HMC", "重金属捕集剂"), Map.entry("FLOC", "复合絮凝剂"),
            Map.entry("RO", "反渗透阻垢剂"), Map.entry("DECOL", "脱色絮凝剂"), Map.entry("NH", "氨氮去除剂"),
            Map.entry("DEFOAM", "消泡剂"), Map.entry("PSI", "聚硅酸铝铁"), Map.entry("BIO", "微生物菌剂"),
            Map.entry("CAHYPO", "次氯酸钙"), Map.entry("BLEND", "复配水处理剂"), Map.entry("EQUIP", "水处理加药装置"),
            Map.entry("MEMBRANE", "反渗透膜组件"), Map.entry("OPS", "污水处理运营"), Map.entry("TEST", "环境监测"),
            Map.entry("ENG", "水处理工程"), Map.entry("CONSULT", "环保咨询"), Map.entry("WASTEACID", "废酸资源化"),
            Map.entry("SLUDGE", "污泥资源化"), Map.entry("ALASH", "铝灰资源化"), Map.entry("PACK", "化工包装桶"),
            Map.entry("LOGI", "危化品运输"));

    /**
     * no | name | short name | segment | env related | products | 2023 revenue 万元 | growth % | R&D % of output |
     * physical | settled | left | figures from | staff at end | patents | employees.
     */
    private static final String TABLE = """
            1|山东鲁南绿源环保科技有限公司|鲁南绿源|MANUFACTURING|Y|PAC,PFS,ALS|78000|12|3.0|150000|2008-04-16|||24|32|620
            2|枣庄润清水处理剂有限公司|润清|MANUFACTURING|Y|PAM|61000|13|2.6|55000|2011-09-02|||21|25|430
            3|山东澄源新材料科技股份有限公司|澄源新材|MANUFACTURING|Y|SCALE,BIOCIDE,RO|44000|14|2.8|60000|2012-03-20|||18|20|360
            4|枣庄沁泉化工有限公司|沁泉化工|MANUFACTURING|Y|HYPO|26500|9|1.1|80000|2006-11-08|||8|8|210
            5|枣庄泓澈净水材料有限公司|泓澈净水|MANUFACTURING|Y|PFS,FECL|21800|12|1.8|90000|2013-07-15|||10|11|180
            6|山东碧漪环境工程有限公司|碧漪环境|SERVICE|Y|OPS|17500|10|0.9|0|2015-05-26|||6|4|260
            7|枣庄瀚澄精细化工有限公司|瀚澄精化|MANUFACTURING|Y|SCALE|15800|8|1.4|30000|2010-06-30|||7|7|150
            8|枣庄市中区恒润水处理科技有限公司|恒润水处理|MANUFACTURING|Y|PAC,DEP|14200|11|1.5|45000|2014-08-19|||7|7|140
            9|山东凯澄环保设备有限公司|凯澄设备|MANUFACTURING|Y|EQUIP|12600|15|2.2|520|2016-04-11|||7|13|160
            10|枣庄清漪活性炭有限公司|清漪炭业|MANUFACTURING|Y|AC|10800|7|0.9|18000|2009-10-10|||4|4|120
            11|枣庄澜泽新材料有限公司|澜泽新材|MANUFACTURING|Y|DEP,HMC|9600|12|1.7|25000|2017-02-22|||6|6|95
            12|枣庄禾川资源再生利用有限公司|禾川再生|RESOURCE|Y|WASTEACID|9100|10|1.2|85000|2015-12-01|||4|5|110
            13|山东嘉泓检测技术有限公司|嘉泓检测|SERVICE|Y|TEST|3600|9|2.0|0|2018-03-09|||5|3|85
            14|枣庄溪霖化工有限公司|溪霖化工|MANUFACTURING|Y|BIOCIDE|8000|10|1.3|12000|2012-05-14|||4|4|70
            15|枣庄瑞泽环保科技有限公司|瑞泽环保|MANUFACTURING|Y|HMC|7500|13|1.6|10000|2018-09-27|||4|5|65
            16|枣庄晟源絮凝剂有限公司|晟源絮凝剂|MANUFACTURING|Y|FLOC|7000|6|0.6|40000|2007-03-30|||3|3|90
            17|枣庄坤泉新材料有限公司|坤泉新材|MANUFACTURING|Y|RO|6200|16|2.4|8000|2019-06-18|||4|5|48
            18|枣庄弘洁化工有限公司|弘洁化工|MANUFACTURING|Y|DECOL|5800|8|0.8|18000|2011-12-06|||3|3|60
            19|枣庄诚澈环保材料有限公司|诚澈环保|MANUFACTURING|Y|NH|5200|12|1.5|10000|2017-10-11|||3|4|45
            20|枣庄涵泽资源综合利用有限公司|涵泽资源|RESOURCE|Y|SLUDGE|5000|9|0.7|42000|2016-08-08|||2|2|70
            21|山东安澜水务工程有限公司|安澜水务|SERVICE|Y|ENG|6500|7|0.5|0|2013-04-25|||3|2|120
            22|枣庄淳源消泡剂有限公司|淳源消泡剂|MANUFACTURING|Y|DEFOAM|4300|9|0.9|6000|2014-02-17|||2|2|40
            23|枣庄华漪聚合材料有限公司|华漪聚合|MANUFACTURING|Y|PAM|4800|10|1.0|10000|2016-11-23|||3|3|55
            24|枣庄鼎澄化工有限公司|鼎澄化工|MANUFACTURING|Y|PAC|4500|8|0.5|38000|2005-09-12|||2|2|60
            25|枣庄祥川净水剂有限公司|祥川净水剂|MANUFACTURING|Y|PAC|3900|9|0.5|32000|2010-01-20|||2|2|52
            26|枣庄远泓环保科技有限公司|远泓环保|MANUFACTURING|Y|ALS|3600|7|0.4|28000|2008-07-07|||1|1|48
            27|枣庄泽霖新材料科技有限公司|泽霖新材|MANUFACTURING|Y|PSI|3200|11|1.2|14000|2020-05-29|||2|2|38
            28|枣庄信川环境技术服务有限公司|信川环境|SERVICE|Y|CONSULT|1800|6|0.3|0|2019-08-15|||2|1|30
            29|枣庄邦达环保设备制造有限公司|邦达设备|MANUFACTURING|Y|EQUIP|3000|10|1.4|160|2015-06-10|||3|4|55
            30|枣庄丰泽化工有限公司|丰泽化工|MANUFACTURING|Y|CAHYPO|2800|5|0.4|15000|2009-04-03|||1|1|42
            31|枣庄拓源水处理剂有限公司|拓源水处理剂|MANUFACTURING|Y|SCALE|2600|8|0.9|8000|2018-12-12|||2|2|35
            32|枣庄澈泉生物科技有限公司|澈泉生物|MANUFACTURING|Y|BIO|2300|18|3.2|3000|2021-03-16|||3|3|28
            33|枣庄安清包装材料有限公司|安清包装|OTHER|N|PACK|2100|6|0.0|0|2012-07-19|||0|1|45
            34|枣庄沁禾物流有限公司|沁禾物流|OTHER|N|LOGI|2500|5|0.0|0|2014-10-28|||0|0|60
            35|枣庄清泓环境监测技术有限公司|清泓监测|SERVICE|Y|TEST|1500|8|1.5|0|2020-09-01|||2|1|25
            36|枣庄润邦化工有限公司|润邦化工|MANUFACTURING|Y|FECL|2000|7|0.6|15000|2013-03-08|||1|2|40
            37|枣庄澜源环保工程有限公司|澜源环保工程|SERVICE|Y|ENG|2200|6|0.4|0|2017-05-05|||1|1|45
            38|枣庄汇泉再生资源有限公司|汇泉再生|RESOURCE|Y|ALASH|1900|10|0.8|18000|2019-11-11|||1|1|40
            39|山东海澄膜科技有限公司|海澄膜科技|MANUFACTURING|Y|MEMBRANE|9000|20|3.5|240|2024-03-18||2024-06|5|3|80
            40|枣庄鲁泓新材料有限公司|鲁泓新材|MANUFACTURING|Y|PAC|12000|15|1.5|60000|2024-06-28||2024-09|4|2|120
            41|枣庄澄邦环境科技有限公司|澄邦环境|MANUFACTURING|Y|BLEND|3500|12|1.0|10000|2024-10-15||2025-02|2|1|30
            42|枣庄清达环保咨询有限公司|清达环保|SERVICE|Y|CONSULT|1200|0|0.0|0|2016-06-06|2024-08-31||0|0|12
            """;

    final SplittableRandom random = new SplittableRandom(SEED);
    final List<Profile> profiles;
    /** Names of people handed out so far, so that no two people of the demo share one. */
    final Set<String> names = new HashSet<>();

    DemoPark() {
        List<Profile> list = new ArrayList<>();
        Set<String> orgBodies = new HashSet<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            LocalDate settled = LocalDate.parse(f[10]);
            String orgBody = orgBody(settled);
            while (!orgBodies.add(orgBody)) {
                orgBody = orgBody(settled);
            }
            list.add(new Profile(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4].equals("Y"), Arrays.asList(f[5].split(",")),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]) / 100, Double.parseDouble(f[8]) / 100,
                    Integer.parseInt(f[9]), settled, f[11].isEmpty() ? null : LocalDate.parse(f[11]),
                    f[12].isEmpty() ? FIRST_MONTH : YearMonth.parse(f[12]), Integer.parseInt(f[13]),
                    Integer.parseInt(f[14]), Integer.parseInt(f[15]), ValidCodes.uscc(DIVISION, orgBody)));
        }
        this.profiles = List.copyOf(list);
    }

    /**
     * An organisation code body of the kind issued when the enterprise was founded: 7xxxxxxx in the
     * 2000s, 05xxxxxx / 06xxxxxx around 2010, MA3xxxxx after the 2015 reform (Shandong), MACxxxxx since 2023.
     */
    private String orgBody(LocalDate founded) {
        int year = founded.getYear();
        if (year < 2009) {
            return "7" + digits(7);
        }
        if (year < 2016) {
            return (year < 2013 ? "05" : "06") + digits(6);
        }
        return (year < 2023 ? "MA3" : "MAC") + ValidCodes.base31(random.nextLong(28_629_151L), 5);
    }

    String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    Profile byShortName(String shortName) {
        return profiles.stream().filter(p -> p.shortName().equals(shortName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo enterprise " + shortName));
    }

    /** A day from {@code from} to {@code to}, both included. */
    LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
