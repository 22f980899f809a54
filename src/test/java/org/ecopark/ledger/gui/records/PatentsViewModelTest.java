package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PatentsViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private Enterprise xinquan;
    private Enterprise juheng;
    private PatentsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("patents-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        xinquan = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        juheng = services.enterprises().save(RecordFixtures.juheng(parkId), Map.of()).record();
        Fx.run(() -> {
            model = new PatentsViewModel(services.patents(), services.enterprises(), parkId, UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theOwnersToPickFromAreTheParksEnterprises() {
        assertThat(model.parkEnterprises()).extracting(Enterprise::id).containsExactly(juheng.id(), xinquan.id());
    }

    @Test
    void theTypeFollowsTheNumberAsSoonAsItTellsIt() {
        Fx.run(() -> model.numberProperty().set("ZL " + RecordFixtures.withCheck("202320871405")));
        assertThat(model.typeProperty().get()).isEqualTo(PatentType.UTILITY_MODEL);

        Fx.run(() -> model.typeProperty().set(PatentType.INVENTION));
        assertThat(model.validation().only(PatentService.TYPE_FIELD).hasErrors()).isTrue();
    }

    @Test
    void ownersAreSavedInTheOrderTheyWereTicked() {
        Patent invention = RecordFixtures.invention(java.util.List.of());
        Fx.run(() -> {
            model.numberProperty().set(invention.number());
            model.titleProperty().set(invention.title());
            model.appliedOnProperty().set(invention.appliedOn());
            model.grantedOnProperty().set(invention.grantedOn());
            model.setOwner(xinquan.id(), true);
            model.setOwner(juheng.id(), true);
        });
        assertThat(model.statusProperty().get()).as("a new patent starts as granted").isEqualTo(PatentStatus.GRANTED);
        assertThat(model.canSaveProperty().get()).isTrue();

        Fx.run(model::save);

        assertThat(model.records()).singleElement().satisfies(patent -> {
            assertThat(patent.ownerIds()).containsExactly(xinquan.id(), juheng.id());
            assertThat(model.ownersText(patent)).isEqualTo("枣庄鑫泉水处理材料有限公司；山东聚恒新材料股份有限公司");
        });
    }

    @Test
    void aGrantBeforeTheApplicationIsAnErrorAtTheGrantDate() {
        Fx.run(() -> {
            model.numberProperty().set(RecordFixtures.invention(java.util.List.of()).number());
            model.appliedOnProperty().set(LocalDate.of(2022, 4, 6));
            model.grantedOnProperty().set(LocalDate.of(2021, 4, 6));
        });

        assertThat(model.validation().only(PatentService.GRANTED_ON).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("早于申请日"));
    }
}
