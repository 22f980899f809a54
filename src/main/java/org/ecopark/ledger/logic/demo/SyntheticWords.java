package org.ecopark.ledger.logic.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Word lists the synthetic park draws its names and titles from. The names only have to look like the
 * real thing on a screen and in a benchmark; they are combinations, not anyone's company.
 */
final class SyntheticWords {

    static final List<String> PLACES = List.of("滕州", "峄城", "薛城", "台儿庄", "山亭", "鲁南", "微湖", "龙潭", "汇泉",
            "荆河", "善国", "北辛");
    static final List<String> FIRST = List.of("润", "清", "澄", "沁", "泓", "澈", "淳", "源", "涵", "溪", "霖", "漪",
            "恒", "鼎", "瑞", "嘉", "晟", "禾", "坤", "诚");
    static final List<String> SECOND = List.of("泽", "川", "洁", "泉", "澜", "达", "丰", "华", "邦", "信", "远", "拓",
            "安", "祥", "弘", "盛");
    static final List<String> BUSINESS = List.of("水处理剂有限公司", "环保科技有限公司", "化工有限公司", "新材料科技有限公司",
            "环境工程有限公司", "精细化工有限公司", "环保设备有限公司", "资源再生利用有限公司", "检测技术有限公司",
            "净水材料有限公司");
    static final List<String> PRODUCTS = List.of("聚合氯化铝", "聚丙烯酰胺", "聚合硫酸铁", "次氯酸钠", "缓蚀阻垢剂",
            "除磷剂", "活性炭", "絮凝剂", "杀菌灭藻剂", "反渗透阻垢剂", "脱色剂", "重金属捕集剂", "氨氮去除剂", "消泡剂");
    static final List<String> INVENTION_FORMS = List.of("%s的制备方法", "一种高效%s及其制备方法", "一种%s的连续化生产工艺",
            "%s生产废液的回收利用方法", "一种低残留%s的合成方法", "一种复合型%s及其应用");
    static final List<String> UTILITY_FORMS = List.of("一种%s投加装置", "%s生产用反应釜", "一种%s溶解搅拌装置",
            "%s干燥造粒设备", "一种%s计量输送系统", "%s生产尾气吸收装置");
    static final List<String> DESIGN_FORMS = List.of("包装桶（%s）", "加药装置控制柜（%s）", "包装袋（%s）");
    static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马",
            "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "宋", "谢", "韩", "唐", "冯", "于", "董", "萧", "程",
            "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶");
    static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
            "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "文", "辉", "鹏", "华", "红", "建", "玲", "宇",
            "晨", "欣", "浩", "然", "婷", "博", "瑶", "凯", "琳", "峰", "晓", "雪", "佳", "俊", "慧", "颖", "振", "海");
    static final List<String> EVENT_TITLES = List.of("水处理剂产业供需对接会", "生态环保产业招商推介会", "研发人员技能培训班",
            "环保新材料技术论坛", "中国环博会参展", "园区企业安全生产培训", "产学研合作洽谈会");

    private SyntheticWords() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** A person's name: surname and one or two given-name characters. */
    static String personName(SplittableRandom random) {
        String given = pick(random, GIVEN);
        return pick(random, SURNAMES) + (random.nextInt(3) == 0 ? given : given + pick(random, GIVEN));
    }
}
