package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.chart.LabelOverlaps;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.chart.TrajectoryChartFactory;
import org.ecopark.ledger.chart.TrajectoryLabels;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.persistence.Database;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trajectory charts of every target of the demo park, judged at dates through the plan period and
 * after it, drawn at the sizes the window draws them (its smallest, usual and a wide chart, by month and
 * by quarter; in English at the smallest) and at the size the PDF report draws them: no label overlaps
 * another or covers a line or point it does not name, and the target's and the deadline's labels are
 * always there.
 */
class DemoChartLabelsTest {

    private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 6, 30), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 3, 31));
    /** The chart viewer's minimum and preferred size, and a maximised window's. */
    private static final int[][] WINDOW_SIZES = {{420, 300}, {760, 360}, {1100, 480}};

    private static Services services;
    private static List<Target> targets;

    @BeforeAll
    static void loadTheDemo() {
        services = new Services(Database.inMemory("demo-chart-labels-" + System.nanoTime()));
        services.demo().load(false);
        targets = services.evaluation().evaluatePark(DemoService.PARK_CODE, DATES.get(0)).stream()
                .map(Evaluation::target).filter(target -> target.kind() != TargetKind.MILESTONE).toList();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @AfterEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void theWindowsChartsNeverDrawALabelOverAnotherOrOverALine() {
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (Target target : targets) {
            for (LocalDate asOf : DATES) {
                for (PeriodType step : List.of(PeriodType.MONTH, PeriodType.QUARTER)) {
                    TargetDetail detail = services.evaluation().detail(target.id(), asOf, step, 0);
                    for (Locale locale : List.of(I18n.CHINESE, Locale.ENGLISH)) {
                        I18n.setLocale(locale);
                        // English labels are longer: checked where they are tightest
                        for (int[] size : locale.equals(I18n.CHINESE) ? WINDOW_SIZES : new int[][] {WINDOW_SIZES[0]}) {
                            JFreeChart chart = TrajectoryChartFactory.create(
                                    TrajectoryChartData.of(target, detail.trajectory(), locale));
                            LabelOverlaps.draw(chart, size[0], size[1]);
                            String where = target.code() + " " + asOf + " " + step + " " + locale + " " + size[0] + "x" + size[1];
                            problems.addAll(LabelOverlaps.of(chart, where));
                            problems.addAll(markerLabelsShown(chart, where));
                            cases++;
                        }
                    }
                }
            }
        }

        assertThat(targets).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases).isEqualTo(targets.size() * DATES.size() * 2 * (WINDOW_SIZES.length + 1));
        assertThat(problems).isEmpty();
    }

    @Test
    void theReportsChartsNeverDrawALabelOverAnotherOrOverALine() {
        I18n.setLocale(I18n.CHINESE);
        Document document = PdfReport.document();
        PdfWriter writer = PdfWriter.getInstance(document, new ByteArrayOutputStream());
        document.open();
        PdfTargetPage page = new PdfTargetPage(new PdfStyles(PdfFonts.font()), writer);
        float width = document.right() - document.left();
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (Target target : targets) {
            for (LocalDate asOf : DATES) {
                TargetDetail detail = services.evaluation().detail(target.id(), asOf, PeriodType.MONTH, 0);
                JFreeChart chart = TrajectoryChartFactory.create(
                        TrajectoryChartData.of(target, detail.trajectory(), I18n.CHINESE));
                document.add(Image.getInstance(page.drawChart(chart, width)));
                String where = "PDF " + target.code() + " " + asOf;
                problems.addAll(LabelOverlaps.of(chart, where));
                problems.addAll(markerLabelsShown(chart, where));
                cases++;
            }
        }
        document.close();

        assertThat(width).isCloseTo(483f, org.assertj.core.data.Offset.offset(1f));
        assertThat(cases).isEqualTo(targets.size() * DATES.size());
        assertThat(problems).isEmpty();
    }

    /** The target level and the deadline are what the chart is read against: their labels are never left out. */
    private static List<String> markerLabelsShown(JFreeChart chart, String where) {
        List<String> dropped = TrajectoryLabels.of(chart).lastLayout().dropped();
        return dropped.stream().filter(owner -> owner.equals(TrajectoryLabels.TARGET) || owner.equals(TrajectoryLabels.DEADLINE))
                .map(owner -> where + ": the " + owner + " label was left out").toList();
    }
}
