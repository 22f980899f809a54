package org.ecopark.ledger.cli;

import java.time.LocalDate;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import picocli.CommandLine.Option;

/**
 * The signature block's options of a report ({@code export}, {@code bureau report}): each field given replaces the one
 * remembered from the last report, the others are kept.
 */
final class SignatureOptions {

    @Option(names = "--unit-head", paramLabel = "NAME", descriptionKey = "unitHead")
    private String unitHead;

    @Option(names = "--statistics-head", paramLabel = "NAME", descriptionKey = "statisticsHead")
    private String statisticsHead;

    @Option(names = "--preparer", paramLabel = "NAME", descriptionKey = "preparer")
    private String preparer;

    @Option(names = "--phone", paramLabel = "TEXT", descriptionKey = "phone")
    private String phone;

    @Option(names = "--report-date", paramLabel = "YYYY-MM-DD", converter = StatusCommand.DateConverter.class,
            descriptionKey = "reportDate")
    private LocalDate reportDate;

    /** The block to sign with: the fields given, the {@code remembered} ones for the rest. */
    SignatureBlock over(SignatureBlock remembered) {
        return new SignatureBlock(or(unitHead, remembered.unitHead()), or(statisticsHead, remembered.statisticsHead()),
                or(preparer, remembered.preparer()), or(phone, remembered.phone()),
                reportDate != null ? reportDate : remembered.reportDate());
    }

    private static String or(String given, String remembered) {
        return given != null ? given : remembered;
    }
}
