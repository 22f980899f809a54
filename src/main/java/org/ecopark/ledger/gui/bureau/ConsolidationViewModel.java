package org.ecopark.ledger.gui.bureau;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.PeriodChoice;
import org.ecopark.ledger.gui.dashboard.EvaluationTexts;
import org.ecopark.ledger.gui.targets.Choice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauReport;
import org.ecopark.ledger.logic.bureau.Consolidation;
import org.ecopark.ledger.logic.bureau.CrossParkFigures;
import org.ecopark.ledger.logic.bureau.ProvinceContributions;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The consolidation screen's state: the matrix of every park × target for the chosen period, its park, status and
 * text filters, the figures across parks and the province's targets of that matrix, and the parks' trajectories of
 * the indicator of the row chosen. They load off the FX thread, again after every commit that changes what they show
 * (the view asks); the latest request wins. The period's consolidated report is written from here too.
 */
public final class ConsolidationViewModel {

    private final Supplier<Services> services;
    private final DialogService dialogs;
    private final LatestLoad matrixLoads;
    private final LatestLoad chartLoads;
    private final PeriodChoice period;
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final FilteredList<MatrixRow> shown = new FilteredList<>(rows, row -> true);
    private final ObservableList<Choice<String>> parkChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> statusChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> parkFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MatrixRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<TrajectoryChartData> charts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper chartsTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<CrossParkFigures.Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<ProvinceContributions.Row> province = FXCollections.observableArrayList();
    /** The period the matrix, figures and province rows shown are of; null before the first load. */
    private final ObjectProperty<ReportPeriod> shownPeriod = new SimpleObjectProperty<>();
    private final UiExecutor executor;
    private final WorkMessage report = new WorkMessage();
    /** The folder the last report went to, for 打开文件夹. */
    private final ObjectProperty<java.nio.file.Path> reportFolder = new SimpleObjectProperty<>();
    /** The indicator the charts show, and the target shown for the chosen row's park. */
    private String chartedIndicator;
    private Map<String, Indicator> indicators = Map.of();
    /** The latest period held is chosen once, at the first load, unless the user chose one meanwhile. */
    private boolean periodAdopted;

    public ConsolidationViewModel(Supplier<Services> services, UiExecutor executor, DialogService dialogs,
                                  int currentYear) {
        this.services = services;
        this.dialogs = dialogs;
        this.executor = executor;
        this.matrixLoads = new LatestLoad(executor);
        this.chartLoads = new LatestLoad(executor);
        this.period = new PeriodChoice(StatPeriod.year(currentYear - 1));
        Choice<String> allParks = new Choice<>(null, I18n.tr("bureau.matrix.filter.allParks"));
        parkChoices.add(allParks);
        parkFilter.set(allParks);
        statusChoices.add(new Choice<>(null, I18n.tr("bureau.matrix.filter.allStatuses")));
        for (TargetStatus status : TargetStatus.values()) {
            statusChoices.add(new Choice<>(MatrixRow.STATUS + status.name(), EvaluationTexts.status(status)));
        }
        for (SubmissionStatus.State state : List.of(SubmissionStatus.State.NOT_SUBMITTED,
                SubmissionStatus.State.UNCONFIRMED, SubmissionStatus.State.RETURNED)) {
            statusChoices.add(new Choice<>(MatrixRow.STATE + state.name(), state.label()));
        }
        statusFilter.set(statusChoices.get(0));
        parkFilter.addListener(ignored -> filter());
        statusFilter.addListener(ignored -> filter());
        search.addListener(ignored -> filter());
        period.typeProperty().addListener(ignored -> periodChosen());
        period.yearProperty().addListener(ignored -> periodChosen());
        period.partProperty().addListener(ignored -> periodChosen());
        selected.addListener((obs, old, row) -> chart(row, false));
    }

    private void periodChosen() {
        if (!period.replacingParts() && period.period() != null) {
            periodAdopted = true;
            refresh();
        }
    }

    /** Loads the matrix of the chosen period and the charts of the chosen row's indicator. */
    public void refresh() {
        Services ledger = services.get();
        StatPeriod chosen = period.period();
        if (ledger == null || chosen == null) {
            return;
        }
        boolean adopt = !periodAdopted;
        String code = ReportPeriod.of(chosen).code();
        matrixLoads.load(() -> load(ledger, code, adopt), this::show, error -> {
            summary.set(I18n.tr("bureau.matrix.error"));
            dialogs.showError(I18n.tr("bureau.matrix.error"), error);
        });
        chart(selected.get(), true);
    }

    /**
     * The matrix with what the screen writes beside it, and the figures across parks and the province's rows computed
     * from it; the latest period held when asked to adopt it.
     */
    private record Loaded(Consolidation.Matrix matrix, Map<String, Indicator> indicators, Map<String, Target> targets,
                          StatPeriod latest, List<CrossParkFigures.Figure> figures,
                          List<ProvinceContributions.Row> province) {
    }

