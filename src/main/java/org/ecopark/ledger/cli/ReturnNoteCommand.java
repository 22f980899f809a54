package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.ReturnNoteImport;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.model.Submission;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code return-note FILE}: a park's ledger takes in the bureau's return note, and the package it names shows as
 * returned (已退回) in the submission history. A note signed by an unregistered key needs {@code --accept-unconfirmed}.
 */
@Command(name = "return-note", mixinStandardHelpOptions = true)
final class ReturnNoteCommand implements Runnable {

    /** Exit code of a note that is refused. */
    static final int REFUSED = 4;
    /** Exit code of an intact note whose signer no registered key confirms, not imported. */
    static final int UNCONFIRMED = 3;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @ArgGroup(exclusive = true)
    private VerifyCommand.Keys keys;

    @Option(names = "--accept-unconfirmed", descriptionKey = "acceptUnconfirmed")
    private boolean acceptUnconfirmed;

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        TrustedKeys trusted = VerifyCommand.Keys.trusted(keys);
        trusted.skipped().forEach(reason -> printer.println(I18n.tr("submission.cli.keySkipped", reason)));
        try (Services services = parent.open(spec)) {
            ReturnNoteImport notes = services.returnNotes();
            ReturnNoteImport.Preview preview = notes.preview(file, trusted);
            printer.println(preview.file().signerText());
            printer.println(preview.file().summaryText());
            if (preview.importedBefore()) {
                printer.println(I18n.tr("bureau.note.importedBefore", preview.file().fileName()));
            } else if (!preview.signerConfirmed() && !acceptUnconfirmed) {
                printer.flush();
                throw new UserException(I18n.tr("bureau.note.unconfirmedHint"), UNCONFIRMED);
            } else {
                Submission done = notes.apply(preview, acceptUnconfirmed);
                printer.println(I18n.tr("bureau.note.imported", done.fileName(), done.periodCode(),
                        done.returned().reason()));
            }
        } catch (BureauException e) {
            printer.flush();
            throw new UserException(e.getMessage(), REFUSED, e);
        }
        printer.flush();
    }
}
