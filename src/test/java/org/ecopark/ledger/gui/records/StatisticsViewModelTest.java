package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.DateRules;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.LedgerChange;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatisticsViewModelTest {

    private Database database;
    private UnitOfWork unitOfWork;
    private RecordServices services;
    private Enterprise xinquan;
    private StatisticsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("statistics-vm");
        unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        long parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        xinquan = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        services.statistics().save(xinquan.id(), StatPeriod.month(2024, 7),
                Map.of("OUTPUT_VALUE", new BigDecimal("1820"), "MAIN_REVENUE", new BigDecimal("1650")), Map.of());
        Fx.run(() -> {
            model = new StatisticsViewModel(services.statistics(), services.enterprises(), parkId,
                    LocalDate.of(2025, 8, 15), UiExecutor.synchronous());
            model.loadEnterprises();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theGridOpensOnLastMonthOfTheFirstEnterpriseWithLastYearBeside() {
        assertThat(model.enterpriseProperty().get()).isEqualTo(xinquan);
        assertThat(model.period()).isEqualTo(StatPeriod.month(2025, 7));
        assertThat(model.row("OUTPUT_VALUE").lastYearProperty().get()).isEqualTo("1820");
        assertThat(model.row("EMPLOYEES").lastYearProperty().get()).isEmpty();
        assertThat(model.rows()).hasSize(services.statistics().metrics().size());
    }

    @Test
    void aMonthTypedIntoTheGridIsSaved() {
        Fx.run(() -> {
            model.row("OUTPUT_VALUE").valueProperty().set("2,034.75");
            model.row("MAIN_REVENUE").valueProperty().set("1856.4");
            model.row("EMPLOYEES").valueProperty().set("212");
        });
        assertThat(model.row("OUTPUT_VALUE").changeProperty().get()).isEqualTo("+11.8%");
        assertThat(model.canSaveProperty().get()).isTrue();

        Fx.run(model::save);

        assertThat(unitOfWork.read().periodStats().find(xinquan.id(), StatPeriod.month(2025, 7)))
                .extracting(PeriodStat::metricCode).containsExactly("OUTPUT_VALUE", "MAIN_REVENUE", "EMPLOYEES");
        assertThat(model.messageProperty().get()).contains("3").contains("2025-07");
        assertThat(model.hasHistoryProperty().get()).isTrue();
    }

    @Test
    void theHistoryNamesTheEnterpriseThePeriodAndGivesFiguresTheirUnit() {
        services.statistics().save(xinquan.id(), StatPeriod.month(2024, 7),
                Map.of("OUTPUT_VALUE", new BigDecimal("1900"), "MAIN_REVENUE", new BigDecimal("1650")), Map.of());
        Fx.run(() -> {
            model.yearProperty().set(2024);
            model.partProperty().set(7);
        });

        var lines = HistoryDialog.lines(model.history(), model.fieldLabelPrefix(), model::historyValue);

        assertThat(lines).filteredOn(line -> line.action().equals("修改")).singleElement().satisfies(line -> {
            assertThat(line.field()).isEqualTo("数值");
            assertThat(line.before()).isEqualTo("1820 万元");
            assertThat(line.after()).isEqualTo("1900 万元");
        });
        assertThat(lines).filteredOn(line -> line.field().equals("企业")).extracting(HistoryDialog.Line::after)
                .containsOnly(xinquan.name());
        assertThat(lines).filteredOn(line -> line.field().equals("报告期")).extracting(HistoryDialog.Line::after)
                .containsOnly("2024年7月");
        assertThat(lines).filteredOn(line -> line.field().equals("来源")).extracting(HistoryDialog.Line::after)
                .containsOnly("手工录入");
    }

    @Test
    void textThatIsNotANumberIsAnErrorAtItsMetric() {
        Fx.run(() -> model.row("RD_SPENDING").valueProperty().set("88.6万"));

        assertThat(model.validation().only("RD_SPENDING").errors()).extracting(Problem::message).singleElement()
                .asString().contains("研发投入");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void aJumpAgainstLastYearMarksTheRowAndNeedsAnExplanation() {
        Fx.run(() -> model.row("MAIN_REVENUE").valueProperty().set("18564000"));

        Problem warning = model.validation().warnings().get(0);
        assertThat(model.row("MAIN_REVENUE").jumpProperty().get()).isTrue();
        assertThat(model.canSaveProperty().get()).isFalse();
        Fx.run(() -> model.explanations().put(warning.key(), "单位误填为元？已与企业核实为元，改正前暂存"));
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void theGridOpensOnTheLastMonthThatHasEndedWhenTheAsOfDateLiesAhead() {
        StatisticsViewModel[] ahead = new StatisticsViewModel[1];
        Fx.run(() -> ahead[0] = new StatisticsViewModel(services.statistics(), services.enterprises(), xinquan.parkId(),
                LocalDate.of(2027, 3, 31), UiExecutor.synchronous()));

        assertThat(ahead[0].period()).isEqualTo(StatPeriod.month(2026, 11));
    }

    @Test
    void aMonthThatHasNotEndedOpensClosedForEntryAndSaysWhy() {
        Fx.run(() -> {
            model.yearProperty().set(2026);
            model.partProperty().set(12);
        });

        assertThat(model.entryOpenProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("2026-12 尚未结束（今天是 2026-12-06），不能填报实际统计数。");
        assertThat(model.messageIsErrorProperty().get()).isFalse();

        Fx.run(() -> model.partProperty().set(11));

        assertThat(model.entryOpenProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void figuresForAMonthThatHasNotEndedAreAnErrorAndAreNotSaved() {
        Fx.run(() -> {
            model.yearProperty().set(2027);
            model.partProperty().set(11);
        });
        Fx.run(() -> model.row("OUTPUT_VALUE").valueProperty().set("2034.75"));

        assertThat(model.validation().errors()).extracting(Problem::message)
                .containsExactly("2027-11 尚未结束（今天是 2026-12-06），不能填报实际统计数。");
        assertThat(model.canSaveProperty().get()).isFalse();
        Fx.run(model::save);

        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("2027-11 尚未结束（今天是 2026-12-06），不能填报实际统计数。");
        assertThat(unitOfWork.read().periodStats().find(xinquan.id(), StatPeriod.month(2027, 11))).isEmpty();
    }

    @Test
    void figuresEnteredBeforeTheirMonthEndedAreShownWithTheErrorAndCanBeCleared() {
        StatPeriod november2027 = StatPeriod.month(2027, 11);
        new RecordServices(unitOfWork, "tester", new DateRules(RecordFixtures.clockAt(LocalDate.of(2028, 1, 1))))
                .statistics().save(xinquan.id(), november2027, Map.of("OUTPUT_VALUE", new BigDecimal("2034.75"),
                        "EMPLOYEES", new BigDecimal("212")), Map.of());
        Fx.run(() -> {
            model.yearProperty().set(2027);
            model.partProperty().set(11);
        });

        assertThat(model.entryOpenProperty().get()).as("stored figures can be cleared").isTrue();
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEqualTo("2034.75");
        assertThat(model.validation().errors()).extracting(Problem::field).containsExactly(StatisticsService.PERIOD);
        assertThat(model.canSaveProperty().get()).isFalse();

        Fx.run(() -> {
            model.row("OUTPUT_VALUE").valueProperty().set("");
            model.row("EMPLOYEES").valueProperty().set("");
        });
        assertThat(model.canSaveProperty().get()).isTrue();
        Fx.run(model::save);

        assertThat(unitOfWork.read().periodStats().find(xinquan.id(), november2027)).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("已保存 2027-11 的 2 项变更。");
        assertThat(model.entryOpenProperty().get()).isFalse();
    }

    @Test
    void switchingThePeriodTypeKeepsTheTimeOfYear() {
        Fx.run(() -> model.periodTypeProperty().set(PeriodType.QUARTER));
        assertThat(model.period()).isEqualTo(StatPeriod.quarter(2025, 3));
        assertThat(model.parts()).containsExactly(1, 2, 3, 4);

        Fx.run(() -> model.periodTypeProperty().set(PeriodType.YEAR));
        assertThat(model.period()).isEqualTo(StatPeriod.year(2025));
    }

    @Test
    void switchingJulyToQuartersIsRememberedAsTheThirdQuarterWithoutAnError() {
        SectionMemory memory = new SectionMemory();
        List<Throwable> unexpected = new ArrayList<>();
        Fx.run(() -> {
            model.keepChoiceIn(memory);
            // JavaFX hands a listener's exception to the thread's handler, which shows the user an error dialog
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, error) -> unexpected.add(error));
            try {
                model.periodTypeProperty().set(PeriodType.QUARTER);
            } finally {
                fx.setUncaughtExceptionHandler(before);
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(memory.recall("statistics.period", StatPeriod.class)).contains(StatPeriod.quarter(2025, 3));
    }

    @Test
    void figuresSavedElsewhereShowInAGridNotEditedWhileAnEditedGridKeepsWhatWasTyped() {
        StatPeriod july = StatPeriod.month(2025, 7);
        services.statistics().save(xinquan.id(), july, Map.of("OUTPUT_VALUE", new BigDecimal("2000")), Map.of());
        Fx.run(() -> model.ledgerChanged(new LedgerChange(Set.of("period_stat"))));
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEqualTo("2000");

        Fx.run(() -> model.row("MAIN_REVENUE").valueProperty().set("1900"));
        services.statistics().save(xinquan.id(), july, Map.of("OUTPUT_VALUE", new BigDecimal("2100")), Map.of());
        Fx.run(() -> model.ledgerChanged(new LedgerChange(Set.of("period_stat"))));

        assertThat(model.row("MAIN_REVENUE").valueProperty().get()).isEqualTo("1900");
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEqualTo("2000");
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void anEnterpriseAddedElsewhereJoinsTheListAndTheChosenOneKeepsItsTypedFigures() {
        Enterprise juheng = services.enterprises().save(RecordFixtures.juheng(xinquan.parkId()), Map.of()).record();
        Fx.run(() -> model.row("OUTPUT_VALUE").valueProperty().set("2034"));

        Fx.run(() -> model.ledgerChanged(new LedgerChange(Set.of("enterprise", "enterprise_title"))));

        assertThat(model.enterprises()).hasSize(2).contains(juheng);
        assertThat(model.enterpriseProperty().get()).isEqualTo(xinquan);
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEqualTo("2034");
    }

    @Test
    void theChosenEnterpriseDeletedElsewhereKeepsTheTypedFiguresAndTheyAreNotSaved() {
        Enterprise juheng = services.enterprises().save(RecordFixtures.juheng(xinquan.parkId()), Map.of()).record();
        Fx.run(model::loadEnterprises);
        Fx.run(() -> model.enterpriseProperty().set(juheng));
        Fx.run(() -> model.row("OUTPUT_VALUE").valueProperty().set("2034"));

        services.enterprises().delete(juheng.id());
        Fx.run(() -> model.ledgerChanged(new LedgerChange(Set.of("enterprise"))));

        assertThat(model.enterprises()).containsExactly(xinquan);
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEqualTo("2034");
        String gone = I18n.tr("records.stat.enterpriseGone", juheng.name());
        assertThat(model.messageProperty().get()).isEqualTo(gone);
        Fx.run(model::save);
        assertThat(model.messageProperty().get()).isEqualTo(gone);

        Fx.run(model::cancel);
        assertThat(model.enterpriseProperty().get()).isEqualTo(xinquan);
        assertThat(model.row("OUTPUT_VALUE").valueProperty().get()).isEmpty();
    }
}