    private static Loaded load(Services ledger, String periodCode, boolean adopt) {
        Map<String, Indicator> indicators = new HashMap<>();
        ledger.targets().indicators().forEach(indicator -> indicators.put(indicator.code(), indicator));
        StatPeriod latest = null;
        if (adopt) {
            latest = ledger.consolidation().periods().stream().filter(p -> p.kind() != ReportPeriod.Kind.PLAN)
                    .findFirst().map(p -> PeriodCodes.parse(p.code())).orElse(null);
        }
        String code = latest == null ? periodCode : latest.code();
        Map<String, Target> targets = new HashMap<>(); // for their titles in the screen's language
        ledger.targets().list(new TargetFilter(null, TargetScope.PARK, null, null, null, null, true))
                .forEach(target -> targets.putIfAbsent(target.scopeCode() + "/" + target.code(), target));
        Consolidation.Matrix matrix = ledger.consolidation().matrix(code);
        CrossParkFigures.CityWide cityWide = ledger.crossParkFigures().cityWide(matrix); // each package read once
        return new Loaded(matrix, indicators, targets, latest, cityWide.figures(), cityWide.province());
    }

    private void show(Loaded loaded) {
        if (loaded.latest() != null && !periodAdopted) {
            periodAdopted = true;
            period.show(loaded.latest()); // the matrix shown is this period's already
        }
        indicators = loaded.indicators();
        Locale language = I18n.locale();
        Map<Long, Long> packages = new HashMap<>();
        Map<String, String> states = new HashMap<>();
        for (SubmissionStatus.Row park : loaded.matrix().parks()) {
            if (park.current() != null) {
                packages.put(park.park().id(), park.current().id());
            }
            states.put(park.park().code(), park.stateText());
        }
        List<MatrixRow> result = new ArrayList<>();
        for (Consolidation.Cell cell : loaded.matrix().cells()) {
            Indicator indicator = cell.indicatorCode() == null ? null : indicators.get(cell.indicatorCode());

            Target target = loaded.targets().get(cell.park().code() + "/" + cell.targetCode());
            result.add(new MatrixRow(cell, cell.park().shortNameIn(language),
                    target == null ? cell.title() : target.titleIn(language),
                    indicator == null ? Objects.toString(cell.indicatorCode(), "") : indicator.nameIn(language),
                    packages.get(cell.park().id()), states.get(cell.park().code())));
        }
        String chosenPark = parkFilter.get() == null ? null : parkFilter.get().value();
        List<Choice<String>> parks = new ArrayList<>();
        parks.add(parkChoices.get(0));
        Map<String, String> names = new LinkedHashMap<>();
        loaded.matrix().parks().forEach(row -> names.put(row.park().code(), row.park().shortNameIn(language)));
        names.forEach((parkCode, name) -> parks.add(new Choice<>(parkCode, name)));
        parkChoices.setAll(parks);
        parkFilter.set(parks.stream().filter(c -> Objects.equals(c.value(), chosenPark)).findFirst().orElse(parks.get(0)));
        rows.setAll(result);
        filter();
        summary.set(summaryOf(loaded.matrix()));
        figures.setAll(loaded.figures());
        province.setAll(loaded.province());
        shownPeriod.set(loaded.matrix().period());
    }

    private static String summaryOf(Consolidation.Matrix matrix) {
        Map<SubmissionStatus.State, Integer> counts = new java.util.EnumMap<>(SubmissionStatus.State.class);
        matrix.parks().forEach(row -> counts.merge(row.state(), 1, Integer::sum));
        return I18n.tr("bureau.matrix.summary", matrix.period().describe(), matrix.parks().size(),
                counts.getOrDefault(SubmissionStatus.State.RECEIVED, 0),
                counts.getOrDefault(SubmissionStatus.State.NOT_SUBMITTED, 0),
                counts.getOrDefault(SubmissionStatus.State.RETURNED, 0),
                counts.getOrDefault(SubmissionStatus.State.UNCONFIRMED, 0));
    }

    private void filter() {
        String park = parkFilter.get() == null ? null : parkFilter.get().value();
        String status = statusFilter.get() == null ? null : statusFilter.get().value();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(row -> (park == null || park.equals(row.parkCode()))
                && (status == null || status.equals(row.statusKey()))
                && (text.isEmpty() || matches(row, text)));
    }

