package org.ecopark.ledger.logic.submission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to export: the park and period, the date the targets are judged at, who signs, whether R&D staff
 * are listed by name (personal data: only when the user chooses), and where the package goes.
 *
 * @param recipient to whom it is sent (e.g. 市生态环境局); may be blank
 * @param out       the .zip file to write; an existing file is replaced
 */
public record ExportRequest(String parkCode, ReportPeriod period, LocalDate asOf, SignatureBlock signature,
                            boolean staffNames, String recipient, String note, Path out) {

    public ExportRequest {
        Objects.requireNonNull(parkCode, "parkCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(out, "out");
        signature = signature == null ? SignatureBlock.EMPTY : signature;
        recipient = recipient == null ? "" : recipient.strip();
        note = note == null ? "" : note.strip();
    }
}
