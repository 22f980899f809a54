package org.ecopark.ledger.logic.demo.writer;

import static org.ecopark.ledger.logic.demo.writer.DemoPark.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.logic.demo.ValidCodes;

/**
 * patents.csv: 186 patents granted in 2023–2025 (52, 61, 73 a year; three of them lapsed in 2025),
 * 9 granted before 2023, 10 pending, 2 rejected and 1 withdrawn; 12 co-owned by two park enterprises,
 * 6 with an institute outside the park. Newcomers own only patents granted after they settled.
 */
final class DemoPatents {

    static final int[] GRANTED_PER_YEAR = {52, 61, 73};
    static final int LAPSED_IN_PERIOD = 3;

    private static final List<String> INVENTION = List.of("一种%s的制备方法", "%s的连续化生产工艺", "一种高效%s及其制备方法",
            "一种低残留%s的合成方法", "%s生产废液的资源化利用方法", "一种复合型%s及其在循环冷却水中的应用", "一种%s中杂质的去除方法",
            "利用工业副产物制备%s的方法", "一种提高%s储存稳定性的方法", "一种%s有效成分含量的快速测定方法");
    private static final List<String> UTILITY = List.of("一种%s投加装置", "一种%s生产用反应釜", "一种%s溶解搅拌装置",
            "一种%s干燥造粒设备", "一种%s计量输送系统", "一种%s生产尾气吸收装置", "一种%s储罐液位监测装置", "一种%s成品过滤装置",
            "一种%s自动包装计量装置", "一种%s原料预处理装置", "一种%s生产用冷却装置", "一种%s防结块储存装置");
    private static final List<String> DESIGN = List.of("包装桶（%s）", "加药装置控制柜", "液体包装吨桶", "一体化加药箱");
    private static final Map<String, List<String>> SPECIAL = Map.of(
            "EQUIP", List.of("一种一体化智能加药装置", "一种加药装置用隔膜计量泵", "一种撬装式加药设备", "一种加药管路防堵装置",
                    "一种加药装置的溶药罐", "一种多点投加控制系统", "一种加药装置用液位报警装置", "一种移动式应急加药车",
                    "一种基于水质反馈的智能加药控制方法", "一种混凝剂投加量的预测方法", "一种粉末药剂自动投配装置",
                    "一种加药装置用在线稀释装置", "一种加药泵出口脉动阻尼器", "一种防腐蚀加药管道连接结构"),
            "MEMBRANE", List.of("一种抗污染反渗透复合膜及其制备方法", "一种卷式反渗透膜元件", "一种膜元件端盖", "一种反渗透膜清洗装置"),
            "SERVICE", List.of("一种污水处理厂智能曝气控制系统", "一种水质在线监测采样装置", "一种便携式水样采集器",
                    "一种污泥脱水机加药装置", "一种实验室废液收集装置", "一种基于物联网的污水厂运行监控方法",
                    "一种水样预处理过滤装置", "一种总磷在线监测仪的消解装置"),
            "WASTEACID", List.of("一种利用钢铁酸洗废液制备聚合氯化铁的方法", "一种废盐酸回收装置", "一种酸洗废液除杂装置",
                    "一种废酸浓缩蒸发装置", "一种利用废硫酸制备聚合硫酸铁的方法"),
            "SLUDGE", List.of("一种污泥低温干化装置", "一种利用污泥制备陶粒的方法"),
            "ALASH", List.of("一种利用二次铝灰制备聚合氯化铝的方法", "一种铝灰脱氮处理装置"),
            "PACK", List.of("包装桶（化工）"));
    private static final List<String> INSTITUTES = List.of("鲁南水处理工程技术研究院", "山东环保新材料产业技术研究院");

    private final DemoPark park;
    private final Set<String> numbers = new HashSet<>();
    private final Map<String, Set<String>> titlesByOwner = new HashMap<>();

    DemoPatents(DemoPark park) {
        this.park = park;
    }

    /** A patent before owners are assigned. */
    private record Slot(String type, LocalDate granted, String status, LocalDate lapsed) {
    }

