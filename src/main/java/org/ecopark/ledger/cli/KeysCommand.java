package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.ParkKeys;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code keys show [--out FILE]}: the ledger's signing key's fingerprint, and its public key file for the bureau; in a
 * bureau's ledger {@code keys register FILE|FINGERPRINT [--park CODE]} and {@code keys list}: the parks' keys.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        subcommands = {KeysCommand.Show.class, KeysCommand.Register.class, KeysCommand.ListKeys.class})
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
                    var bureau = services.bureau();
                    if (bureau.role() == org.ecopark.ledger.model.LedgerRole.BUREAU) {
                        // a bureau's key checks its return notes at the parks: it is named by the bureau
                        String name = bureau.profile().map(profile -> profile.name()).orElse("");
                        PublicKeyFile.of(key, "", name).write(out);
                        printer.println(I18n.tr("signing.cli.writtenBureau", out.toAbsolutePath()));
                    } else {
                        PublicKeyFile.of(key, park == null ? "" : park.code(), park == null ? "" : park.name()).write(out);
                        printer.println(I18n.tr("signing.cli.written", out.toAbsolutePath()));
                    }
                }
            } catch (IOException e) {
                throw new UserException(I18n.tr("signing.cli.cannotWrite", out, String.valueOf(e.getMessage())));
            }
            printer.flush();
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true)
    static final class Register implements Runnable {

        @ParentCommand
        private KeysCommand keys;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|FINGERPRINT", descriptionKey = "key")
        private String key;

        @Option(names = "--park", paramLabel = "CODE", descriptionKey = "park")
        private String park;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            try (Services services = keys.parent.open(spec)) {
                ParkKeys.Registered registered = services.parkKeys().register(key, park);
                ParkKey added = registered.key();
                printer.println(I18n.tr(added.publicKey() == null ? "bureau.keys.registeredWaiting" : "bureau.keys.registered",
                        added.fingerprint(), added.parkName(), added.parkCode()));
                registered.accepted().forEach(accepted -> printer.println(I18n.tr("bureau.keys.promoted",
                        accepted.fileName(), accepted.periodCode())));
                registered.namingAnotherPark().forEach(other -> printer.println(I18n.tr("bureau.keys.heldForOtherPark",
                        other.fileName(), other.periodCode(), other.parkCode(), added.parkCode())));
            } catch (BureauException e) {
                throw new UserException(e.getMessage(), 1, e);
            }
            printer.flush();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListKeys implements Runnable {

        @ParentCommand
        private KeysCommand keys;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            try (Services services = keys.parent.open(spec)) {
                TextTable table = new TextTable(java.util.List.of(I18n.tr("bureau.field.park"), I18n.tr("bureau.field.name"),
                        I18n.tr("bureau.field.fingerprint"), I18n.tr("bureau.field.registeredOn"),
                        I18n.tr("bureau.field.keyKnown")));
                for (ParkKey key : services.parkKeys().list()) {
                    table.add(java.util.List.of(key.parkCode(), key.parkName(), key.fingerprint(),
                            java.time.LocalDate.ofInstant(key.registeredAt(), java.time.ZoneId.systemDefault()).toString(),
                            I18n.tr(key.publicKey() == null ? "bureau.keys.keyAwaited" : "bureau.keys.keyKnown")));
                }
                table.print(printer);
            } catch (BureauException e) {
                throw new UserException(e.getMessage(), 1, e);
            }
            printer.flush();
        }
    }
}
