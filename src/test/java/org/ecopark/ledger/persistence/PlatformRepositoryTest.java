package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PlatformRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private PlatformRepository platforms;
    private long park;
    private long otherPark;
    private long xinquan;

    @BeforeEach
    void open() {
        database = backend.open("platform-repository");
        ParkRepository parks = new ParkRepository(database.dsl());
        park = parks.save(RecordFixtures.ZZSZ);
        otherPark = parks.save(RecordFixtures.WEIHAI);
        xinquan = new EnterpriseRepository(database.dsl()).insert(RecordFixtures.xinquan(park));
        platforms = new PlatformRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    private InnovationPlatform centre(long parkId, Long enterprise, String name, LocalDate approved) {
        return new InnovationPlatform(0, parkId, enterprise, name, PlatformType.ENTERPRISE_TECH_CENTER,
                PlatformLevel.PROVINCIAL, approved, "山东省工业和信息化厅", null);
    }

    @Test
    void aPlatformIsStoredUpdatedRestoredAndDeleted() {
        long id = platforms.insert(centre(park, xinquan, "山东省企业技术中心（鑫泉）", LocalDate.of(2019, 12, 18)));
        assertThat(platforms.find(id).orElseThrow().type()).isEqualTo(PlatformType.ENTERPRISE_TECH_CENTER);

        InnovationPlatform revoked = new InnovationPlatform(id, park, null, "枣庄市水处理剂工程技术研究中心",
                PlatformType.ENGINEERING_CENTER, PlatformLevel.MUNICIPAL, LocalDate.of(2019, 12, 18), null,
                LocalDate.of(2023, 6, 30));
        platforms.update(revoked);
        assertThat(platforms.find(id)).contains(revoked);

        platforms.delete(id);
        assertThat(platforms.find(id)).isEmpty();
        platforms.restore(revoked);
        assertThat(platforms.find(id)).contains(revoked);
    }

    @Test
    void theParksPlatformsComeLatestApprovedFirstAndTheSameOneIsFoundByItsKey() {
        long older = platforms.insert(centre(park, xinquan, "甲中心", LocalDate.of(2018, 5, 10)));
        long newer = platforms.insert(centre(park, null, "乙中心", LocalDate.of(2022, 5, 19)));
        platforms.insert(centre(otherPark, null, "甲中心", LocalDate.of(2021, 1, 1)));

        assertThat(platforms.findByPark(park)).extracting(InnovationPlatform::id).containsExactly(newer, older);
        assertThat(platforms.findSame(park, "甲中心", PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.PROVINCIAL))
                .map(InnovationPlatform::id).contains(older);
        assertThat(platforms.findSame(park, "甲中心", PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.MUNICIPAL))
                .isEmpty();
    }
}
