package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private Enterprise xinquan;
    private StaffViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("staff-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        xinquan = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        services.staff().save(new RdStaff(0, xinquan.id(), "李红", null, Education.BACHELOR, null, false,
                LocalDate.of(2022, 7, 1), null), Map.of());
        Fx.run(() -> {
            model = new StaffViewModel(services.staff(), services.enterprises(), parkId, LocalDate.of(2025, 6, 30),
                    UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theEmployerIsPickedFromTheParksEnterprisesAndTheHeadcountIsLoaded() {
        assertThat(model.enterpriseIds()).containsExactly(xinquan.id());
        assertThat(model.enterpriseName(xinquan.id())).isEqualTo(xinquan.name());
        assertThat(model.headcountProperty().get()).isEqualTo(1);
        assertThat(model.fullTimeHeadcountProperty().get()).isZero();
    }

    @Test
    void aStaffMemberAskedForByIdBeforeTheListHasLoadedIsPutInTheFormOnceItArrives() {
        RdStaff li = services.staff().list(parkId).get(0);
        services.staff().save(new RdStaff(0, xinquan.id(), "王建国", null, Education.MASTER, null, true,
                LocalDate.of(2023, 2, 1), null), Map.of());
        List<javafx.concurrent.Task<?>> queued = new ArrayList<>();
        Fx.run(() -> {
            model = new StaffViewModel(services.staff(), services.enterprises(), parkId, LocalDate.of(2025, 6, 30),
                    queued::add);
            model.reload();
            model.open(li.id());
        });
        assertThat(model.currentProperty().get()).as("nothing loaded yet").isNull();

        Fx.run(() -> {
            while (!queued.isEmpty()) {
                queued.remove(0).run();
            }
        });

        assertThat(model.records()).hasSize(2);
        assertThat(model.currentProperty().get().id()).isEqualTo(li.id());
        assertThat(model.nameProperty().get()).isEqualTo("李红");
    }

    @Test
    void aSavedFullTimePersonRaisesBothCounts() {
        Fx.run(() -> {
            model.nameProperty().set("王建国");
            model.enterpriseIdProperty().set(xinquan.id());
            model.joinedOnProperty().set(LocalDate.of(2021, 3, 1));
        });
        assertThat(model.canSaveProperty().get()).isTrue();

        Fx.run(model::save);

        assertThat(model.records()).extracting(RdStaff::name).containsExactly("李红", "王建国");
        assertThat(model.headcountProperty().get()).isEqualTo(2);
        assertThat(model.fullTimeHeadcountProperty().get()).isEqualTo(1);
        var lines = HistoryDialog.lines(model.history(), model.fieldLabelPrefix(), model::historyValue);
        assertThat(lines).flatExtracting(HistoryDialog.Line::after).contains(xinquan.name()).doesNotContain("true", "false");
    }

    @Test
    void leavingBeforeJoiningIsAnErrorAtTheLeavingDate() {
        Fx.run(() -> {
            model.nameProperty().set("王建国");
            model.enterpriseIdProperty().set(xinquan.id());
            model.joinedOnProperty().set(LocalDate.of(2021, 3, 1));
            model.leftOnProperty().set(LocalDate.of(2021, 2, 28));
        });

        assertThat(model.validation().only(RdStaffService.LEFT_ON).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("早于入职日期"));
        assertThat(model.canSaveProperty().get()).isFalse();
    }
}
