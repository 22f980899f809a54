package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class StandardRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private StandardRepository standards;
    private long park;
    private long xinquan;
    private long juheng;
    private long weihaiEnterprise;

    @BeforeEach
    void open() {
        database = backend.open("standard-repository");
        ParkRepository parks = new ParkRepository(database.dsl());
        park = parks.save(RecordFixtures.ZZSZ);
        long otherPark = parks.save(RecordFixtures.WEIHAI);
        EnterpriseRepository enterprises = new EnterpriseRepository(database.dsl());
        xinquan = enterprises.insert(RecordFixtures.xinquan(park));
        juheng = enterprises.insert(RecordFixtures.juheng(park));
        weihaiEnterprise = enterprises.insert(RecordFixtures.qingyuan(otherPark));
        standards = new StandardRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    private static Standard standard(String code, StandardRole role, long enterprise, LocalDate published) {
        return new Standard(0, code, "水处理剂 聚氯化铝", StandardLevel.NATIONAL, role, enterprise, published);
    }

    @Test
    void aStandardIsStoredUpdatedRestoredAndDeleted() {
        long id = standards.insert(standard("GB/T 22627-2024", StandardRole.LEAD, xinquan, LocalDate.of(2024, 4, 25)));
        Standard stored = standards.find(id).orElseThrow();
        assertThat(stored.role()).isEqualTo(StandardRole.LEAD);
        assertThat(stored.level()).isEqualTo(StandardLevel.NATIONAL);

        Standard changed = new Standard(id, "GB/T 22627-2024", "水处理剂 聚氯化铝（修订）", StandardLevel.NATIONAL,
                StandardRole.PARTICIPANT, juheng, null);
        standards.update(changed);
        assertThat(standards.find(id)).contains(changed);

        standards.delete(id);
        assertThat(standards.find(id)).isEmpty();
        standards.restore(changed);
        assertThat(standards.find(id)).contains(changed);
    }

    @Test
    void theParksStandardsComeLatestPublishedFirstAndUnpublishedLast() {
        standards.insert(standard("GB/T 14591-2023", StandardRole.LEAD, xinquan, LocalDate.of(2023, 8, 6)));
        standards.insert(standard("GB/T 22627-2024", StandardRole.PARTICIPANT, juheng, LocalDate.of(2024, 4, 25)));
        standards.insert(standard("T/CSES 88-2025", StandardRole.LEAD, juheng, null));
        standards.insert(standard("HJ 1234-2025", StandardRole.LEAD, weihaiEnterprise, LocalDate.of(2025, 3, 1)));

        assertThat(standards.findByPark(park)).extracting(Standard::code)
                .containsExactly("GB/T 22627-2024", "GB/T 14591-2023", "T/CSES 88-2025");
    }

    @Test
    void aCodeIsFoundPerEnterprise() {
        long id = standards.insert(standard("GB/T 22627-2024", StandardRole.LEAD, xinquan, LocalDate.of(2024, 4, 25)));

        assertThat(standards.findByCode("GB/T 22627-2024", xinquan)).map(Standard::id).contains(id);
        assertThat(standards.findByCode("GB/T 22627-2024", juheng)).isEmpty();
    }
}
