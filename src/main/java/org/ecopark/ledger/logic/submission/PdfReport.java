package org.ecopark.ledger.logic.submission;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.KeptOpen;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The PDF report of a package, A4 portrait: a cover with the signature block and room for the seal, a
 * summary table of every target with its status in colour, then one page per target with its trajectory
 * chart (drawn by the screen's chart factory, as vectors) and its figures. Running header and "page n of m"
 * from the second page on. The Chinese font is embedded ({@link PdfFonts}).
 */
public final class PdfReport {

    public static final float MARGIN_SIDE = 56;
    public static final float MARGIN_TOP = 64;
    public static final float MARGIN_BOTTOM = 58;

    private final PdfStyles styles;

    PdfReport() {
        this.styles = new PdfStyles(PdfFonts.font());
    }

    /** An A4 page with the report's margins. */
    public static Document document() {
        return new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    }

    /** Writes the report to {@code out} (left open); returns its page count. */
    int write(PackageData data, OutputStream out, ExportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        Document document = document();
        try {
            // OpenPDF closes the stream it writes to; the package still needs it
            PdfWriter writer = PdfWriter.getInstance(document, new KeptOpen(out));
            writer.setCloseStream(false);
            writer.setPageEvent(new PdfDecorations(styles, header(data), I18n.tr("submission.report.title")));
            document.addTitle(I18n.tr("submission.report.title") + " " + data.park().name() + " " + data.period().code());
            document.addCreator(I18n.tr("submission.cover.programValue", data.programVersion()));
            document.addSubject(data.park().code() + " " + data.period().code());
            document.open();
            cover(document, data);
            document.newPage();
            summary(document, data);
            PdfTargetPage pages = new PdfTargetPage(styles, writer);
            List<Evaluation> evaluations = data.evaluations();
            for (int i = 0; i < evaluations.size(); i++) {
                ExportCancelledException.check(cancelled);
                document.newPage();
                Evaluation evaluation = evaluations.get(i);
                pages.add(document, i + 1, evaluation, data.details().get(evaluation.target().code()), data);
                progress.update((double) (i + 1) / evaluations.size(), I18n.tr("submission.progress.pdf"));
            }
            int pageCount = writer.getPageNumber();
            document.close();
            return pageCount;
        } catch (DocumentException e) {
            throw new IOException("The PDF report cannot be written", e);
        }
    }

    private static String header(PackageData data) {
        return data.park().name() + " · " + data.period().describe();
    }

    private void cover(Document document, PackageData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("submission.cover.kicker"), styles.smallMuted, Element.ALIGN_CENTER, 60, 40));
        document.add(styles.paragraph(I18n.tr("submission.report.titleLine1"), styles.title, Element.ALIGN_CENTER, 0, 6));
        document.add(styles.paragraph(I18n.tr("submission.report.titleLine2"), styles.title, Element.ALIGN_CENTER, 0, 36));
        document.add(styles.paragraph(data.park().name(), styles.subtitle, Element.ALIGN_CENTER, 0, 6));
        document.add(styles.paragraph(I18n.tr("submission.cover.periodLine", data.period().describe()), styles.subtitle,
                Element.ALIGN_CENTER, 0, 40));

        PdfPTable facts = PdfStyles.table(1.3f, 2.7f);
        facts.setWidthPercentage(70);
        styles.fact(facts, I18n.tr("submission.cover.parkCode"), data.park().code());
        styles.fact(facts, I18n.tr("submission.cover.city"), data.park().city());
        styles.fact(facts, I18n.tr("submission.cover.range"), I18n.tr("submission.cover.rangeValue",
                data.period().start().toString(), data.period().end().toString()));
        styles.fact(facts, I18n.tr("submission.cover.asOf"), data.asOf().toString());
        styles.fact(facts, I18n.tr("submission.cover.targets"), String.valueOf(data.evaluations().size()));
        styles.fact(facts, I18n.tr("submission.cover.created"), PackageWorkbook.localTime(data.created()));
        document.add(facts);

        PdfSignatureBlock.add(document, styles, data.signature(),
                I18n.tr("submission.cover.fingerprint", data.signerFingerprint()));
        document.add(styles.paragraph(I18n.tr("submission.cover.footnote", data.programVersion()), styles.smallMuted,
                Element.ALIGN_LEFT, 18, 0));
    }

    private void summary(Document document, PackageData data) throws DocumentException {
        document.add(styles.paragraph(I18n.tr("submission.pdf.summaryTitle"), styles.heading, Element.ALIGN_LEFT, 0, 6));
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        data.evaluations().forEach(e -> counts.merge(e.status(), 1, Integer::sum));
        StringJoiner byStatus = new StringJoiner(I18n.tr("submission.pdf.separator"));
        counts.forEach((status, count) -> byStatus.add(I18n.tr("indicators.status." + status.name()) + " " + count));
        document.add(styles.paragraph(I18n.tr("submission.pdf.summaryLine", data.asOf().toString(),
                data.evaluations().size(), byStatus.toString()), styles.body, Element.ALIGN_LEFT, 0, 10));

        PdfPTable table = PdfStyles.table(30, 109, 60, 58, 64, 44, 58, 60);
        table.setHeaderRows(1);
        for (String key : List.of("number", "target", "requirement", "deadline", "actual", "share", "status",
                "forecast")) {
            table.addCell(styles.header(I18n.tr("submission.pdf.column." + key)));
        }
        int n = 1;
        for (Evaluation e : data.evaluations()) {
            Target t = e.target();
            String unit = " " + t.unit().symbol();
            table.addCell(styles.cell(String.valueOf(n++), styles.cell, Element.ALIGN_CENTER));
            Phrase title = new Phrase(t.title(), styles.cell);
            title.add(new Chunk("\n" + t.code(), styles.smallMuted));
            PdfPCell titleCell = styles.cell("", styles.cell, Element.ALIGN_LEFT);
            titleCell.setPhrase(title);
            table.addCell(titleCell);
            table.addCell(styles.cell(t.requirement(), styles.cell, Element.ALIGN_RIGHT));
            table.addCell(styles.cell(t.deadline().toString(), styles.cell, Element.ALIGN_CENTER));
            table.addCell(styles.cell(e.actual() == null ? "—" : PdfStyles.figure(e.actual()) + unit
                    + (e.manual() ? I18n.tr("submission.pdf.manualMark") : ""), styles.cell, Element.ALIGN_RIGHT));
            table.addCell(styles.cell(PdfStyles.share(e.actual(), t.value()), styles.cell, Element.ALIGN_RIGHT));
            table.addCell(styles.status(e.status(), I18n.tr("indicators.status." + e.status().name())));
            table.addCell(styles.cell(e.forecast() == null ? "—" : PdfStyles.figure(e.forecast()) + unit, styles.cell,
                    Element.ALIGN_RIGHT));
        }
        document.add(table);
        Paragraph notes = styles.paragraph(I18n.tr("submission.pdf.summaryNotes"), styles.smallMuted,
                Element.ALIGN_LEFT, 10, 0);
        document.add(notes);
    }
}
