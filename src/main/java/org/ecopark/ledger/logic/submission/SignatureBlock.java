package org.ecopark.ledger.logic.submission;

/**
 * The people who answer for a report, as a Chinese statistical form names them at its foot: 单位负责人,
 * 统计负责人, 填表人, 联系电话 and 报出日期. The PDF prints them beside the room for the seal; blank fields
 * stay blank lines to be filled by hand.
 */
public record SignatureBlock(String unitHead, String statisticsHead, String preparer, String phone,
                             String reportDate) {

    public static final SignatureBlock EMPTY = new SignatureBlock("", "", "", "", "");

    public SignatureBlock {
        unitHead = clean(unitHead);
        statisticsHead = clean(statisticsHead);
        preparer = clean(preparer);
        phone = clean(phone);
        reportDate = clean(reportDate);
    }

    /** Longer than any name or phone number; keeps the remembered block within one setting's 2,000 characters. */
    static final int MAX_LENGTH = 100;

    private static String clean(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
