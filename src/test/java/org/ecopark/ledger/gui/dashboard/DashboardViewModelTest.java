package org.ecopark.ledger.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopark.ledger.gui.dashboard.DashboardHarness.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.ecopark.ledger.chart.TrajectoryLabels;
import org.ecopark.ledger.gui.Navigation;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.records.StatisticsViewModel;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The dashboard, a target's trajectory and the milestone list over the demo park, tasks run synchronously. */
class DashboardViewModelTest {

    private static final LocalDate FINAL = LocalDate.of(2025, 12, 31);

    @TempDir
    Path folder;

    private static Services ledger;
    private DashboardHarness harness;
    private DashboardViewModel model;

    @BeforeAll
    static void toolkitAndDemo() throws Exception {
        FxToolkit.registerPrimaryStage();
        ledger = DashboardHarness.demoLedger("dashboard-vm");
    }

    @AfterAll
    static void closeLedger() {
        ledger.close();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        fx(() -> harness = new DashboardHarness(ledger, FINAL)); // the ledger opens in a task
        fx(() -> {
            model = new DashboardViewModel(harness.context);
            model.refresh();
        });
    }

    @Test
    void evaluatesEveryVisibleTargetOfTheParkAndCountsThemPerStatus() {
        List<String> codes = harness.services.targets().forPark("ZZSZ").stream()
                .filter(t -> !t.hidden()).map(t -> t.code()).toList();

        assertThat(model.evaluations()).extracting(e -> e.target().code()).containsExactlyElementsOf(codes);
        assertThat(model.evaluations()).allMatch(e -> e.asOf().equals(FINAL));
        Map<TargetStatus, Long> expected = model.evaluations().stream()
                .collect(Collectors.groupingBy(Evaluation::status, Collectors.counting()));
        for (TargetStatus status : TargetStatus.values()) {
            assertThat((long) model.countProperty(status).get()).as(status.name())
                    .isEqualTo(expected.getOrDefault(status, 0L));
        }
        assertThat(model.shown()).hasSameSizeAs(model.evaluations());
        assertThat(model.messageProperty().get()).startsWith("共 " + codes.size() + " 个目标");
    }

    @Test
    void statusFilterShowsOnlyTheTargetsOfThatStatusAndPressingAgainShowsAll() {
        TargetStatus status = model.evaluations().get(0).status();
        long ofStatus = model.evaluations().stream().filter(e -> e.status() == status).count();

        fx(() -> model.filterByStatus(status));

        assertThat(model.shown()).hasSize((int) ofStatus).allMatch(e -> e.status() == status);
        assertThat(model.shown().size()).isLessThan(model.evaluations().size());

        fx(() -> model.filterByStatus(null));
        assertThat(model.shown()).hasSameSizeAs(model.evaluations());
    }

