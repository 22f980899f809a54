package org.ecopark.ledger.logic.submission;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.math.BigDecimal;
import java.util.List;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.chart.TrajectoryChartFactory;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetKind;
import org.jfree.chart.JFreeChart;

/**
 * One target's page: its heading, the plan's sentence, the trajectory chart and the figures. The chart is
 * the screen's ({@link TrajectoryChartFactory}) drawn as vectors into a PDF template; every AWT font it asks
 * for is mapped to the report's embedded Chinese font, so its labels stay text and print sharply.
 */
final class PdfTargetPage {

    static final float CHART_HEIGHT = 290;

    private final PdfStyles styles;
    private final PdfCharts charts;

    PdfTargetPage(PdfStyles styles, PdfWriter writer) {
        this.styles = styles;
        this.charts = new PdfCharts(styles, writer);
    }

    void add(Document document, int number, Evaluation evaluation, TargetDetail detail, PackageData data)
            throws DocumentException {
        Target target = evaluation.target();
        document.add(styles.paragraph(number + ". " + target.title(), styles.heading, Element.ALIGN_LEFT, 0, 2));
        String clause = target.clause() == null ? "" : I18n.tr("submission.pdf.clause", target.clause());
        document.add(styles.paragraph(target.code() + "　" + clause + "　" + I18n.tr("targets.kind." + target.kind().name()),
                styles.smallMuted, Element.ALIGN_LEFT, 0, 8));
        if (target.sentence() != null && !target.sentence().isBlank()) {
            document.add(quote(I18n.tr("submission.pdf.sentence", target.sentence().strip())));
        }
        // a milestone is done or not: its page shows the completion and the evidence instead of a curve
        boolean milestone = target.kind() == TargetKind.MILESTONE || isMilestone(data, target);
        if (detail != null && !milestone) {
            document.add(chart(document, target, detail));
        }
        document.add(figures(evaluation));
        if (detail != null && !milestone && !detail.trajectory().actual().isEmpty()) {
            document.add(byYear(target, detail));
        }
        if (milestone) {
            milestone(document, data, target);
        }
        if (target.hasNote()) {
            document.add(styles.paragraph(I18n.tr("submission.pdf.note", target.note().strip()), styles.smallMuted,
                    Element.ALIGN_LEFT, 8, 0));
        }
        if (target.userNote() != null && !target.userNote().isBlank()) {
            document.add(styles.paragraph(I18n.tr("submission.pdf.userNote", target.userNote().strip()),
                    styles.smallMuted, Element.ALIGN_LEFT, 4, 0));
        }
    }

    private PdfPTable quote(String text) {
        PdfPTable box = PdfStyles.table(1);
        PdfPCell cell = styles.cell(text, styles.small, Element.ALIGN_LEFT);
        cell.setBackgroundColor(PdfStyles.QUOTE_FILL);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColorLeft(PdfStyles.ACCENT);
        cell.setBorderWidthLeft(2.5f);
        cell.setPadding(7);
        cell.setPaddingBottom(9);
        box.addCell(cell);
        box.setSpacingAfter(10);
        return box;
    }

    private Image chart(Document document, Target target, TargetDetail detail) throws BadElementException {
        JFreeChart chart = TrajectoryChartFactory.create(TrajectoryChartData.of(target, detail.trajectory(), I18n.CHINESE));
        Image image = Image.getInstance(drawChart(chart, document.right() - document.left()));
        image.setAlignment(Image.MIDDLE);
        image.setSpacingAfter(10);
        return image;
    }

    /** The chart drawn as vectors, {@code width} wide, with the report's font. */
    PdfTemplate drawChart(JFreeChart chart, float width) {
        return charts.draw(chart, width, CHART_HEIGHT);
    }

