package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PatentRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private PatentRepository patents;
    private long xinquan;
    private long juheng;
    private long weihaiEnterprise;

    @BeforeEach
    void open() {
        database = backend.open("patent-repository");
        ParkRepository parks = new ParkRepository(database.dsl());
        long park = parks.save(RecordFixtures.ZZSZ);
        long otherPark = parks.save(RecordFixtures.WEIHAI);
        EnterpriseRepository enterprises = new EnterpriseRepository(database.dsl());
        xinquan = enterprises.insert(RecordFixtures.xinquan(park));
        juheng = enterprises.insert(RecordFixtures.juheng(park));
        weihaiEnterprise = enterprises.insert(RecordFixtures.qingyuan(otherPark));
        patents = new PatentRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void aPatentWithTwoOwnersKeepsTheirOrder() {
        long id = patents.insert(RecordFixtures.invention(List.of(juheng, xinquan)));

        Patent stored = patents.find(id).orElseThrow();

        assertThat(stored.ownerIds()).containsExactly(juheng, xinquan);
        assertThat(stored.status()).isEqualTo(PatentStatus.GRANTED);
        assertThat(stored.grantedOn()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(patents.findByNumber(stored.number())).map(Patent::id).contains(id);
    }

    @Test
    void theParkListHoldsThePatentsAnyOfItsEnterprisesOwns() {
        long shared = patents.insert(RecordFixtures.invention(List.of(weihaiEnterprise, juheng)));
        long elsewhere = patents.insert(RecordFixtures.utilityModel(List.of(weihaiEnterprise)));

        long park = database.dsl().selectFrom(org.ecopark.ledger.persistence.jooq.Tables.PARK)
                .where(org.ecopark.ledger.persistence.jooq.Tables.PARK.CODE.eq("ZZSZ")).fetchOne().getId();

        assertThat(patents.findByPark(park)).extracting(Patent::id).containsExactly(shared);
        assertThat(patents.find(elsewhere)).isPresent();
    }

    @Test
    void anUpdateReplacesTheOwnersAndADeleteRemovesThem() {
        long id = patents.insert(RecordFixtures.invention(List.of(xinquan)));
        Patent stored = patents.find(id).orElseThrow();
        Patent lapsed = new Patent(id, stored.number(), stored.title(), stored.type(), stored.appliedOn(),
                stored.grantedOn(), LocalDate.of(2025, 4, 6), PatentStatus.LAPSED, List.of(juheng, xinquan), "枣庄学院");

        patents.update(lapsed);
        assertThat(patents.find(id).orElseThrow()).isEqualTo(lapsed);

        patents.delete(id);
        assertThat(patents.find(id)).isEmpty();
        assertThat(database.dsl().fetchCount(org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER)).isZero();
    }
}
