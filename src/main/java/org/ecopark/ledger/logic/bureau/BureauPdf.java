package org.ecopark.ledger.logic.bureau;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.chart.ParkComparisonChartData;
import org.ecopark.ledger.chart.ParkComparisonChartFactory;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.PdfCharts;
import org.ecopark.ledger.logic.submission.PdfDecorations;
import org.ecopark.ledger.logic.submission.PdfFonts;
import org.ecopark.ledger.logic.submission.PdfReport;
import org.ecopark.ledger.logic.submission.PdfSignatureBlock;
import org.ecopark.ledger.logic.submission.PdfStyles;

/**
 * The consolidated PDF of a period, A4 portrait, in the park report's styles: a cover with the bureau's signature block
 * and its key's fingerprint, the parks' states and the matrix of every park × target, one page per indicator across
 * the parks with a bar chart of each park's actual figure beside its target, and the province's and clusters' targets.
 */
final class BureauPdf {

    static final float CHART_HEIGHT = 260;

    private final PdfStyles styles = new PdfStyles(PdfFonts.font());

    /** Writes the report to {@code out}; returns its page count. */
    int write(BureauReportData data, OutputStream out) throws IOException {
        Document document = PdfReport.document();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String period = data.matrix().period().describe();
            writer.setPageEvent(new PdfDecorations(styles, data.bureauName() + " · " + period,
                    I18n.tr("consolidation.report.title")));
            document.addTitle(I18n.tr("consolidation.report.title") + " " + data.bureauName() + " " + period);
            document.addSubject(data.matrix().period().code());
            document.addCreator(I18n.tr("submission.cover.programValue", data.programVersion()));
            document.open();
            cover(document, data);
            document.newPage();
            states(document, data);
            matrix(document, data);
            PdfCharts charts = new PdfCharts(styles, writer);
            int number = 1;
            for (CrossParkFigures.Figure figure : data.figures()) {
                document.newPage();
                figurePage(document, number++, figure, charts);
            }
            document.newPage();
            province(document, data);
            int pages = writer.getPageNumber();
            document.close();
            return pages;
        } catch (DocumentException e) {
            throw new IOException("The consolidated PDF cannot be written", e);
        }
    }

    private void cover(Document document, BureauReportData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("consolidation.report.kicker"), styles.smallMuted, Element.ALIGN_CENTER,
                60, 40));
        document.add(styles.paragraph(I18n.tr("submission.report.titleLine1"), styles.title, Element.ALIGN_CENTER, 0, 6));
        document.add(styles.paragraph(I18n.tr("consolidation.report.titleLine2"), styles.title, Element.ALIGN_CENTER,
                0, 36));
        document.add(styles.paragraph(data.bureauName(), styles.subtitle, Element.ALIGN_CENTER, 0, 6));
        document.add(styles.paragraph(I18n.tr("submission.cover.periodLine", data.matrix().period().describe()),
                styles.subtitle, Element.ALIGN_CENTER, 0, 40));
        PdfPTable facts = PdfStyles.table(1.3f, 2.7f);
        facts.setWidthPercentage(70);
        styles.fact(facts, I18n.tr("consolidation.report.bureau"), data.bureauName());
        styles.fact(facts, I18n.tr("submission.cover.city"), data.city() == null ? "—" : data.city());
        styles.fact(facts, I18n.tr("submission.cover.range"), I18n.tr("submission.cover.rangeValue",
                data.matrix().period().start().toString(), data.matrix().period().end().toString()));
        styles.fact(facts, I18n.tr("consolidation.report.parks"), I18n.tr("consolidation.report.parksValue",
                data.matrix().parks().size(), data.accepted()));
        styles.fact(facts, I18n.tr("submission.cover.created"), data.createdText());
        document.add(facts);
        PdfSignatureBlock.add(document, styles, data.signature(),
                I18n.tr("consolidation.report.fingerprint", data.fingerprint()));
        document.add(styles.paragraph(I18n.tr("consolidation.report.footnote", data.programVersion()),
                styles.smallMuted, Element.ALIGN_LEFT, 14, 0));
    }

    private void states(Document document, BureauReportData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("consolidation.report.statesTitle"), styles.heading, Element.ALIGN_LEFT,
                0, 8));
        PdfPTable table = PdfStyles.table(60, 200, 160);
        table.setHeaderRows(1);
        for (String key : List.of("parkCode", "park", "state")) {
            table.addCell(styles.header(I18n.tr("consolidation.column." + key)));
        }
        for (SubmissionStatus.Row row : data.matrix().parks()) {
            table.addCell(styles.cell(row.park().code(), styles.cell, Element.ALIGN_CENTER));
            table.addCell(styles.cell(row.park().nameIn(I18n.locale()), styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(row.stateText(), row.state() == SubmissionStatus.State.RECEIVED ? styles.cell
                    : styles.cellBold, Element.ALIGN_LEFT));
        }
        document.add(table);
        if (data.accepted() == 0) {
            document.add(styles.paragraph(I18n.tr("consolidation.report.nothingAccepted"), styles.bodyBold,
                    Element.ALIGN_LEFT, 10, 0));
        }
    }

    private void matrix(Document document, BureauReportData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("consolidation.report.matrixTitle"), styles.heading, Element.ALIGN_LEFT,
                18, 8));
        PdfPTable table = PdfStyles.table(62, 118, 70, 70, 48, 62);
        table.setHeaderRows(1);
        for (String key : List.of("park", "target", "requirement", "actual", "share", "status")) {
            table.addCell(styles.header(I18n.tr("consolidation.column." + key)));
        }
        for (Consolidation.Cell cell : data.matrix().cells()) {
            table.addCell(styles.cell(cell.park().shortNameIn(I18n.locale()), styles.cell, Element.ALIGN_LEFT));
            Phrase title = new Phrase(cell.title(), styles.cell);
            title.add(new Chunk("\n" + cell.targetCode(), styles.smallMuted));
            PdfPCell titleCell = styles.cell("", styles.cell, Element.ALIGN_LEFT);
            titleCell.setPhrase(title);
            table.addCell(titleCell);
            table.addCell(styles.cell(BureauReportData.figure(cell.targetValue()) + " " + cell.unit(), styles.cell,
                    Element.ALIGN_RIGHT));
            table.addCell(styles.cell(cell.actual() == null ? "—" : BureauReportData.figure(cell.actual()) + " "
                    + cell.unit(), styles.cell, Element.ALIGN_RIGHT));
            table.addCell(styles.cell(PdfStyles.share(cell.actual(), cell.targetValue()), styles.cell,
                    Element.ALIGN_RIGHT));
            table.addCell(cell.status() != null
                    ? styles.status(cell.status(), I18n.tr("indicators.status." + cell.status().name()))
                    : styles.cell(cell.accepted() ? "—" : cell.state().label(), styles.smallMuted, Element.ALIGN_CENTER));
        }
        document.add(table);
    }

    private void figurePage(Document document, int number, CrossParkFigures.Figure figure, PdfCharts charts)
            throws DocumentException {
        document.add(styles.paragraph(number + ". " + figure.name(), styles.heading, Element.ALIGN_LEFT, 0, 2));
        document.add(styles.paragraph(I18n.tr("consolidation.cross.subtitle", figure.key(), figure.unit(),
                I18n.tr("consolidation.cross.method." + figure.method().name())), styles.smallMuted,
                Element.ALIGN_LEFT, 0, 8));
        document.add(styles.paragraph(I18n.tr("consolidation.cross.valueLine", BureauReportData.valueText(figure),
                figure.contributing().size(), figure.parks()), styles.subheading, Element.ALIGN_LEFT, 0, 4));
        if (figure.method() == CrossParkFigures.Method.RATIO_OF_SUMS && figure.denominator() != null) {
            document.add(styles.paragraph(I18n.tr("consolidation.cross.partsLine",
                    BureauReportData.figure(figure.numerator()), BureauReportData.figure(figure.denominator())),
                    styles.body, Element.ALIGN_LEFT, 0, 4));
        }
        if (figure.targetSum() != null) {
            document.add(styles.paragraph(I18n.tr("consolidation.cross.targetSumLine",
                    BureauReportData.figure(figure.targetSum()), figure.unit()), styles.body, Element.ALIGN_LEFT, 0, 4));
        }
        document.add(styles.paragraph(I18n.tr("consolidation.cross.missingLine",
                BureauReportData.missing(figure.missing())), styles.body, Element.ALIGN_LEFT, 0, 8));
        Image chart = Image.getInstance(charts.draw(ParkComparisonChartFactory.create(chartData(figure)),
                document.right() - document.left(), CHART_HEIGHT));
        chart.setAlignment(Image.MIDDLE);
        chart.setSpacingAfter(10);
        document.add(chart);
        document.add(parts(figure));
    }

    static ParkComparisonChartData chartData(CrossParkFigures.Figure figure) {
        List<ParkComparisonChartData.Bar> bars = new ArrayList<>();
        for (CrossParkFigures.ParkFigure part : figure.parts()) {
            Consolidation.Cell cell = part.cell();
            bars.add(new ParkComparisonChartData.Bar(barLabel(figure, cell), cell.actual(), cell.targetValue()));
        }
        for (Consolidation.Cell cell : figure.unaccepted()) {
            // a park left out keeps its target's bar, named with its state, so that the gap shows
            bars.add(new ParkComparisonChartData.Bar(I18n.tr("consolidation.chart.leftOut", barLabel(figure, cell),
                    cell.state().label()), null, cell.targetValue()));
        }
        return new ParkComparisonChartData(I18n.tr("consolidation.chart.title", figure.name()), figure.unit(),
                I18n.tr("consolidation.chart.actual"), I18n.tr("consolidation.chart.target"), bars);
    }

    /** The park's short name; with the target's code for milestones, each of which is a bar of its own. */
    private static String barLabel(CrossParkFigures.Figure figure, Consolidation.Cell cell) {
        String park = cell.park().shortNameIn(I18n.locale());
        return figure.method() == CrossParkFigures.Method.MILESTONES ? park + " " + cell.targetCode() : park;
    }

    private PdfPTable parts(CrossParkFigures.Figure figure) {
        boolean ratio = figure.method() == CrossParkFigures.Method.RATIO_OF_SUMS;
        PdfPTable table = ratio ? PdfStyles.table(70, 120, 60, 60, 62, 62, 62) : PdfStyles.table(70, 140, 70, 70, 70);
        table.setHeaderRows(1);
        List<String> columns = new ArrayList<>(List.of("park", "target", "targetValue", "actual"));
        if (ratio) {
            columns.addAll(List.of("numerator", "denominator"));
        }
        columns.add("status");
        columns.forEach(key -> table.addCell(styles.header(I18n.tr("consolidation.column." + key))));
        for (CrossParkFigures.ParkFigure part : figure.parts()) {
            Consolidation.Cell cell = part.cell();
            table.addCell(styles.cell(cell.park().shortNameIn(I18n.locale()), styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(cell.title() + "（" + cell.targetCode() + "）", styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(BureauReportData.figure(cell.targetValue()), styles.cell, Element.ALIGN_RIGHT));
            table.addCell(styles.cell(BureauReportData.figure(cell.actual()), styles.cell, Element.ALIGN_RIGHT));
            if (ratio) {
                table.addCell(styles.cell(BureauReportData.figure(part.numerator()), styles.cell, Element.ALIGN_RIGHT));
                table.addCell(styles.cell(BureauReportData.figure(part.denominator()), styles.cell, Element.ALIGN_RIGHT));
            }
            table.addCell(cell.status() == null ? styles.cell("—", styles.cell, Element.ALIGN_CENTER)
                    : styles.status(cell.status(), I18n.tr("indicators.status." + cell.status().name())));
        }
        for (Consolidation.Cell cell : figure.unaccepted()) {
            table.addCell(styles.cell(cell.park().shortNameIn(I18n.locale()), styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(cell.title() + "（" + cell.targetCode() + "）", styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(BureauReportData.figure(cell.targetValue()), styles.cell, Element.ALIGN_RIGHT));
            PdfPCell leftOut = styles.cell(cell.state().label(), styles.smallMuted, Element.ALIGN_CENTER);
            leftOut.setColspan(ratio ? 4 : 2);
            table.addCell(leftOut);
        }
        return table;
    }

    private void province(Document document, BureauReportData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("consolidation.report.provinceTitle"), styles.heading, Element.ALIGN_LEFT,
                0, 4));
        document.add(styles.paragraph(I18n.tr("consolidation.report.provinceNote"), styles.smallMuted,
                Element.ALIGN_LEFT, 0, 8));
        PdfPTable table = PdfStyles.table(50, 118, 62, 80, 150);
        table.setHeaderRows(1);
        for (String key : List.of("targetCode", "target", "requirement", "contribution", "basis")) {
            table.addCell(styles.header(I18n.tr("consolidation.column." + key)));
        }
        for (ProvinceContributions.Row row : data.province()) {
            boolean fed = row.source() == ProvinceContributions.Source.PARKS;
            table.addCell(styles.cell(row.target().code(), styles.cell, Element.ALIGN_CENTER));
            table.addCell(styles.cell(row.target().title(), styles.cell, Element.ALIGN_LEFT));
            table.addCell(styles.cell(row.target().requirement(), styles.cell, Element.ALIGN_RIGHT));
            PdfPCell value = styles.cell(BureauReportData.contributionText(row), fed ? styles.cellBold : styles.smallMuted,
                    fed ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
            if (fed) {
                value.setBackgroundColor(PdfStyles.QUOTE_FILL);
            }
            table.addCell(value);
            table.addCell(styles.cell(BureauReportData.basisText(row), styles.smallMuted, Element.ALIGN_LEFT));
        }
        document.add(table);
        document.add(styles.paragraph(I18n.tr("consolidation.report.provinceMissing",
                BureauReportData.missing(data.province().isEmpty() ? List.of() : data.province().get(0).missing())),
                styles.body, Element.ALIGN_LEFT, 10, 0));
    }
}
