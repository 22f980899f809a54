package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.PlatformService;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformsViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private Enterprise xinquan;
    private PlatformsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("platforms-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        xinquan = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        services.platforms().save(new InnovationPlatform(0, parkId, xinquan.id(), "枣庄鑫泉技术中心",
                PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.MUNICIPAL, LocalDate.of(2018, 5, 10),
                "枣庄市工业和信息化局", LocalDate.of(2023, 6, 30)), Map.of());
        services.platforms().save(new InnovationPlatform(0, parkId, xinquan.id(), "山东省企业技术中心（鑫泉）",
                PlatformType.ENTERPRISE_TECH_CENTER, PlatformLevel.PROVINCIAL, LocalDate.of(2023, 12, 18),
                "山东省工业和信息化厅", null), Map.of());
        Fx.run(() -> {
            model = new PlatformsViewModel(services.platforms(), services.enterprises(), parkId,
                    LocalDate.of(2025, 6, 30), UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void thePlatformsInForceOnTheAsOfDateAreCountedPerLevel() {
        assertThat(model.records()).hasSize(2);
        assertThat(model.inForceProperty(PlatformLevel.PROVINCIAL).get()).isEqualTo(1);
        assertThat(model.inForceProperty(PlatformLevel.MUNICIPAL).get()).as("revoked in 2023").isZero();
        assertThat(model.inForceTotal()).isEqualTo(1);
    }

    @Test
    void aParkPlatformWithoutEnterpriseIsSavedAndCounted() {
        Fx.run(() -> {
            model.nameProperty().set("枣庄市水处理剂工程技术研究中心");
            model.typeProperty().set(PlatformType.ENGINEERING_CENTER);
            model.levelProperty().set(PlatformLevel.MUNICIPAL);
            model.approvedOnProperty().set(LocalDate.of(2021, 6, 11));
        });
        assertThat(model.validation().problems()).isEmpty();

        Fx.run(model::save);

        assertThat(model.records()).hasSize(3);
        assertThat(model.currentProperty().get().enterpriseId()).isNull();
        assertThat(model.inForceProperty(PlatformLevel.MUNICIPAL).get()).isEqualTo(1);
    }

    @Test
    void aRevocationBeforeTheApprovalIsAnErrorAtTheRevocation() {
        Fx.run(() -> model.edit(model.records().get(0)));
        Fx.run(() -> model.revokedOnProperty().set(LocalDate.of(2020, 1, 1)));

        assertThat(model.validation().only(PlatformService.REVOKED_ON).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("早于认定日期"));
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void anEnterpriseCentreWithoutItsEnterpriseIsSavedOnlyWithAnExplanation() {
        Fx.run(() -> {
            model.nameProperty().set("“一企一技术”研发中心（园区）");
            model.typeProperty().set(PlatformType.ONE_ENTERPRISE_ONE_TECH);
            model.levelProperty().set(PlatformLevel.PROVINCIAL);
            model.approvedOnProperty().set(LocalDate.of(2024, 9, 1));
        });
        assertThat(model.canSaveProperty().get()).isFalse();

        Fx.run(() -> model.explanations().put(model.validation().warnings().get(0).key(), "依托企业待定"));

        assertThat(model.canSaveProperty().get()).isTrue();
    }
}
