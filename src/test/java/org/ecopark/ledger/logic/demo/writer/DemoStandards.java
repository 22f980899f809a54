package org.ecopark.ledger.logic.demo.writer;

import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;

/**
 * standards.csv and platforms.csv. National and industry standards published in 2023–2025: 31 distinct
 * codes (6, 13, 12 a year), far from the plan's 50; group, local and enterprise standards come on top
 * and do not count. One provincial 一企一技术 centre (2024) of the two the plan asks for.
 */
final class DemoStandards {

    /** code | title | published | lead (short name, may be empty) | participants (short names). */
    private static final String STANDARDS = """
            GB/T 14591-2023|水处理剂 聚合硫酸铁|2023-08-06|泓澈净水|
            GB/T 22627-2024|水处理剂 聚氯化铝|2024-04-25|鲁南绿源|恒润水处理,鼎澄化工
            GB/T 31246-2024|水处理剂 阳离子型聚丙烯酰胺的技术条件和试验方法|2024-09-29|润清|
            GB/T 19106-2024|次氯酸钠|2024-11-28|沁泉化工|
            GB/T 7702.23-2024|煤质颗粒活性炭试验方法 第23部分：pH值的测定|2024-12-31||清漪炭业
            GB/T 17514-2025|水处理剂 阴离子和非离子型聚丙烯酰胺|2025-03-28|润清|华漪聚合
            GB/T 18175-2025|水处理剂缓蚀性能的测定 旋转挂片法|2025-05-30|澄源新材|瀚澄精化
            GB/T 4482-2025|水处理剂 氯化铁|2025-06-30|泓澈净水|润邦化工
            GB/T 45102-2025|反渗透膜元件 性能测试方法|2025-10-05||海澄膜科技
            HG/T 3926-2023|水处理剂 2-膦酸基-1,2,4-三羧酸丁烷|2023-04-21|澄源新材|
            HG/T 5890-2023|水处理剂 有机硅消泡剂|2023-06-16||淳源消泡剂
            HJ 1301-2023|水质 丙烯酰胺的测定 液相色谱法|2023-09-15||嘉泓检测
            HG/T 5902-2023|水处理剂 聚硅酸铝铁|2023-10-27|泽霖新材|
            HG/T 5765-2023|水处理剂 聚合硫酸铝铁|2023-12-20|泓澈净水|
            CJ/T 523-2024|水处理用活性炭再生技术要求|2024-02-28||清漪炭业
            HG/T 2227-2024|水处理剂 硫酸铝|2024-03-09|鲁南绿源|远泓环保
            HG/T 6011-2024|水处理剂 聚合氯化铝铁|2024-05-17|鼎澄化工|祥川净水剂
            HG/T 5959-2024|水处理剂 复合碳源|2024-06-14||澜泽新材
            HG/T 3537-2024|水处理剂 羟基亚乙基二膦酸|2024-07-05|瀚澄精化|澄源新材
            HG/T 6008-2024|水处理剂 氨氮去除剂|2024-08-30|诚澈环保|
            JB/T 14562-2024|水处理加药装置|2024-09-10|凯澄设备|邦达设备
            HG/T 6021-2024|水处理剂 除磷剂|2024-10-11|澜泽新材|恒润水处理
            HG/T 4538-2024|水处理剂 次氯酸钙|2024-12-06||丰泽化工
            HG/T 6089-2025|水处理剂 二硫代氨基甲酸盐类重金属捕集剂|2025-04-18|瑞泽环保|
            HG/T 6102-2025|水处理剂 反渗透膜阻垢剂|2025-05-09|坤泉新材|澄源新材
            CJ/T 541-2025|城镇污水处理厂运行维护服务规范|2025-06-06||碧漪环境
            HG/T 6115-2025|水处理剂 异噻唑啉酮类杀菌灭藻剂|2025-07-24||溪霖化工
            HJ 1355-2025|排污单位自行监测技术指南 水处理剂制造|2025-08-01|嘉泓检测|清泓监测
            HG/T 6150-2025|水处理剂 复合微生物菌剂|2025-08-22||澈泉生物
            HG/T 6130-2025|水处理剂 脱色絮凝剂|2025-09-12||弘洁化工
            HG/T 6163-2025|水处理剂 高效聚氯化铝|2025-11-21|鲁泓新材|鲁南绿源
            T/CPCIF 0156-2022|水处理剂 聚合氯化铝生产安全技术规范|2022-09-20|鲁南绿源|
            T/CPCIF 0312-2023|水处理剂 液体聚合氯化铝铁|2023-11-10|恒润水处理|
            DB37/T 4678-2023|化工园区污水处理厂运行管理规范|2023-12-28||碧漪环境
            T/CIESC 0058-2024|工业循环冷却水处理剂 复配技术规范|2024-05-30|澄源新材|拓源水处理剂
            DB37/T 4821-2024|水处理剂生产企业安全生产风险分级管控指南|2024-06-20|沁泉化工|
            DB3704/T 032-2024|生态环保产业园区统计数据采集规范|2024-09-05|嘉泓检测|信川环境
            T/CAEPI 72-2024|一体化加药装置技术要求|2024-10-18|凯澄设备|
            Q/LNLY 001-2024|高盐基度聚氯化铝|2024-11-01|鲁南绿源|
            T/SDAS 812-2024|绿色设计产品评价技术规范 聚丙烯酰胺|2024-12-12|润清|
            DB3704/T 041-2025|水处理剂包装桶回收利用技术规范|2025-03-20|安清包装|
            T/SDAS 1033-2025|钢铁酸洗废液资源化利用技术规范|2025-04-28|禾川再生|泓澈净水
            DB37/T 4990-2025|二次铝灰资源化利用技术规范|2025-05-15||汇泉再生
            T/CIESC 0102-2025|市政污泥制备陶粒技术规范|2025-07-11|涵泽资源|
            T/CPCIF 0405-2025|水处理剂 复配型除磷剂|2025-09-26|澄邦环境|
            T/CAEPI 98-2025|反渗透阻垢剂性能评价方法|2025-11-14|坤泉新材|
            """;

