package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The people who answer for a report, as a Chinese statistical form names them at its foot: 单位负责人,
 * 统计负责人, 填表人, 联系电话 and 报出日期. The PDF prints them beside the room for the seal; blank fields
 * stay blank lines to be filled by hand.
 *
 * @param reportDate 报出日期; null when it is to be written by hand
 */
public record SignatureBlock(String unitHead, String statisticsHead, String preparer, String phone,
                             LocalDate reportDate) {

    public static final SignatureBlock EMPTY = new SignatureBlock("", "", "", "", null);

    /** Longer than any name or phone number; keeps the remembered block within one setting's 2,000 characters. */
    static final int MAX_LENGTH = 100;

    /** The ways a clerk wrote a date while 报出日期 was free text; anything else is read as no date. */
    private static final List<DateTimeFormatter> TYPED_DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu年M月d日"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuu-M-d"));

    public SignatureBlock {
        unitHead = clean(unitHead);
        statisticsHead = clean(statisticsHead);
        preparer = clean(preparer);
        phone = clean(phone);
    }

    /**
     * Reads a remembered block. Blocks saved before 报出日期 became a date hold whatever the clerk typed there;
     * a text that is not a date comes back as no date rather than losing the whole block.
     */
    @JsonCreator
    static SignatureBlock read(@JsonProperty("unitHead") String unitHead,
                               @JsonProperty("statisticsHead") String statisticsHead,
                               @JsonProperty("preparer") String preparer, @JsonProperty("phone") String phone,
                               @JsonProperty("reportDate") String reportDate) {
        return new SignatureBlock(unitHead, statisticsHead, preparer, phone, parseDate(reportDate));
    }

    /** The date in a text typed as 报出日期; null when there is none. */
    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : TYPED_DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return null;
    }

    /** 报出日期 as the PDF and the workbook print it: an ISO date, or empty for a hand-written one. */
    public String reportDateText() {
        return reportDate == null ? "" : reportDate.toString();
    }

    /**
     * Who handled the package (经办人) in the history: the 填表人 typed on the form, or {@code login} when none was
     * typed, since a history line that names nobody would be worse than one naming the computer's user.
     */
    public String handler(String login) {
        return preparer.isEmpty() ? login : preparer;
    }

    private static String clean(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }
}
