package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauReport;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bureau report --period P --out FILE|DIR}: the bureau's consolidated workbook and PDF of a period, side by
 * side. The signature block is remembered for the next report, as {@code export} remembers a park's.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class BureauReportCommand implements Runnable {

    /** Whose signature block the bureau's report remembers. */
    static final String SIGNATURE_OWNER = BureauReport.SIGNATURE_OWNER;

    @ParentCommand
    private BureauCommand bureau;

    @Spec
    private CommandSpec spec;

    @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "period")
    private String period;

    /** A text, not a path: a path forgets the trailing separator that says a folder is meant (汇总/). */
    @Option(names = "--out", paramLabel = "FILE|DIR", required = true, descriptionKey = "out")
    private String out;

    @Mixin
    private SignatureOptions signatureOptions;

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        BureauCommand.onLedger(bureau, spec, services -> {
            SignatureBlock remembered = services.submissions().signature(SIGNATURE_OWNER);
            SignatureBlock signature = signatureOptions.over(remembered);
            BureauReport.Written written = services.bureauReport().write(period, target(), signature);
            services.submissions().saveSignature(SIGNATURE_OWNER, signature);
            printer.println(I18n.tr("consolidation.cli.written", written.workbook().toAbsolutePath().normalize(),
                    written.pdf().toAbsolutePath().normalize(), written.pages()));
            printer.println(I18n.tr("consolidation.cli.summary", period.strip(), written.parks(), written.accepted()));
            if (written.accepted() == 0) {
                printer.println(I18n.tr("consolidation.cli.nothingAccepted"));
            }
        });
        printer.flush();
    }

    /** Where the report goes; a folder named with a trailing separator is made when it does not exist yet. */
    private Path target() {
        Path path = Path.of(out);
        if ((out.endsWith("/") || out.endsWith(java.io.File.separator)) && !Files.isDirectory(path)) {
            try {
                Files.createDirectories(path);
            } catch (IOException e) {
                throw new UserException(I18n.tr("consolidation.cli.noFolder", path.toAbsolutePath(), e.getMessage()), 1);
            }
        }
        return path;
    }
}
