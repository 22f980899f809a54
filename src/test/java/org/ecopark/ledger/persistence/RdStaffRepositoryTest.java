package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.RdStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class RdStaffRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private RdStaffRepository staff;
    private long park;
    private long xinquan;
    private long juheng;
    private long weihaiEnterprise;

    @BeforeEach
    void open() {
        database = backend.open("staff-repository");
        ParkRepository parks = new ParkRepository(database.dsl());
        park = parks.save(RecordFixtures.ZZSZ);
        long otherPark = parks.save(RecordFixtures.WEIHAI);
        EnterpriseRepository enterprises = new EnterpriseRepository(database.dsl());
        xinquan = enterprises.insert(RecordFixtures.xinquan(park));
        juheng = enterprises.insert(RecordFixtures.juheng(park));
        weihaiEnterprise = enterprises.insert(RecordFixtures.qingyuan(otherPark));
        staff = new RdStaffRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    private static RdStaff person(long enterprise, String name, boolean fullTime, LocalDate joined, LocalDate left) {
        return new RdStaff(0, enterprise, name, "0417", Education.MASTER, "工程师", fullTime, joined, left);
    }

    @Test
    void aPersonIsStoredUpdatedRestoredAndDeleted() {
        long id = staff.insert(person(xinquan, "王建国", true, LocalDate.of(2021, 3, 1), null));
        RdStaff stored = staff.find(id).orElseThrow();
        assertThat(stored.education()).isEqualTo(Education.MASTER);
        assertThat(stored.enterpriseId()).isEqualTo(xinquan);

        RdStaff left = new RdStaff(id, xinquan, "王建国", "0417", Education.DOCTOR, "高级工程师", true,
                LocalDate.of(2021, 3, 1), LocalDate.of(2024, 6, 30));
        staff.update(left);
        assertThat(staff.find(id)).contains(left);

        staff.delete(id);
        assertThat(staff.find(id)).isEmpty();
        staff.restore(left);
        assertThat(staff.find(id)).contains(left);
    }

    @Test
    void theHeadcountCountsThoseWhoJoinedAndHadNotLeftOnTheDay() {
        staff.insert(person(xinquan, "王建国", true, LocalDate.of(2021, 3, 1), null));
        staff.insert(person(xinquan, "李红", false, LocalDate.of(2022, 7, 1), null));
        staff.insert(person(juheng, "张伟", true, LocalDate.of(2020, 1, 6), LocalDate.of(2023, 12, 31)));
        staff.insert(person(juheng, "刘洋", true, LocalDate.of(2024, 2, 1), null));
        staff.insert(person(weihaiEnterprise, "赵磊", true, LocalDate.of(2019, 1, 1), null));

        assertThat(staff.headcount(park, LocalDate.of(2023, 12, 30), false)).isEqualTo(3);
        assertThat(staff.headcount(park, LocalDate.of(2023, 12, 31), false)).as("left that day").isEqualTo(2);
        assertThat(staff.headcount(park, LocalDate.of(2024, 2, 1), false)).as("joined that day").isEqualTo(3);
        assertThat(staff.headcount(park, LocalDate.of(2024, 2, 1), true)).isEqualTo(2);
        assertThat(staff.headcount(park, LocalDate.of(2019, 6, 1), false)).isZero();
        assertThat(staff.findByPark(park)).extracting(RdStaff::name).containsExactly("刘洋", "李红", "王建国", "张伟");
    }
}
