package org.ecopark.ledger.logic.submission;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import org.ecopark.ledger.l10n.I18n;

/**
 * The running header and "page n of m" on every page but the cover; m is filled in when the document closes. Shared
 * by the park's report and the bureau's consolidated one.
 */
public final class PdfDecorations extends PdfPageEventHelper {
    private final PdfStyles styles;
    private final String header;
    private final String title;
    private PdfTemplate total;

    /** @param header the running header's left text; {@code title} its right one */
    public PdfDecorations(PdfStyles styles, String header, String title) {
        this.styles = styles;
        this.header = header;
        this.title = title;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = size.getHeight() - PdfReport.MARGIN_TOP + 22;
        text(canvas, header, left, top, PdfContentByte.ALIGN_LEFT);
        text(canvas, title, right, top, PdfContentByte.ALIGN_RIGHT);
        canvas.saveState();
        canvas.setColorStroke(PdfStyles.RULE);
        canvas.setLineWidth(0.6f);
        canvas.moveTo(left, top - 6);
        canvas.lineTo(right, top - 6);
        canvas.stroke();
        canvas.restoreState();
        String before = I18n.tr("submission.pdf.pageBefore", page);
        String after = I18n.tr("submission.pdf.pageAfter");
        float size9 = 9;
        float widthBefore = styles.base.getWidthPoint(before, size9);
        float widthTotal = styles.base.getWidthPoint("00", size9);
        float widthAfter = styles.base.getWidthPoint(after, size9);
        float x = (left + right - widthBefore - widthTotal - widthAfter) / 2;
        float y = PdfReport.MARGIN_BOTTOM - 30;
        text(canvas, before, x, y, PdfContentByte.ALIGN_LEFT);
        canvas.addTemplate(total, x + widthBefore, y);
        text(canvas, after, x + widthBefore + widthTotal, y, PdfContentByte.ALIGN_LEFT);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String pages = String.valueOf(writer.getPageNumber() - 1);
        float width = styles.base.getWidthPoint(pages, 9);
        float slot = styles.base.getWidthPoint("00", 9);
        total.beginText();
        total.setFontAndSize(styles.base, 9);
        total.setColorFill(PdfStyles.MUTED);
        total.setTextMatrix((slot - width) / 2, 0);
        total.showText(pages);
        total.endText();
    }

    private void text(PdfContentByte canvas, String value, float x, float y, int alignment) {
        canvas.beginText();
        canvas.setFontAndSize(styles.base, 9);
        canvas.setColorFill(PdfStyles.MUTED);
        canvas.showTextAligned(alignment, value, x, y, 0);
        canvas.endText();
    }
}
