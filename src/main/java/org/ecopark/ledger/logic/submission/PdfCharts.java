package org.ecopark.ledger.logic.submission;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.ecopark.ledger.chart.ChartFonts;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart of the chart factories into a PDF as vectors: every AWT font the chart asks for is mapped to the
 * report's embedded Chinese font, so its labels stay text and print sharply. Shared by the park's and the bureau's
 * report.
 */
public final class PdfCharts {

    private final PdfWriter writer;
    private final FontMapper fonts;

    public PdfCharts(PdfStyles styles, PdfWriter writer) {
        this.writer = writer;
        this.fonts = new ReportFontMapper(styles.base);
    }

    /** The chart drawn as vectors, {@code width} × {@code height} points. */
    public PdfTemplate draw(JFreeChart chart, float width, float height) {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, fonts);
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return template;
    }

    /** Maps every font the chart asks for to the embedded Chinese font; the style only affects the width. */
    private static final class ReportFontMapper implements FontMapper {
        private final BaseFont base;

        ReportFontMapper(BaseFont base) {
            this.base = base;
        }

        @Override
        public BaseFont awtToPdf(Font font) {
            return base;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return new Font(ChartFonts.family(), Font.PLAIN, size);
        }
    }
}
