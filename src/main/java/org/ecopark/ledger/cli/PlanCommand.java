package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.catalog.CatalogException;
import org.ecopark.ledger.logic.catalog.CatalogFile;
import org.ecopark.ledger.logic.catalog.PlanChanges;
import org.ecopark.ledger.logic.catalog.PlanChangesText;
import org.ecopark.ledger.logic.catalog.PlanFileService;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.model.Plan;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan export --plan CODE --out FILE} writes one plan of the ledger as a signed plan file;
 * {@code plan import FILE} shows what the file would change and imports it in one transaction.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = {PlanCommand.Export.class, PlanCommand.Import.class})
final class PlanCommand implements Runnable {

    /** Exit code of a plan file that is refused: changed, unsigned, not a plan file, older or over the park's own. */
    static final int REFUSED = 4;
    /** Exit code of an intact plan file whose signer no registered key confirms, not imported. */
    static final int UNCONFIRMED = 3;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private LedgerCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static UserException refused(CatalogException e, Path file) {
        StringBuilder message = new StringBuilder(I18n.tr("plans.cli.refused", file));
        e.problems().forEach(problem -> message.append(System.lineSeparator()).append("  ").append(problem));
        return new UserException(message.toString(), REFUSED);
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Runnable {

        @ParentCommand
        private PlanCommand plan;

        @Spec
        private CommandSpec spec;

        @Option(names = "--plan", required = true, paramLabel = "CODE", descriptionKey = "plan")
        private String code;

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "out")
        private Path out;

        @Option(names = "--catalog-version", paramLabel = "N", descriptionKey = "catalogVersion")
        private Integer version;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            try (Services services = plan.parent.open(spec)) {
                CatalogFile catalog = services.planFiles().export(code, version, out).catalog();
                Plan written = catalog.plan();
                printer.println(I18n.tr("plans.cli.exported", written.code(), written.name(),
                        String.valueOf(written.catalogVersion()), catalog.targets().size(), out.toAbsolutePath(),
                        services.signingKeys().key().fingerprint().text()));
            } catch (CatalogException e) {
                throw refused(e, out);
            } catch (IOException e) {
                throw new UserException(I18n.tr("plans.file.unreadable", String.valueOf(e.getMessage())), REFUSED);
            }
            printer.flush();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {

        @ParentCommand
        private PlanCommand plan;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
        private Path file;

        @ArgGroup(exclusive = true)
        private VerifyCommand.Keys keys;

        @Option(names = "--dry-run", descriptionKey = "dryRun")
        private boolean dryRun;

        @Option(names = "--accept-unconfirmed", descriptionKey = "acceptUnconfirmed")
        private boolean acceptUnconfirmed;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            TrustedKeys trusted = VerifyCommand.Keys.trusted(keys);
            trusted.skipped().forEach(reason -> printer.println(I18n.tr("submission.cli.keySkipped", reason)));
            try (Services services = plan.parent.open(spec)) {
                PlanFileService plans = services.planFiles();
                PlanFileService.Preview preview = plans.preview(file, trusted);
                printer.println(PlanChangesText.signer(preview));
                printer.println(PlanChangesText.summary(preview.plan(), preview.changes()));
                PlanChangesText.lines(preview.changes()).forEach(line -> printer.println("  " + line));
                if (!preview.changes().writesSomething()) {
                    printer.println(I18n.tr("plans.nothing"));
                } else if (dryRun) {
                    printer.println(I18n.tr("plans.cli.dryRun"));
                } else if (!preview.signerConfirmed() && !acceptUnconfirmed) {
                    printer.flush();
                    throw new UserException(I18n.tr("plans.cli.unconfirmedHint"), UNCONFIRMED);
                } else {
                    PlanChanges done = plans.apply(preview);
                    printer.println(I18n.tr("plans.cli.imported", done.count(PlanChanges.Kind.NEW),
                            done.count(PlanChanges.Kind.CHANGED)));
                }
            } catch (CatalogException e) {
                printer.flush();
                throw refused(e, file);
            }
            printer.flush();
        }

    }
}
