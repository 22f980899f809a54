package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** On the embedded database and on a PostgreSQL server ({@link TestServer}). */
@ParameterizedClass
@EnumSource(Backend.class)
class EnterpriseRepositoryTest {

    @Parameter
    private Backend backend;
    private Database database;
    private EnterpriseRepository enterprises;
    private long parkId;

    @BeforeEach
    void open() {
        database = backend.open("enterprise-repository");
        parkId = new ParkRepository(database.dsl()).save(RecordFixtures.ZZSZ);
        enterprises = new EnterpriseRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void anEnterpriseIsStoredWithItsTitlesAndReadBackWhole() {
        Enterprise xinquan = RecordFixtures.xinquan(parkId);

        long id = enterprises.insert(xinquan);
        Enterprise stored = enterprises.find(id).orElseThrow();

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.uscc()).isEqualTo(xinquan.uscc());
        assertThat(stored.name()).isEqualTo("枣庄鑫泉水处理材料有限公司");
        assertThat(stored.settledOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(stored.titles()).extracting(EnterpriseTitle::kind)
                .containsExactly(TitleKind.PROVINCIAL_SRDI, TitleKind.HIGH_TECH);
        assertThat(stored.titles().get(1).certificateNo()).isEqualTo("GR202337004512");
        assertThat(stored.titles()).allMatch(title -> title.id() > 0);
    }

    @Test
    void theParkListIsByNameAndHoldsOnlyThatParksEnterprises() {
        long otherPark = new ParkRepository(database.dsl()).save(RecordFixtures.WEIHAI);
        enterprises.insert(RecordFixtures.xinquan(parkId));
        enterprises.insert(RecordFixtures.juheng(parkId));
        enterprises.insert(RecordFixtures.qingyuan(otherPark));

        List<Enterprise> list = enterprises.findByPark(parkId);

        assertThat(list).extracting(Enterprise::name)
                .containsExactly("山东聚恒新材料股份有限公司", "枣庄鑫泉水处理材料有限公司");
        assertThat(list.get(0).titles()).extracting(EnterpriseTitle::kind).containsExactly(TitleKind.NATIONAL_LITTLE_GIANT);
    }

    @Test
    void anUpdateWritesEveryFieldAndReplacesTheTitles() {
        long id = enterprises.insert(RecordFixtures.xinquan(parkId));
        Enterprise stored = enterprises.find(id).orElseThrow();
        Enterprise moved = new Enterprise(id, parkId, stored.uscc(), stored.name(), "鑫泉", stored.segment(), false,
                stored.settledOn(), LocalDate.of(2025, 6, 30), null, null, null, "迁往滕州", List.of(
                        new EnterpriseTitle(0, TitleKind.LISTED, LocalDate.of(2024, 3, 1), null, null)));

        enterprises.update(moved);
        Enterprise after = enterprises.find(id).orElseThrow();

        assertThat(after.leftOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(after.shortName()).isEqualTo("鑫泉");
        assertThat(after.envRelated()).isFalse();
        assertThat(after.contactPerson()).isNull();
        assertThat(after.titles()).extracting(EnterpriseTitle::kind).containsExactly(TitleKind.LISTED);
    }

    @Test
    void aDeleteTakesTheTitlesAlongAndARestoreBringsBackTheSameId() {
        long id = enterprises.insert(RecordFixtures.xinquan(parkId));
        Enterprise stored = enterprises.find(id).orElseThrow();

        enterprises.delete(id);
        assertThat(enterprises.find(id)).isEmpty();
        assertThat(database.dsl().fetchCount(org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE)).isZero();

        enterprises.restore(stored);
        Enterprise restored = enterprises.find(id).orElseThrow();
        assertThat(restored.uscc()).isEqualTo(stored.uscc());
        assertThat(restored.titles()).hasSize(2);
    }

    @Test
    void anEnterpriseIsFoundByItsCreditCode() {
        Enterprise juheng = RecordFixtures.juheng(parkId);
        long id = enterprises.insert(juheng);

        assertThat(enterprises.findByUscc(juheng.uscc())).map(Enterprise::id).contains(id);
        assertThat(enterprises.findByUscc(RecordFixtures.uscc("MA00000A"))).isEmpty();
    }
}
