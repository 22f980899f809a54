package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Locale;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.logic.signing.SigningKeys;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * Writes a bureau's consolidated report of a period for the province: a workbook (.xlsx) and a PDF side by side, with
 * one base name. Every park of the bureau is in it with its state, so a report is written even when no package was
 * accepted yet (then it says so, and has no figures).
 */
public final class BureauReport {

    /** Whose signature block the bureau's report remembers (SubmissionService): no park's code, which is upper case. */
    public static final String SIGNATURE_OWNER = "bureau";

    static final String XLSX = ".xlsx";
    static final String PDF = ".pdf";

    private final UnitOfWork unitOfWork;
    private final SigningKeys keys;
    private final Clock clock;

    public BureauReport(UnitOfWork unitOfWork, SigningKeys keys, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param workbook the .xlsx written; {@code pdf} the .pdf beside it
     * @param accepted the parks whose accepted package went in, of {@code parks}
     */
    public record Written(Path workbook, Path pdf, int pages, int parks, long accepted) {
    }

    /**
     * Writes the report of {@code periodCode}. {@code out} names the files: a folder gets
     * {@code 汇总报告-<period>.xlsx} and {@code .pdf} in it; a file name ending in .xlsx or .pdf, or without either,
     * gets both extensions on the same base name. Files of those names are replaced.
     *
     * @throws BureauException when this is no bureau ledger, the period is not one, or the files cannot be written
     */
    public Written write(String periodCode, Path out, SignatureBlock signature) {
        Consolidation.Matrix matrix = new Consolidation(unitOfWork).matrix(periodCode);
        BureauService.Profile profile = new BureauService(unitOfWork, "", clock).profile()
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.notBureau")));
        CrossParkFigures.CityWide cityWide = new CrossParkFigures(unitOfWork).cityWide(matrix);
        BureauReportData data = new BureauReportData(profile.name(), profile.city(), matrix, cityWide.figures(),
                cityWide.province(),
                signature == null ? SignatureBlock.EMPTY : signature, keys.key().fingerprint().text(), clock.instant(),
                AppInfo.version());
        Path base = base(out, matrix.period().code());
        Path workbook = sibling(base, XLSX);
        Path pdf = sibling(base, PDF);
        Path folder = workbook.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BureauException(I18n.tr("consolidation.report.noFolder", String.valueOf(folder)));
        }
        try {
            replace(workbook, stream -> {
                try (BureauWorkbook book = new BureauWorkbook()) {
                    book.write(data, stream);
                }
            });
            int[] pages = new int[1];
            replace(pdf, stream -> pages[0] = new BureauPdf().write(data, stream));
            return new Written(workbook, pdf, pages[0], matrix.parks().size(), data.accepted());
        } catch (IOException e) {
            throw new BureauException(I18n.tr("consolidation.report.cannotWrite", base, e.getMessage()), e);
        }
    }

    /** The report's two files' path without extension. */
    static Path base(Path out, String periodCode) {
        if (Files.isDirectory(out)) {
            return out.resolve(I18n.tr("consolidation.report.fileName", periodCode));
        }
        String name = out.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(XLSX) || lower.endsWith(PDF)) {
            name = name.substring(0, name.lastIndexOf('.'));
        }
        return out.resolveSibling(name);
    }

    private static Path sibling(Path base, String extension) {
        return base.resolveSibling(base.getFileName() + extension);
    }

    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes next to {@code file} and moves it in place: a failed report leaves no half-written file of its name. */
    private static void replace(Path file, Writing writing) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                writing.to(stream);
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
