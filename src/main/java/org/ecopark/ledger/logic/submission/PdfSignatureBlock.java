package org.ecopark.ledger.logic.submission;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.ecopark.ledger.l10n.I18n;

/** The cover's signature block, as a Chinese statistical form has it: shared by the park's and the bureau's report. */
public final class PdfSignatureBlock {

    private PdfSignatureBlock() {
    }

    /**
     * The cover's signing section: its heading, the block, and the line with the signing key's fingerprint beneath,
     * which the receiver checks the sender's files against.
     */
    public static void add(Document document, PdfStyles styles, SignatureBlock signature, String fingerprintLine)
            throws DocumentException {
        document.add(styles.paragraph(I18n.tr("submission.cover.signatureTitle"), styles.subheading,
                Element.ALIGN_LEFT, 46, 8));
        document.add(table(styles, signature));
        document.add(styles.paragraph(fingerprintLine, styles.body, Element.ALIGN_LEFT, 10, 0));
    }

    /** Five lines to sign on the left, the square for the unit's seal on the right. */
    public static PdfPTable table(PdfStyles styles, SignatureBlock signature) {
        PdfPTable table = PdfStyles.table(1.25f, 2.0f, 1.9f);
        String[][] lines = {{"submission.signature.unitHead", signature.unitHead()},
                {"submission.signature.statisticsHead", signature.statisticsHead()},
                {"submission.signature.preparer", signature.preparer()},
                {"submission.signature.phone", signature.phone()},
                {"submission.signature.reportDate", signature.reportDateText()}};
        for (int i = 0; i < lines.length; i++) {
            table.addCell(styles.label(I18n.tr(lines[i][0])));
            PdfPCell value = styles.cell(lines[i][1], styles.body, Element.ALIGN_LEFT);
            value.setFixedHeight(30);
            table.addCell(value);
            if (i == 0) {
                PdfPCell seal = styles.cell(I18n.tr("submission.signature.seal"), styles.smallMuted, Element.ALIGN_CENTER);
                seal.setRowspan(lines.length);
                seal.setVerticalAlignment(Element.ALIGN_BOTTOM);
                seal.setPaddingBottom(10);
                table.addCell(seal);
            }
        }
        return table;
    }
}
