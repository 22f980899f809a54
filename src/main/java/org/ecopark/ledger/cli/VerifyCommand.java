package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify FILE}: checks a submission package against its manifest and says what is wrong. Needs no
 * ledger database, so a bureau can check a package before importing it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Runnable {

    /** Exit code of a package that fails the check (or is no package at all). */
    static final int FAILED = 4;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @Override
    public void run() {
        PackageVerifier.Result result = PackageVerifier.verify(file);
        if (!result.ok()) {
            StringBuilder message = new StringBuilder(I18n.tr("submission.cli.problems", file));
            result.problems().forEach(problem -> message.append(System.lineSeparator())
                    .append(I18n.tr("submission.cli.problem", problem)));
            throw new UserException(message.toString(), FAILED);
        }
        Manifest manifest = result.manifest();
        PrintWriter printer = spec.commandLine().getOut();
        printer.println(I18n.tr("submission.cli.verified"));
        printer.println(I18n.tr("submission.cli.verifiedDetail", manifest.park().name(), manifest.park().code(),
                manifest.period().code(), String.valueOf(manifest.created()), manifest.files().size()));
        printer.flush();
    }
}
