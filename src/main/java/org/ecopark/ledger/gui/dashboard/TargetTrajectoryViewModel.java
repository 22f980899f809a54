package org.ecopark.ledger.gui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.chart.TrajectoryChartFactory;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetKind;
import org.jfree.chart.JFreeChart;

/**
 * One target's trajectory at the as-of date: the chart, the figures (actual, target, gap, pace,
 * forecast, status) and the records behind the value, by month or by quarter.
 */
public final class TargetTrajectoryViewModel {

    /** One labelled figure of the detail; {@code styleClass} colours a status, else null. */
    public record Figure(String id, String label, String value, String styleClass) {
    }

    private final ViewContext context;
    private final Target target;
    private final ObjectProperty<PeriodType> step = new SimpleObjectProperty<>(PeriodType.MONTH);
    private final ReadOnlyObjectWrapper<TargetDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<DrillDownRow> records = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper recordsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper openNote = new ReadOnlyStringWrapper("");
    private final InvalidationListener reload = ignored -> refresh();
    private final LatestLoad loads;

    public TargetTrajectoryViewModel(ViewContext context, Target target) {
        this.context = context;
        this.target = target;
        this.loads = new LatestLoad(context.executor());
        context.asOfDateProperty().addListener(new WeakInvalidationListener(reload));
        step.addListener(reload);
    }

    public void refresh() {
        LocalDate asOf = context.asOfDateProperty().get();
        if (context.services() == null || asOf == null) {
            return;
        }
        EvaluationService service = context.services().evaluation();
        PeriodType shownStep = step.get();
        loads.load(() -> service.detail(target.id(), asOf, shownStep, EvaluationService.DEFAULT_RECORD_LIMIT),
                this::show, error -> context.dialogs().showError(I18n.tr("indicators.detail.error"), error));
    }

    private void show(TargetDetail shown) {
        detail.set(shown);
        chart.set(TrajectoryChartFactory.create(TrajectoryChartData.of(shown.evaluation().target(), shown.trajectory(),
                I18n.locale())));
        figures.setAll(figures(shown.evaluation(), shown.records()));
        records.setAll(shown.records());
        recordsNote.set(shown.recordsCutOff()
                ? I18n.tr("indicators.detail.records.cutOff", shown.records().size(), shown.recordCount())
                : I18n.tr("indicators.detail.records.count", shown.recordCount()));
    }

    /** @param records the records behind the value; for a milestone its evidence, which dates the completion */
    static List<Figure> figures(Evaluation evaluation, List<DrillDownRow> records) {
        List<Figure> list = new ArrayList<>();
        String actual = evaluation.target().kind() == TargetKind.MILESTONE ? EvaluationTexts.milestone(evaluation)
                : EvaluationTexts.withUnit(evaluation.actual(), evaluation);
        if (evaluation.manual()) {
            actual += " " + I18n.tr("indicators.detail.figure.manual");
        }
        list.add(new Figure("figure-actual", I18n.tr("indicators.detail.figure.actual"), actual, null));
        if (evaluation.target().kind() == TargetKind.MILESTONE) {
            // a milestone finished after its deadline still counts as not met, but the date matters to the bureau
            String completed = records.stream().map(DrillDownRow::date).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).map(LocalDate::toString).orElse(EvaluationTexts.NONE);
            list.add(new Figure("figure-completed", I18n.tr("indicators.detail.figure.completed"), completed, null));
        }
        list.add(new Figure("figure-target", I18n.tr("indicators.detail.figure.target"),
                I18n.tr("indicators.detail.figure.targetValue", evaluation.target().requirement(),
                        evaluation.target().deadline().toString()), null));
        if (evaluation.target().kind() != TargetKind.MILESTONE) {
            list.add(new Figure("figure-gap", I18n.tr("indicators.detail.figure.gap"),
                    EvaluationTexts.gap(evaluation), null));
            list.add(new Figure("figure-pace", I18n.tr("indicators.detail.figure.pace"),
                    EvaluationTexts.withUnit(evaluation.pace(), evaluation), null));
            list.add(new Figure("figure-forecast", I18n.tr("indicators.detail.figure.forecast"),
                    EvaluationTexts.withUnit(evaluation.forecast(), evaluation), null));
        }
        list.add(new Figure("figure-status", I18n.tr("indicators.detail.figure.status"),
                EvaluationTexts.status(evaluation.status()), DashboardStyles.of(evaluation.status())));
        String measured = evaluation.measuredOn().toString();
        if (!evaluation.measuredOn().equals(evaluation.asOf())) {
            measured = I18n.tr("indicators.detail.figure.measuredAtDeadline", measured);
        }
        list.add(new Figure("figure-measured-on", I18n.tr("indicators.detail.figure.measuredOn"), measured, null));
        return list;
    }

    /**
     * Opens the record in the form of the section that keeps it (the section's list selects it); an enterprise
     * behind a sum of figures opens in the statistics with the period of its figure chosen. Returns
     * whether there is such a section. A value entered by hand or a milestone's evidence has no form of its
     * own: it is edited here, which {@link #openNoteProperty()} then says.
     */
    public boolean openRecord(DrillDownRow row) {
        if (row.figures() != null) {
            // an enterprise's share of a sum: its figures, not its master record
            openNote.set("");
            context.main().navigation().openFigures(row.recordId(), row.figures());
            return true;
        }
        return RecordLinks.section(row.recordType()).map(section -> {
            openNote.set("");
            context.main().navigation().openRecord(section, row.recordId());
            return true;
        }).orElseGet(() -> {
            openNote.set(I18n.tr("indicators.detail.noForm"));
            return false;
        });
    }

    public Target target() {
        return target;
    }

    public boolean isMilestone() {
        return target.kind() == TargetKind.MILESTONE;
    }

    public ObjectProperty<PeriodType> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<TargetDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    public ObservableList<DrillDownRow> records() {
        return records;
    }

    public ReadOnlyStringProperty recordsNoteProperty() {
        return recordsNote.getReadOnlyProperty();
    }

    /** Why a double-clicked row opened no form; empty otherwise. */
    public ReadOnlyStringProperty openNoteProperty() {
        return openNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return loads.busyProperty();
    }
}
