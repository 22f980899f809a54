package org.ecopark.ledger.logic.submission;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The report's typography and table cells: one embedded Chinese font in a few sizes, thin grey rules. Shared by the
 * park's report and the bureau's consolidated one.
 */
public final class PdfStyles {

    public static final Color INK = new Color(0x22, 0x25, 0x29);
    public static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    public static final Color RULE = new Color(0x9A, 0xA0, 0xA6);
    public static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);
    public static final Color QUOTE_FILL = new Color(0xF5, 0xF6, 0xF8);
    public static final Color ACCENT = new Color(0x1F, 0x4E, 0x8C);

    public final BaseFont base;
    public final Font title;
    public final Font subtitle;
    public final Font heading;
    public final Font subheading;
    public final Font body;
    public final Font bodyBold;
    public final Font small;
    public final Font smallMuted;
    public final Font cell;
    public final Font cellBold;

    public PdfStyles(BaseFont base) {
        this.base = base;
        title = new Font(base, 24, Font.BOLD, INK);
        subtitle = new Font(base, 16, Font.NORMAL, INK);
        heading = new Font(base, 15, Font.BOLD, ACCENT);
        subheading = new Font(base, 12, Font.BOLD, INK);
        body = new Font(base, 10.5f, Font.NORMAL, INK);
        bodyBold = new Font(base, 10.5f, Font.BOLD, INK);
        small = new Font(base, 9, Font.NORMAL, INK);
        smallMuted = new Font(base, 9, Font.NORMAL, MUTED);
        cell = new Font(base, 9.5f, Font.NORMAL, INK);
        cellBold = new Font(base, 9.5f, Font.BOLD, INK);
    }

    public Paragraph paragraph(String text, Font font, int alignment, float spacingBefore, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spacingBefore);
        paragraph.setSpacingAfter(spacingAfter);
        paragraph.setLeading(font.getSize() * 1.5f);
        return paragraph;
    }

    public static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    /** A table cell with a thin rule around it. */
    public PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        cell.setUseAscender(true);
        return cell;
    }

    /** A cover's line of facts: the name bold and right-aligned, the value beside it, no rules. */
    public void fact(PdfPTable table, String label, String value) {
        PdfPCell name = cell(label, bodyBold, Element.ALIGN_RIGHT);
        name.setBorder(Rectangle.NO_BORDER);
        name.setPaddingRight(12);
        PdfPCell text = cell(value, body, Element.ALIGN_LEFT);
        text.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(text);
    }

    public PdfPCell header(String text) {
        PdfPCell cell = cell(text, cellBold, Element.ALIGN_CENTER);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    public PdfPCell label(String text) {
        PdfPCell cell = cell(text, cellBold, Element.ALIGN_LEFT);
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    /** A status in its colour: the text dark, the cell lightly filled. */
    public PdfPCell status(TargetStatus status, String text) {
        PdfPCell cell = cell(text, new Font(base, 9.5f, Font.BOLD, statusInk(status)), Element.ALIGN_CENTER);
        cell.setBackgroundColor(statusFill(status));
        return cell;
    }

    public static PdfPCell blank(float height) {
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setFixedHeight(height);
        return cell;
    }

    public static Color statusInk(TargetStatus status) {
        return switch (status) {
            case ACHIEVED -> new Color(0x1B, 0x6E, 0x2E);
            case ON_TRACK -> new Color(0x1F, 0x5F, 0xA8);
            case BEHIND -> new Color(0x8A, 0x5A, 0x00);
            case AT_RISK -> new Color(0xB3, 0x4A, 0x0C);
            case OVERDUE -> new Color(0xB0, 0x1E, 0x1E);
            case NO_DATA -> new Color(0x5F, 0x63, 0x68);
        };
    }

    public static Color statusFill(TargetStatus status) {
        return switch (status) {
            case ACHIEVED -> new Color(0xDC, 0xF2, 0xE1);
            case ON_TRACK -> new Color(0xDD, 0xEB, 0xFA);
            case BEHIND -> new Color(0xFF, 0xF0, 0xCC);
            case AT_RISK -> new Color(0xFD, 0xE3, 0xD3);
            case OVERDUE -> new Color(0xF9, 0xD6, 0xD6);
            case NO_DATA -> new Color(0xEE, 0xEF, 0xF1);
        };
    }

    /** A figure with at most two decimals: 173.3648 reads 173.36; null reads as a dash. */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return Decimals.text(value.setScale(Math.min(Math.max(value.scale(), 0), 2), RoundingMode.HALF_UP));
    }

    /** The actual value as a share of the target, one decimal; null without a value or a target of zero. */
    public static String share(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return "—";
        }
        BigDecimal percent = actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        return Decimals.text(percent) + "%";
    }
}