    private static boolean matches(MatrixRow row, String text) {
        return contains(row.title(), text) || contains(row.cell().title(), text) || contains(row.targetCode(), text) || contains(row.indicator(), text)
                || contains(row.cell().indicatorCode(), text);
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    /** Loads every park's trajectory of the row's indicator, unless they show it already (or {@code again}). */
    private void chart(MatrixRow row, boolean again) {
        Services ledger = services.get();
        if (row == null || ledger == null || row.cell().indicatorCode() == null) {
            return;
        }
        String indicator = row.cell().indicatorCode();
        if (!again && indicator.equals(chartedIndicator)) {
            return;
        }
        chartedIndicator = indicator;
        Locale language = I18n.locale();
        Map<String, String> preferred = Map.of(row.parkCode(), row.targetCode());
        chartLoads.load(() -> ledger.consolidation().histories(indicator, preferred).stream()
                        .map(history -> HistoryCharts.of(history, language)).toList(),
                result -> {
                    charts.setAll(result);
                    chartsTitle.set(I18n.tr("bureau.matrix.charts.title", row.indicator(), result.size()));
                },
                error -> dialogs.showError(I18n.tr("bureau.matrix.error"), error));
    }

    /** The signature block the bureau's last report was signed with (the CLI's {@code bureau report} shares it). */
    public SignatureBlock rememberedSignature() {
        Services ledger = services.get();
        return ledger == null ? SignatureBlock.EMPTY : ledger.submissions().signature(BureauReport.SIGNATURE_OWNER);
    }

    /** The report's file name in a folder, for the save dialog to propose. */
    public String reportFileName() {
        ReportPeriod chosen = shownPeriod.get();
        return I18n.tr("consolidation.report.fileName", chosen == null ? "" : chosen.code()) + ".xlsx";
    }

    /**
     * Writes the consolidated report of the period shown (workbook and PDF named by {@code out}) signed with
     * {@code signature}, in the background; the block is remembered for the next report. Says where the files are,
     * or the logic's refusal.
     */
    public void writeReport(java.nio.file.Path out, SignatureBlock signature) {
        Services ledger = services.get();
        ReportPeriod chosen = shownPeriod.get();
        if (ledger == null || chosen == null || out == null) {
            return;
        }
        report.report(I18n.tr("bureau.matrix.report.running", chosen.describe()), false);
        report.runningProperty().set(true);
        executor.run(() -> {
            BureauReport.Written written = ledger.bureauReport().write(chosen.code(), out, signature);
            ledger.submissions().saveSignature(BureauReport.SIGNATURE_OWNER, signature);
            return written;
        }, written -> {
            report.runningProperty().set(false);
            reportFolder.set(written.pdf().toAbsolutePath().getParent());
            report.report(I18n.tr("bureau.matrix.report.done", written.workbook().toAbsolutePath(),
                    written.pdf().toAbsolutePath(), written.pages(), written.parks(), written.accepted()), false);
        }, report::failed);
    }

    /** What the last report came to, and whether one is being written. */
    public WorkMessage report() {
        return report;
    }

    /** The folder of the last report written; null before one. */
    public ObjectProperty<java.nio.file.Path> reportFolderProperty() {
        return reportFolder;
    }

    /** The figures across parks of the period shown, by indicator. */
    public ObservableList<CrossParkFigures.Figure> figures() {
        return figures;
    }

    /** The province's and the parks' clusters' targets, with what the city's parks contribute. */
    public ObservableList<ProvinceContributions.Row> province() {
        return province;
    }

    public ObjectProperty<ReportPeriod> shownPeriodProperty() {
        return shownPeriod;
    }

    /** The indicator of the code, as the catalog the matrix was loaded with has it; null when unknown. */
    public Indicator indicator(String code) {
        return code == null ? null : indicators.get(code);
    }

    /** Chooses the period {@code chosen}: its type, year and part. */
    public void choosePeriod(StatPeriod chosen) {
        periodAdopted = true;
        period.show(chosen);
    }

    public PeriodChoice period() {
        return period;
    }

    public ObjectProperty<PeriodType> periodTypeProperty() {
        return period.typeProperty();
    }

    /** The rows the filters let through, in the order of the matrix (the table sorts them). */
    public ObservableList<MatrixRow> shown() {
        return shown;
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public ObservableList<Choice<String>> parkChoices() {
        return parkChoices;
    }

    public ObservableList<Choice<String>> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Choice<String>> parkFilterProperty() {
        return parkFilter;
    }

    public ObjectProperty<Choice<String>> statusFilterProperty() {
        return statusFilter;
    }

    /** Shows only the rows of {@code key} (a status or a park's state; null: all). */
    public void filterByStatus(String key) {
        statusFilter.set(statusChoices.stream().filter(c -> Objects.equals(c.value(), key)).findFirst().orElseThrow());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** Whether the matrix of the chosen period is being read: the tables are not empty, only not there yet. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return matrixLoads.busyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<MatrixRow> selectedProperty() {
        return selected;
    }

    public ObservableList<TrajectoryChartData> charts() {
        return charts;
    }

    public ReadOnlyStringProperty chartsTitleProperty() {
        return chartsTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return matrixLoads.busyProperty();
    }

    public Supplier<Services> services() {
        return services;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