    /** name | type | level | owner (short name, empty for the park) | approved | approved by | revoked. */
    private static final String PLATFORMS = """
            山东省企业技术中心（山东鲁南绿源环保科技有限公司）|ENTERPRISE_TECH_CENTER|PROVINCIAL|鲁南绿源|2019-12-18|山东省工业和信息化厅|
            枣庄晟源絮凝剂有限公司技术中心|ENTERPRISE_TECH_CENTER|MUNICIPAL|晟源絮凝剂|2018-05-10|枣庄市工业和信息化局|2023-06-30
            枣庄市水处理剂工程技术研究中心|ENGINEERING_CENTER|MUNICIPAL|澄源新材|2021-06-11|枣庄市科学技术局|
            枣庄沁泉化工有限公司技术中心|ENTERPRISE_TECH_CENTER|MUNICIPAL|沁泉化工|2022-05-19|枣庄市工业和信息化局|
            枣庄市中区水处理剂检验检测公共服务平台|OTHER|MUNICIPAL||2023-04-26|枣庄市市场监督管理局|
            枣庄市“一企一技术”研发中心（聚丙烯酰胺）|ONE_ENTERPRISE_ONE_TECH|MUNICIPAL|润清|2023-08-15|枣庄市工业和信息化局|
            山东省水处理剂工程研究中心|ENGINEERING_CENTER|PROVINCIAL|润清|2023-11-06|山东省发展和改革委员会|
            枣庄市铁系絮凝剂重点实验室|KEY_LAB|MUNICIPAL|泓澈净水|2024-03-22|枣庄市科学技术局|
            枣庄市“一企一技术”研发中心（有机膦阻垢剂）|ONE_ENTERPRISE_ONE_TECH|MUNICIPAL|澄源新材|2024-07-30|枣庄市工业和信息化局|
            山东省“一企一技术”研发中心（高效聚合氯化铝）|ONE_ENTERPRISE_ONE_TECH|PROVINCIAL|鲁南绿源|2024-09-20|山东省工业和信息化厅|
            枣庄市工业设计中心（水处理加药装备）|INDUSTRIAL_DESIGN_CENTER|MUNICIPAL|凯澄设备|2024-12-16|枣庄市工业和信息化局|
            """;

    private final DemoPark park;

    DemoStandards(DemoPark park) {
        this.park = park;
    }

    List<List<String>> standards() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : STANDARDS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String level = StandardCodeCheck.check(f[0]).level().orElseThrow().name();
            if (!f[3].isEmpty()) {
                rows.add(List.of(f[0], f[1], level, "LEAD", park.byShortName(f[3]).uscc(), f[2]));
            }
            if (!f[4].isEmpty()) {
                for (String participant : f[4].split(",")) {
                    rows.add(List.of(f[0], f[1], level, "PARTICIPANT", park.byShortName(participant).uscc(), f[2]));
                }
            }
        }
        return rows;
    }

    List<List<String>> platforms() {
        List<List<String>> rows = new ArrayList<>();
        for (String line : PLATFORMS.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            String owner = f[3].isEmpty() ? "" : park.byShortName(f[3]).uscc();
            rows.add(List.of(f[0], f[1], f[2], owner, f[4], f[5], f[6]));
        }
        return rows;
    }
}