    private PdfPTable figures(Evaluation e) {
        Target t = e.target();
        String unit = " " + t.unit().symbol();
        PdfPTable table = PdfStyles.table(1.05f, 1.95f, 1.0f, 1.5f);
        pair(table, "requirement", t.requirement(), "deadline", t.deadline().toString());
        pair(table, "actual", e.actual() == null ? I18n.tr("indicators.status.NO_DATA")
                        : I18n.tr("submission.pdf.measured", PdfStyles.figure(e.actual()) + unit, e.measuredOn().toString()),
                "share", PdfStyles.share(e.actual(), t.value()));
        pair(table, "pace", amount(e.pace(), unit), "gap", gap(e.gap(), unit));
        pair(table, "forecast", amount(e.forecast(), unit), "source",
                I18n.tr(e.manual() ? "submission.pdf.sourceManual" : "submission.pdf.sourceRecords"));
        pair(table, "indicator", t.indicatorCode(), "baseline", t.hasBaseline()
                ? I18n.tr("submission.pdf.baselineValue", PdfStyles.figure(t.baselineValue()) + unit, t.baselineDate().toString())
                : "—");
        table.addCell(styles.label(I18n.tr("submission.pdf.figure.status")));
        PdfPCell status = styles.status(e.status(), I18n.tr("indicators.status." + e.status().name()));
        status.setColspan(3);
        status.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(status);
        return table;
    }

    /** The value at the end of each year of the trajectory (a FLOW target's: the year's total). */
    private PdfPTable byYear(Target target, TargetDetail detail) {
        java.util.Map<Integer, org.ecopark.ledger.model.SeriesPoint> last = new java.util.TreeMap<>();
        detail.trajectory().actual().forEach(point -> last.put(point.date().getYear(), point));
        PdfPTable table = PdfStyles.table(widths(last.size() + 1));
        table.setSpacingBefore(10);
        table.addCell(styles.label(I18n.tr("submission.pdf.year")));
        last.forEach((year, point) -> table.addCell(styles.header(point.date().getMonthValue() == 12
                && point.date().getDayOfMonth() == 31 ? String.valueOf(year)
                : I18n.tr("submission.pdf.yearSoFar", String.valueOf(year), point.date().toString().substring(5)))));
        table.addCell(styles.label(I18n.tr("submission.pdf.yearValue", target.unit().symbol())));
        last.values().forEach(point -> table.addCell(styles.cell(PdfStyles.figure(point.value()), styles.cell,
                Element.ALIGN_CENTER)));
        return table;
    }

    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 1.4f;
        return widths;
    }

    private void pair(PdfPTable table, String key1, String value1, String key2, String value2) {
        table.addCell(styles.label(I18n.tr("submission.pdf.figure." + key1)));
        table.addCell(styles.cell(value1, styles.cell, Element.ALIGN_LEFT));
        table.addCell(styles.label(I18n.tr("submission.pdf.figure." + key2)));
        table.addCell(styles.cell(value2, styles.cell, Element.ALIGN_LEFT));
    }

    /** The distance left to the target, or "超出 …" once the actual value has gone past it: never a negative number. */
    static String gap(BigDecimal gap, String unit) {
        return gap != null && gap.signum() < 0 ? I18n.tr("submission.pdf.figure.exceeded", amount(gap.negate(), unit))
                : amount(gap, unit);
    }

    private static String amount(BigDecimal value, String unit) {
        return value == null ? "—" : PdfStyles.figure(value) + unit;
    }

    private static boolean isMilestone(PackageData data, Target target) {
        return data.milestones().stream().anyMatch(m -> m.target().code().equals(target.code()));
    }

    private void milestone(Document document, PackageData data, Target target) throws DocumentException {
        Milestone milestone = data.milestones().stream().filter(m -> m.target().code().equals(target.code()))
                .findFirst().orElse(null);
        if (milestone == null) {
            return;
        }
        String completed = milestone.completedOn() == null ? I18n.tr("submission.pdf.notCompleted")
                : I18n.tr("submission.pdf.completedOn", milestone.completedOn().toString());
        document.add(styles.paragraph(completed, styles.bodyBold, Element.ALIGN_LEFT, 10, 4));
        List<MilestoneEvidence> evidence = milestone.evidence();
        for (MilestoneEvidence item : evidence) {
            StringBuilder line = new StringBuilder("· ");
            if (item.completedOn() != null) {
                line.append(item.completedOn()).append("　");
            }
            if (item.note() != null) {
                line.append(item.note().strip());
            }
            if (item.fileName() != null) {
                line.append(I18n.tr("submission.pdf.evidenceFile", item.fileName()));
            }
            document.add(styles.paragraph(line.toString(), styles.small, Element.ALIGN_LEFT, 0, 2));
        }
    }
}
