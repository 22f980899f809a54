package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.PackageException;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export}: writes a park's submission package for a period (workbook, PDF report, data.json and the
 * manifest in one .zip) and records it in the submission history, as the Submissions screen does.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Runnable {

    /** Exit code of a wrong request: unknown park, a malformed period. */
    static final int BAD_REQUEST = 2;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--park", paramLabel = "CODE", required = true, descriptionKey = "park")
    private String park;

    @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "period")
    private String period;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    private Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = StatusCommand.DateConverter.class,
            descriptionKey = "asOf")
    private LocalDate asOf;

    @Option(names = "--recipient", paramLabel = "TEXT", descriptionKey = "recipient")
    private String recipient;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "note")
    private String note;

    @Option(names = "--staff-names", descriptionKey = "staffNames")
    private boolean staffNames;

    @Mixin
    private SignatureOptions signatureOptions;

    @Override
    public void run() {
        ReportPeriod reportPeriod;
        try {
            reportPeriod = ReportPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), BAD_REQUEST);
        }
        String code = park.strip().toUpperCase(Locale.ROOT);
        PrintWriter printer = spec.commandLine().getOut();
        try (Services services = parent.openParkLedger(spec)) {
            if (services.parks().parks().stream().noneMatch(p -> p.code().equals(code))) {
                throw new UserException(I18n.tr("submission.error.unknownPark", park), BAD_REQUEST);
            }
            SubmissionService submissions = services.submissions();
            SignatureBlock remembered = submissions.signature(code);
            SignatureBlock signature = signatureOptions.over(remembered);
            Path target = Files.isDirectory(out)
                    ? out.resolve(SubmissionService.defaultFileName(code, reportPeriod, LocalDateTime.now())) : out;
            LocalDate date = asOf != null ? asOf : reportPeriod.defaultAsOf(LocalDate.now());
            ExportRequest request = new ExportRequest(code, reportPeriod, date, signature, staffNames, recipient, note,
                    target);
            SubmissionService.Exported exported = submissions.export(request, ExportProgress.NONE, () -> false);
            report(printer, exported);
        } catch (PackageException e) {
            throw new UserException(e.getMessage(), 1, e);
        }
        printer.flush();
    }

    private static void report(PrintWriter printer, SubmissionService.Exported exported) {
        var result = exported.result();
        Manifest manifest = result.manifest();
        Submission submission = exported.submission();
        printer.println(I18n.tr("submission.cli.written", result.file()));
        printer.println(I18n.tr("submission.cli.summary", manifest.park().name(), manifest.park().code(),
                manifest.period().code(), manifest.asOf().toString()));
        for (Manifest.FileEntry file : manifest.files()) {
            printer.println(I18n.tr("submission.cli.file", file.name(), String.valueOf(file.size()), file.sha256()));
        }
        printer.println(I18n.tr("submission.cli.package", result.sha256(), String.valueOf(result.size())));
        printer.println(I18n.tr("submission.cli.rows", manifest.rowCounts().tables().toString(), result.reportPages()));
        if (submission.resubmission()) {
            printer.println(I18n.tr("submission.cli.resubmission", String.valueOf(submission.supersedesId())));
        }
        printer.println(I18n.tr("submission.cli.took", String.format(Locale.ROOT, "%.1f", result.took().toMillis() / 1000.0)));
    }
}
