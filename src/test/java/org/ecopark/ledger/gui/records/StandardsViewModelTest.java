package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StandardsViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private Enterprise xinquan;
    private Enterprise juheng;
    private StandardsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("standards-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        xinquan = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        juheng = services.enterprises().save(RecordFixtures.juheng(parkId), Map.of()).record();
        services.standards().save(new Standard(0, "GB/T 22627-2024", "水处理剂 聚氯化铝", StandardLevel.NATIONAL,
                StandardRole.LEAD, xinquan.id(), LocalDate.of(2024, 4, 25)), Map.of());
        Fx.run(() -> {
            model = new StandardsViewModel(services.standards(), services.enterprises(), parkId,
                    UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theEnterpriseIsPickedFromTheParksEnterprisesAndStandardsAreCountedByCode() {
        assertThat(model.enterprises().ids()).containsExactlyInAnyOrder(xinquan.id(), juheng.id());
        assertThat(model.enterprises().name(juheng.id())).isEqualTo(juheng.name());
        assertThat(model.distinctCodesProperty().get()).isEqualTo(1);
        assertThat(model.ledCodesProperty().get()).isEqualTo(1);
    }

    @Test
    void theLevelFollowsTheCodeAsItIsTyped() {
        Fx.run(() -> model.codeProperty().set("DB37/T 4404-2021"));
        assertThat(model.levelProperty().get()).isEqualTo(StandardLevel.LOCAL);

        Fx.run(() -> model.codeProperty().set("T/CAEPI 49-2022"));
        assertThat(model.levelProperty().get()).isEqualTo(StandardLevel.GROUP);
    }

    @Test
    void aParticipantInTheSameStandardIsSavedAndCountsOnce() {
        Fx.run(() -> {
            model.codeProperty().set("GBT 22627-2024");
            model.titleProperty().set("水处理剂 聚氯化铝");
            model.enterpriseIdProperty().set(juheng.id());
            model.publishedOnProperty().set(LocalDate.of(2024, 4, 25));
        });
        assertThat(model.roleProperty().get()).isEqualTo(StandardRole.PARTICIPANT);
        assertThat(model.canSaveProperty().get()).isTrue();

        Fx.run(model::save);

        assertThat(model.records()).hasSize(2);
        assertThat(model.currentProperty().get().code()).isEqualTo("GB/T 22627-2024");
        assertThat(model.distinctCodesProperty().get()).isEqualTo(1);
    }

    @Test
    void theSameCodeForTheSameEnterpriseIsAnErrorAtTheCode() {
        Fx.run(() -> {
            model.codeProperty().set("GB/T 22627-2024");
            model.titleProperty().set("水处理剂 聚氯化铝");
            model.enterpriseIdProperty().set(xinquan.id());
        });

        assertThat(model.validation().only(StandardService.CODE).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("已登记"));
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void aSaveIsUndoneAndTheHistoryNamesTheEnterprise() {
        Fx.run(() -> model.edit(model.records().get(0)));
        Fx.run(() -> model.enterpriseIdProperty().set(juheng.id()));
        Fx.run(model::save);
        assertThat(model.history()).hasSize(2);
        assertThat(model.historyValue(StandardService.ENTERPRISE, String.valueOf(juheng.id()))).isEqualTo(juheng.name());

        Fx.run(model::undo);

        assertThat(model.records()).singleElement()
                .satisfies(s -> assertThat(s.enterpriseId()).isEqualTo(xinquan.id()));
    }
}
