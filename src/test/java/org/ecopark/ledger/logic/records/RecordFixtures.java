package org.ecopark.ledger.logic.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * Realistic records of the Zaozhuang Shizhong park (枣庄市中区, division 370402; water-treatment
 * chemicals) for the record tests. The credit codes are made up but valid: both check characters are
 * computed, so they pass GB 32100 and GB 11714 like a real licence would.
 */
public final class RecordFixtures {

    public static final String DIVISION = "370402";
    public static final Park ZZSZ = new Park(0, "ZZSZ", "枣庄市中区生态环保产业特色园区", "枣庄市中区", "枣庄市", "市中区",
            null, "环保新材料（水处理剂）", false);
    public static final Park WEIHAI = new Park(0, "TESTWH", "威海测试生态环保产业园区", "威海测试", "威海市", "环翠区",
            null, "海水淡化", false);

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private RecordFixtures() {
    }

    /** A valid credit code of an enterprise (9 1) registered in {@code division} with this organisation code body. */
    public static String uscc(String division, String orgBody8) {
        String first17 = "91" + division + orgBody8 + orgCheck(orgBody8);
        return first17 + UsccCheck.checkCharacter(first17);
    }

    public static String uscc(String orgBody8) {
        return uscc(DIVISION, orgBody8);
    }

    /** The code with its last character changed: a typo the check character catches. */
    public static String typo(String uscc) {
        char last = uscc.charAt(17);
        return uscc.substring(0, 17) + (last == '0' ? '1' : '0');
    }

    /** GB 11714: weighted sum of the 8-character body, check = 11 - sum mod 11 (10 -> X, 11 -> 0). */
    static char orgCheck(String body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(body8.charAt(i), 36) * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * "Today" in the tests: the day issue #15 was reported. The records above lie before it, so no rule
     * about the future fires on them, whatever day the tests run.
     */
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    public static final Clock CLOCK = clockAt(TODAY);
    public static final DateRules DATES = new DateRules(CLOCK);

    /** A clock that stands still at the start of {@code day} in the computer's time zone. */
    public static Clock clockAt(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return Clock.fixed(day.atStartOfDay(zone).toInstant(), zone);
    }

    /** A fresh in-memory ledger (migrated, no parks). */
    public static Database database(String name) {
        return Database.inMemory(name + "-" + System.nanoTime());
    }

    public static long addPark(UnitOfWork unitOfWork, Park park) {
        return unitOfWork.inTransaction(repositories -> repositories.parks().save(park));
    }

    public static Enterprise xinquan(long parkId) {
        return new Enterprise(0, parkId, uscc("MA3C5QK7"), "枣庄鑫泉水处理材料有限公司", "鑫泉水处理",
                EnterpriseSegment.MANUFACTURING, true, LocalDate.of(2019, 5, 20), null, "孙立强", "0632-3156078",
                "枣庄市市中区光明大道 1688 号", null,
                List.of(new EnterpriseTitle(0, TitleKind.PROVINCIAL_SRDI, LocalDate.of(2022, 12, 8),
                                LocalDate.of(2025, 12, 7), "SD-ZJTX-2022-0417"),
                        new EnterpriseTitle(0, TitleKind.HIGH_TECH, LocalDate.of(2023, 11, 29),
                                LocalDate.of(2026, 11, 28), "GR202337004512")));
    }

    /** The enterprise with another note: a change of one field, as a clerk makes it. */
    public static Enterprise withNote(Enterprise e, String note) {
        return new Enterprise(e.id(), e.parkId(), e.uscc(), e.name(), e.shortName(), e.segment(), e.envRelated(),
                e.settledOn(), e.leftOn(), e.contactPerson(), e.contactPhone(), e.address(), note, e.titles());
    }

    public static Enterprise qingyuan(long parkId) {
        return new Enterprise(0, parkId, uscc("MA94TRL1"), "山东清源环境科技有限公司", "清源环境", EnterpriseSegment.SERVICE,
                true, LocalDate.of(2021, 3, 2), null, "王静", "13806321547", "枣庄市市中区文化东路 26 号", null, List.of());
    }

    public static Enterprise juheng(long parkId) {
        return new Enterprise(0, parkId, uscc("16958320"), "山东聚恒新材料股份有限公司", "聚恒新材料",
                EnterpriseSegment.MANUFACTURING, true, LocalDate.of(2012, 8, 15), null, "刘洪涛", "0632-3327716",
                "枣庄市市中区税郭镇化工园 8 号", null,
                List.of(new EnterpriseTitle(0, TitleKind.NATIONAL_LITTLE_GIANT, LocalDate.of(2023, 7, 14),
                        LocalDate.of(2026, 7, 13), null)));
    }

    /** A granted invention patent with a valid number (check digit computed). */
    public static Patent invention(List<Long> owners) {
        return new Patent(0, "ZL" + withCheck("202210356712"), "一种高盐废水用聚合氯化铝铁絮凝剂及其制备方法",
                PatentType.INVENTION, LocalDate.of(2022, 4, 6), LocalDate.of(2023, 9, 12), null, PatentStatus.GRANTED,
                owners, null);
    }

    public static Patent utilityModel(List<Long> owners) {
        return new Patent(0, "ZL" + withCheck("202320871405"), "一种水处理剂连续投加装置", PatentType.UTILITY_MODEL,
                LocalDate.of(2023, 4, 18), LocalDate.of(2023, 10, 24), null, PatentStatus.GRANTED, owners, null);
    }

    /** Application digits with the dot and check digit appended. */
    public static String withCheck(String digits) {
        return digits + "." + org.ecopark.ledger.logic.validation.PatentNumberCheck.checkDigit(digits);
    }
}