    List<List<String>> patents() {
        List<Slot> slots = slots();
        List<Profile> owners = owners(slots);
        List<Profile> partners = park.profiles.stream()
                .filter(p -> p.industrial() && p.left() == null && p.settled().isBefore(DemoPark.BASELINE)).toList();
        List<List<String>> rows = new ArrayList<>();
        int coOwned = 0;
        int withInstitute = 0;
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            Profile owner = owners.get(i);
            boolean inPeriod = slot.granted() != null && !slot.granted().isBefore(DemoPark.BASELINE);
            String ownerCell = owner.uscc();
            if (inPeriod && coOwned < 12 && i % 15 == 3) {
                Profile partner = park.pick(partners);
                while (partner == owner) {
                    partner = park.pick(partners);
                }
                ownerCell += ";" + partner.uscc();
                coOwned++;
            }
            String institute = "";
            if (inPeriod && slot.type().equals("INVENTION") && withInstitute < 6 && i % 7 == 5) {
                institute = INSTITUTES.get(withInstitute % INSTITUTES.size());
                withInstitute++;
            }
            LocalDate applied = applied(slot);
            rows.add(List.of(number(slot.type(), applied.getYear()), title(owner, slot.type()), slot.type(), text(applied),
                    text(slot.granted()), text(slot.lapsed()), slot.status(), ownerCell, institute));
        }
        rows.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return rows;
    }

    private List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        List<String> types = new ArrayList<>();
        types.addAll(Collections.nCopies(58, "INVENTION"));
        types.addAll(Collections.nCopies(121, "UTILITY_MODEL"));
        types.addAll(Collections.nCopies(7, "DESIGN"));
        Collections.shuffle(types, new java.util.Random(DemoPark.SEED));
        int t = 0;
        int lapsed = 0;
        for (int y = 0; y < GRANTED_PER_YEAR.length; y++) {
            for (int k = 0; k < GRANTED_PER_YEAR[y]; k++) {
                String type = types.get(t++);
                LocalDate granted = park.day(LocalDate.of(2023 + y, 1, 1), LocalDate.of(2023 + y, 12, 31));
                if (y == 0 && type.equals("UTILITY_MODEL") && lapsed < LAPSED_IN_PERIOD) {
                    lapsed++;
                    slots.add(new Slot(type, granted, "LAPSED", LocalDate.of(2025, 2 + lapsed * 2, 1 + lapsed * 5)));
                } else {
                    slots.add(new Slot(type, granted, "GRANTED", null));
                }
            }
        }
        for (int k = 0; k < 9; k++) {
            LocalDate granted = park.day(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31));
            boolean lapse = k < 2;
            slots.add(new Slot(k % 3 == 0 ? "INVENTION" : "UTILITY_MODEL", granted, lapse ? "LAPSED" : "GRANTED",
                    lapse ? granted.plusYears(2).plusDays(40) : null));
        }
        for (int k = 0; k < 10; k++) {
            slots.add(new Slot(k < 8 ? "INVENTION" : "UTILITY_MODEL", null, "PENDING", null));
        }
        slots.add(new Slot("INVENTION", null, "REJECTED", null));
        slots.add(new Slot("INVENTION", null, "REJECTED", null));
        slots.add(new Slot("INVENTION", null, "WITHDRAWN", null));
        return slots;
    }

    /** Owners for the slots: newcomers first take 2025 grants or pending applications, the rest at random. */
    private List<Profile> owners(List<Slot> slots) {
        Profile[] owners = new Profile[slots.size()];
        List<Profile> pool = new ArrayList<>();
        for (Profile p : park.profiles) {
            for (int k = 0; k < p.patents(); k++) {
                if (p.settled().isAfter(DemoPark.BASELINE)) {
                    int index;
                    do {
                        index = park.random.nextInt(slots.size());
                    } while (owners[index] != null || !laterThan(slots.get(index), p.settled().plusMonths(3)));
                    owners[index] = p;
                } else {
                    pool.add(p);
                }
            }
        }
        Collections.shuffle(pool, new java.util.Random(DemoPark.SEED + 1));
        int next = 0;
        for (int i = 0; i < owners.length; i++) {
            if (owners[i] == null) {
                owners[i] = pool.get(next++);
            }
        }
        return List.of(owners);
    }

    private static boolean laterThan(Slot slot, LocalDate date) {
        return slot.status().equals("GRANTED") && slot.granted().isAfter(date)
                || slot.status().equals("PENDING");
    }

    private LocalDate applied(Slot slot) {
        if (slot.granted() == null) {
            return switch (slot.status()) {
                case "PENDING" -> park.day(LocalDate.of(2023, 9, 1), LocalDate.of(2025, 11, 30));
                case "REJECTED" -> park.day(LocalDate.of(2021, 3, 1), LocalDate.of(2022, 10, 31));
                default -> park.day(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 8, 31));
            };
        }
        int months = switch (slot.type()) {
            case "INVENTION" -> 16 + park.random.nextInt(19);
            case "UTILITY_MODEL" -> 5 + park.random.nextInt(7);
            default -> 3 + park.random.nextInt(5);
        };
        return slot.granted().minusMonths(months).minusDays(park.random.nextInt(25));
    }

    /** ZL + year + type + a serial in the range the patent office reached that year, unique in the demo. */
    private String number(String type, int year) {
        int typeDigit = type.equals("INVENTION") ? 1 : type.equals("UTILITY_MODEL") ? 2 : 3;
        int reach = typeDigit == 1 ? 1_600_000 : typeDigit == 2 ? 2_900_000 : 750_000;
        while (true) {
            String number = ValidCodes.patentNumber(year, typeDigit, 10_000 + park.random.nextInt(reach));
            if (numbers.add(number)) {
                return number;
            }
        }
    }

    private String title(Profile owner, String type) {
        List<String> pool = pool(owner, type);
        Set<String> used = titlesByOwner.computeIfAbsent(owner.uscc(), key -> new HashSet<>());
        for (int attempt = 0; attempt < 200; attempt++) {
            String form = park.pick(pool);
            String title = form.contains("%s") ? String.format(form, DemoPark.PRODUCTS.get(park.pick(owner.products()))) : form;
            if (used.add(title)) {
                return title;
            }
        }
        String fallback = String.format(park.pick(UTILITY), owner.product()) + "（改进型）";
        used.add(fallback);
        return fallback;
    }

    private static List<String> pool(Profile owner, String type) {
        String product = owner.products().get(0);
        if (type.equals("DESIGN")) {
            return product.equals("PACK") ? SPECIAL.get("PACK") : owner.segment().equals("SERVICE") ? DESIGN.subList(1, 4) : DESIGN;
        }
        List<String> special = SPECIAL.containsKey(product) && !product.equals("PACK") ? SPECIAL.get(product)
                : owner.segment().equals("SERVICE") ? SPECIAL.get("SERVICE") : null;
        if (special == null) {
            return type.equals("INVENTION") ? INVENTION : UTILITY;
        }
        // a utility model protects a device, never a method
        List<String> devices = special.stream().filter(title -> !title.contains("方法")).toList();
        return type.equals("UTILITY_MODEL") && !devices.isEmpty() ? devices : special;
    }
}