    @Test
    void kindFilterOffersTheKindsPresentAndCombinesWithTheStatusFilter() {
        assertThat(model.kindChoices()).extracting(c -> c.value())
                .containsExactly(null, TargetKind.STOCK, TargetKind.CUMULATIVE, TargetKind.FLOW, TargetKind.RATIO);

        fx(() -> model.kindFilterProperty().set(model.kindChoices().stream()
                .filter(c -> c.value() == TargetKind.CUMULATIVE).findFirst().orElseThrow()));
        assertThat(model.shown()).extracting(e -> e.target().code())
                .containsExactly("ZZSZ-T03", "ZZSZ-T06", "ZZSZ-T07");

        TargetStatus absent = List.of(TargetStatus.values()).stream()
                .filter(s -> model.shown().stream().noneMatch(e -> e.status() == s)).findFirst().orElseThrow();
        fx(() -> model.filterByStatus(absent));
        assertThat(model.shown()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(I18n.tr("indicators.dashboard.empty"));
    }

    @Test
    void aNewEvaluationChangesTheShownTargetsOnceAndKeepsTheChosenKind() {
        fx(() -> model.kindFilterProperty().set(model.kindChoices().stream()
                .filter(c -> c.value() == TargetKind.CUMULATIVE).findFirst().orElseThrow()));
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        fx(() -> model.shown().addListener((javafx.collections.ListChangeListener<Evaluation>) change -> {
            changes.incrementAndGet();
        }));

        fx(() -> harness.main.asOfDateProperty().set(LocalDate.of(2024, 6, 30)));

        assertThat(changes.get()).as("the cards are built once for the new evaluation").isEqualTo(1);
        assertThat(model.kindFilterProperty().get().value()).isEqualTo(TargetKind.CUMULATIVE);
        assertThat(model.shown()).extracting(e -> e.target().code())
                .containsExactly("ZZSZ-T03", "ZZSZ-T06", "ZZSZ-T07");
        assertThat(model.shown()).allMatch(e -> e.asOf().equals(LocalDate.of(2024, 6, 30)));
    }

    @Test
    void anotherAsOfDateEvaluatesAgainAtThatDate() {
        LocalDate midway = LocalDate.of(2024, 6, 30);
        Map<String, Integer> finalPoints = seriesLengths();

        fx(() -> harness.main.asOfDateProperty().set(midway));

        assertThat(model.evaluations()).isNotEmpty().allMatch(e -> e.asOf().equals(midway));
        Map<String, Integer> midwayPoints = seriesLengths();
        assertThat(midwayPoints.get("ZZSZ-T06")).isLessThan(finalPoints.get("ZZSZ-T06"));
    }

    @Test
    void finalEvaluationSetsTheWindowsAsOfDateToThePlanEnd() {
        fx(() -> harness.main.asOfDateProperty().set(LocalDate.of(2024, 3, 1)));
        assertThat(model.planEndProperty().get()).isEqualTo(FINAL);

        fx(model::showFinalEvaluation);

        assertThat(harness.main.asOfDateProperty().get()).isEqualTo(FINAL);
        assertThat(model.evaluations()).allMatch(e -> e.asOf().equals(FINAL));
    }

    @Test
    void finalEvaluationIsTheEndOfTheLatestEndedPlanOfTheParksTargets() {
        List<Evaluation> evaluations = List.copyOf(model.evaluations());
        LocalDate today = LocalDate.now();
        Plan ended = new Plan(1, "SD311", "311", "311", "", null, FINAL.minusYears(3).plusDays(1), FINAL, 1, true);
        Plan next = new Plan(2, "NEXT", "next", "next", "", null, today, today.plusYears(3), 1, false);
        Plan unrelated = new Plan(3, "OTHER", "other", "other", "", null, today.minusYears(5), today.minusDays(1), 1, false);

        assertThat(DashboardViewModel.finalEvaluationDate(evaluations, List.of(ended, next, unrelated))).isEqualTo(FINAL);
        assertThat(DashboardViewModel.finalEvaluationDate(List.of(), List.of(next)))
                .isEqualTo(DashboardViewModel.DEFAULT_PLAN_END);
    }

    @Test
    void aTargetsTrajectoryHasItsChartFiguresAndTheRecordsBehindTheValue() {
        AtomicReference<TargetTrajectoryViewModel> detail = new AtomicReference<>();
        fx(() -> {
            detail.set(new TargetTrajectoryViewModel(harness.context, harness.target("ZZSZ-T06")));
            detail.get().refresh();
        });
        TargetTrajectoryViewModel patents = detail.get();
        Evaluation evaluation = patents.detailProperty().get().evaluation();

        assertThat(patents.figures()).extracting(TargetTrajectoryViewModel.Figure::id)
                .contains("figure-actual", "figure-target", "figure-gap", "figure-status");
        assertThat(patents.figures().get(0).value()).isEqualTo(EvaluationTexts.number(evaluation.actual()) + " 项");
        assertThat(evaluation.actual()).as("183 patents against 180").isEqualByComparingTo("183");
        assertThat(patents.figures()).filteredOn(f -> f.id().equals("figure-gap")).singleElement()
                .extracting(TargetTrajectoryViewModel.Figure::value).isEqualTo("超出 3 项");
        assertThat(patents.records()).isNotEmpty().allMatch(row -> row.recordType().equals("patent"));
        assertThat(patents.recordsNoteProperty().get()).contains(String.valueOf(patents.records().size()));
        var plot = patents.chartProperty().get().getXYPlot();
        assertThat(patents.chartProperty().get().getTitle().getText()).isEqualTo("授权专利");
        assertThat(TrajectoryLabels.of(patents.chartProperty().get()).texts())
                .containsEntry(TrajectoryLabels.TARGET, "目标 180 项");
        int monthly = plot.getDataset().getItemCount(0);

        fx(() -> patents.stepProperty().set(PeriodType.QUARTER));

        int quarterly = patents.chartProperty().get().getXYPlot().getDataset().getItemCount(0);
        assertThat(quarterly).isLessThan(monthly).isGreaterThan(monthly / 4);
    }

    @Test
    void aRecordBehindTheValueIsAskedForInItsSectionAndAValueEnteredByHandSaysItHasNoForm() {
        AtomicReference<TargetTrajectoryViewModel> detail = new AtomicReference<>();
        fx(() -> detail.set(new TargetTrajectoryViewModel(harness.context, harness.target("ZZSZ-T05"))));

        boolean opened = detail.get().openRecord(new DrillDownRow("rd_staff", 1, "张三", FINAL, ""));
        boolean stayed = detail.get().openRecord(new DrillDownRow("manual_value", 1, "2025", FINAL, ""));

        assertThat(opened).isTrue();
        assertThat(stayed).isFalse();
        assertThat(harness.main.sectionProperty().get()).isEqualTo(Section.STAFF);
        assertThat(harness.main.navigation().recordRequestProperty().get())
                .isEqualTo(new Navigation.RecordRequest(Section.STAFF, 1));
        assertThat(detail.get().openNoteProperty().get()).isEqualTo(I18n.tr("indicators.detail.noForm"));
    }

    @Test
    void anEnterpriseBehindTheMainRevenueOpensItsStatisticsOfThatPeriodNotItsMasterRecord() {
        AtomicReference<TargetTrajectoryViewModel> detail = new AtomicReference<>();
        fx(() -> {
            detail.set(new TargetTrajectoryViewModel(harness.context, harness.target("ZZSZ-T02")));
            detail.get().refresh();
        });
        DrillDownRow largest = detail.get().records().get(0);
        assertThat(largest.figures()).as("the period of its last figure of the year").isNotNull();
        assertThat(largest.figures().end()).isBeforeOrEqualTo(FINAL).isAfter(FINAL.minusYears(1));

        fx(() -> assertThat(detail.get().openRecord(largest)).isTrue());

        assertThat(harness.main.sectionProperty().get()).isEqualTo(Section.STATISTICS);
        Navigation.RecordRequest request = harness.main.navigation().recordRequestProperty().get();
        assertThat(request).isEqualTo(
                new Navigation.RecordRequest(Section.STATISTICS, largest.recordId(), largest.figures()));

        // the statistics section honours the request, asked for before its list of enterprises arrives
        AtomicReference<StatisticsViewModel> statistics = new AtomicReference<>();
        fx(() -> {
            var records = harness.services.records();
            statistics.set(new StatisticsViewModel(records.statistics(), records.enterprises(),
                    harness.main.selectedParkProperty().get().id(), FINAL, UiExecutor.synchronous()));
            statistics.get().show(request.recordId(), request.period());
            statistics.get().loadEnterprises();
        });
        StatisticsViewModel grid = statistics.get();
        assertThat(grid.enterpriseProperty().get().id()).isEqualTo(largest.recordId());
        assertThat(grid.enterpriseProperty().get().name()).isEqualTo(largest.label());
        assertThat(grid.period()).isEqualTo(largest.figures());
        assertThat(grid.row("MAIN_REVENUE").valueProperty().get()).as("the figure behind the share is shown")
                .isNotBlank();
    }

    @Test
    void milestonesListOnlyMilestoneTargetsAndFlagTheOverdueOnes() {
        AtomicReference<MilestonesViewModel> list = new AtomicReference<>();
        fx(() -> {
            harness.choosePark("QDSH");
            list.set(new MilestonesViewModel(harness.context));
            list.get().refresh();
        });

        List<Milestone> milestones = list.get().milestones();
        assertThat(milestones).extracting(m -> m.target().code()).containsExactly("QDSH-T01", "QDSH-T02");
        assertThat(milestones).allMatch(m -> m.target().kind() == TargetKind.MILESTONE);
        assertThat(milestones).allMatch(Milestone::overdue);
        assertThat(MilestonesViewModel.evidenceSummary(milestones.get(0))).isEqualTo("无");
    }

    @Test
    void evidenceWithAFileCompletesTheMilestoneAndTheFileComesBackUnchanged() throws IOException {
        Path photo = Files.write(folder.resolve("验收报告.pdf"), "%PDF-1.4 acceptance".getBytes());
        AtomicReference<MilestonesViewModel> list = new AtomicReference<>();
        AtomicReference<EvidenceViewModel> evidence = new AtomicReference<>();
        fx(() -> {
            harness.choosePark("WFAQ");
            list.set(new MilestonesViewModel(harness.context));
            evidence.set(new EvidenceViewModel(harness.context, harness.target("WFAQ-T04"), () -> list.get().refresh()));
            evidence.get().completedOnProperty().set(LocalDate.of(2023, 11, 20));
            evidence.get().noteProperty().set("联盟平台揭牌");
            evidence.get().fileProperty().set(photo);
            evidence.get().save();
        });

        assertThat(evidence.get().evidence()).singleElement()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("验收报告.pdf"));
        Milestone done = list.get().milestones().stream().filter(m -> m.target().code().equals("WFAQ-T04"))
                .findFirst().orElseThrow();
        assertThat(done.overdue()).isFalse();
        assertThat(done.status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2023, 11, 20));
        assertThat(evidence.get().fileProperty().get()).isNull();

