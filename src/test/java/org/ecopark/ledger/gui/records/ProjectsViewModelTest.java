package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.ProjectFixtures;
import org.ecopark.ledger.logic.records.ProjectService;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectsViewModelTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;
    private ProjectsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("projects-vm", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        Fx.run(() -> {
            model = new ProjectsViewModel(ledger.records().projects(), ledger.records().enterprises(), ledger.park,
                    UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void theTargetsOfferedAreTheParksByCodeAndTitle() {
        assertThat(model.targetIds()).isNotEmpty();
        assertThat(model.targetIds()).extracting(model::targetLabel).allMatch(label -> label.startsWith("ZZSZ-T"))
                .contains("ZZSZ-T01 水处理剂生产能力");
        assertThat(model.enterpriseIds()).containsExactly(xinquan.id());
        assertThat(model.statusProperty().get()).as("a new project starts as planned").isEqualTo(ProjectStatus.PLANNED);
    }

    @Test
    void entriesAddedInAnyOrderAreSavedWithTheProjectInDateOrder() {
        Long target = model.targetIds().get(0);
        Fx.run(() -> {
            model.nameProperty().set("枣庄市中区污水处理厂提标改造");
            model.categoryProperty().set(ProjectCategory.INFRASTRUCTURE);
            model.enterpriseIdProperty().set(xinquan.id());
            model.targetIdProperty().set(target);
            model.plannedInvestmentProperty().set("8,500");
            model.startDateProperty().set(LocalDate.of(2024, 4, 1));
            model.statusProperty().set(ProjectStatus.IN_PROGRESS);
            addEntry(LocalDate.of(2024, 12, 31), "5100", "62");
            addEntry(LocalDate.of(2024, 7, 31), "2300", "");
        });
        assertThat(model.progress()).extracting(ProjectProgress::reportedOn)
                .containsExactly(LocalDate.of(2024, 7, 31), LocalDate.of(2024, 12, 31));
        assertThat(model.entryDateProperty().get()).as("the entry row is emptied").isNull();

        Fx.run(model::save);

        assertThat(model.records()).singleElement().satisfies(project -> {
            assertThat(project.plannedInvestment()).isEqualByComparingTo("8500");
            assertThat(project.targetId()).isEqualTo(target);
            assertThat(project.progress()).extracting(ProjectProgress::completedInvestment)
                    .containsExactly(new BigDecimal("2300"), new BigDecimal("5100"));
            assertThat(ProjectsViewModel.latestPercent(project)).isEqualByComparingTo("62");
        });
        assertThat(model.currentProperty().get()).isNotNull();
    }

    @Test
    void textThatIsNotANumberIsReportedAndNotTakenAsNothing() {
        Fx.run(() -> {
            model.plannedInvestmentProperty().set("一万");
            model.entryDateProperty().set(LocalDate.of(2024, 7, 31));
            model.entryPercentProperty().set("30%");
            model.addEntry();
        });

        assertThat(model.validation().only(ProjectService.PLANNED_INVESTMENT).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("必须是数字"));
        assertThat(model.progress()).isEmpty();
        assertThat(model.entryPercentProperty().get()).as("the typed value stays to be corrected").isEqualTo("30%");
        assertThat(model.messageProperty().get()).contains("必须是数字");
    }

    @Test
    void aFallingPercentMustBeExplainedBeforeTheProjectCanBeSaved() {
        Project stored = ledger.records().projects().save(ProjectFixtures.plantExtension(ledger.park.id(), xinquan.id()),
                Map.of()).record();
        Fx.run(model::reload);
        Fx.run(() -> {
            model.edit(model.records().get(0));
            model.entryDateProperty().set(LocalDate.of(2025, 3, 31));
            model.entryPercentProperty().set("55");
            model.addEntry();
        });
        assertThat(model.validation().warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.field()).isEqualTo(ProjectService.PROGRESS));
        assertThat(model.canSaveProperty().get()).isFalse();

        Fx.run(() -> model.explanations().put(model.validation().warnings().get(0).key(), "按调整后的总投资重新核算"));
        assertThat(model.canSaveProperty().get()).isTrue();
        Fx.run(model::save);

        assertThat(ledger.records().projects().find(stored.id()).orElseThrow().progress()).hasSize(3);
        assertThat(ledger.records().projects().explanations(stored.id())).containsValue("按调整后的总投资重新核算");
    }

    @Test
    void anEntryTakenBackIntoTheRowIsCorrectedAndAddedAgain() {
        Fx.run(() -> {
            addEntry(LocalDate.of(2024, 7, 31), "2300", "18");
            model.editEntry(model.progress().get(0));
        });
        assertThat(model.progress()).isEmpty();
        assertThat(model.entryInvestmentProperty().get()).isEqualTo("2300");

        Fx.run(() -> {
            model.entryPercentProperty().set("28");
            model.addEntry();
        });

        assertThat(model.progress()).singleElement().satisfies(entry -> {
            assertThat(entry.reportedOn()).isEqualTo(LocalDate.of(2024, 7, 31));
            assertThat(entry.percentComplete()).isEqualByComparingTo("28");
        });
    }

    @Test
    void aRemovedEntryIsGoneAfterTheSaveAndUndoBringsItBack() {
        ledger.records().projects().save(ProjectFixtures.plantExtension(ledger.park.id(), null), Map.of());
        Fx.run(model::reload);
        Fx.run(() -> {
            model.edit(model.records().get(0));
            model.removeEntry(model.progress().get(1));
            model.save();
        });
        assertThat(model.records().get(0).progress()).hasSize(1);

        Fx.run(model::undo);

        assertThat(model.records().get(0).progress()).hasSize(2);
        assertThat(model.historyValue(ProjectService.STATUS, "IN_PROGRESS")).isEqualTo("在建");
    }

    @Test
    void theHistoryShowsTheParkByNameAndAmountsInTenThousandYuan() {
        Project saved = ledger.records().projects().save(ProjectFixtures.plantExtension(ledger.park.id(), null), Map.of())
                .record();
        Fx.run(model::reload);
        Fx.run(() -> model.open(saved.id()));

        var lines = HistoryDialog.lines(model.history(), model.fieldLabelPrefix(), model::historyValue);

        assertThat(lines).filteredOn(line -> line.field().equals("园区")).singleElement()
                .extracting(HistoryDialog.Line::after).isEqualTo(ledger.park.name());
        assertThat(lines).filteredOn(line -> line.field().startsWith("计划投资")).singleElement()
                .extracting(HistoryDialog.Line::after).isEqualTo("12000 万元");
        assertThat(lines).filteredOn(line -> line.field().equals("进度记录")).singleElement()
                .extracting(HistoryDialog.Line::after)
                .isEqualTo("2024-06-30：3200 万元 25% 主体施工；2024-12-31：7600 万元 60% 设备进场");
    }

    private void addEntry(LocalDate day, String investment, String percent) {
        model.entryDateProperty().set(day);
        model.entryInvestmentProperty().set(investment);
        model.entryPercentProperty().set(percent);
        model.addEntry();
    }
}
