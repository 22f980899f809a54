package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.model.Park;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code keys show [--out FILE]}: the ledger's signing key's fingerprint, and its public key file for the bureau. */
@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = KeysCommand.Show.class)
final class KeysCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private LedgerCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class Show implements Runnable {

        @ParentCommand
        private KeysCommand keys;

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
        private Path out;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            try (Services services = keys.parent.open(spec)) {
                LedgerKey key = services.signingKeys().key();
                Park park = services.parks().selectedPark().orElse(null);
                printer.println(I18n.tr("signing.cli.fingerprint", key.fingerprint().text()));
                if (out != null) {
                    PublicKeyFile.of(key, park == null ? "" : park.code(), park == null ? "" : park.name()).write(out);
                    printer.println(I18n.tr("signing.cli.written", out.toAbsolutePath()));
                }
            } catch (IOException e) {
                throw new UserException(I18n.tr("signing.cli.cannotWrite", out, String.valueOf(e.getMessage())));
            }
            printer.flush();
        }
    }
}