        AtomicReference<TargetTrajectoryViewModel> detail = new AtomicReference<>();
        fx(() -> {
            detail.set(new TargetTrajectoryViewModel(harness.context, harness.target("WFAQ-T04")));
            detail.get().refresh();
        });
        assertThat(detail.get().figures()).filteredOn(f -> f.id().equals("figure-completed"))
                .extracting(TargetTrajectoryViewModel.Figure::value).containsExactly("2023-11-20");
        assertThat(detail.get().figures()).extracting(TargetTrajectoryViewModel.Figure::id).doesNotContain("figure-gap");

        Path copy = folder.resolve("out/copy.pdf");
        AtomicReference<Path> written = new AtomicReference<>();
        fx(() -> evidence.get().exportFile(evidence.get().evidence().get(0), copy, written::set));
        assertThat(written.get()).isEqualTo(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(photo));
    }

    @Test
    void evidenceWithNothingInItIsRefusedWithTheServicesMessage() {
        AtomicReference<EvidenceViewModel> evidence = new AtomicReference<>();
        fx(() -> {
            harness.choosePark("WFAQ");
            evidence.set(new EvidenceViewModel(harness.context, harness.target("WFAQ-T01"), () -> { }));
            evidence.get().save();
        });

        assertThat(evidence.get().problemProperty().get()).isEqualTo(I18n.tr("indicators.error.evidenceEmpty"));
        assertThat(evidence.get().evidence()).isEmpty();
    }

    private Map<String, Integer> seriesLengths() {
        return model.evaluations().stream().collect(Collectors.toMap(e -> e.target().code(),
                e -> e.series().size(), (a, b) -> a));
    }
}
