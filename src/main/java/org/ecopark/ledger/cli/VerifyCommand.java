package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.KeyFileException;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify FILE [--key PUBKEY | --trust DIR]}: checks a package against its manifest and its signature against
 * the keys registered, and says which of four things holds. Needs no ledger database, so a bureau can check a package
 * before importing it.
 */
@Command(name = "verify", mixinStandardHelpOptions = true)
final class VerifyCommand implements Runnable {

    /** Exit code of a package that is refused: changed, damaged, unsigned where signed belongs, or no package. */
    static final int FAILED = 4;
    /** Exit code of an intact package signed by a key no one registered. */
    static final int UNCONFIRMED = 3;
    /** Exit code of an intact package of the first release's unsigned format. */
    static final int UNSIGNED = 6;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    private Path file;

    @ArgGroup(exclusive = true)
    private Keys keys;

    /** Whose keys count as registered: one key file, or a folder of them. */
    static final class Keys {
        @Option(names = "--key", paramLabel = "PUBKEY", descriptionKey = "key")
        Path key;

        @Option(names = "--trust", paramLabel = "DIR", descriptionKey = "trust")
        Path trust;

        /** The keys given (none when {@code keys} is null); a key file that cannot be read ends the command (4). */
        static TrustedKeys trusted(Keys keys) {
            if (keys == null) {
                return TrustedKeys.none();
            }
            try {
                return TrustedKeys.of(keys.key != null ? keys.key : keys.trust);
            } catch (KeyFileException e) {
                throw new UserException(e.getMessage(), FAILED);
            }
        }
    }

    @Override
    public void run() {
        TrustedKeys trusted = Keys.trusted(keys);
        PackageVerifier.Result result = PackageVerifier.verify(file, trusted);
        PrintWriter printer = spec.commandLine().getOut();
        trusted.skipped().forEach(reason -> printer.println(I18n.tr("submission.cli.keySkipped", reason)));
        if (!result.ok()) {
            StringBuilder message = new StringBuilder(I18n.tr("submission.cli.problems", file));
            result.problems().forEach(problem -> message.append(System.lineSeparator())
                    .append(I18n.tr("submission.cli.problem", problem)));
            printer.flush();
            throw new UserException(message.toString(), FAILED);
        }
        Manifest manifest = result.manifest();
        String detail = I18n.tr("submission.cli.verifiedDetail", manifest.park().name(), manifest.park().code(),
                manifest.period().code(), String.valueOf(manifest.created()), manifest.files().size());
        switch (result.outcome()) {
            case TRUSTED -> {
                var signer = result.signature().registered().orElseThrow();
                printer.println(I18n.tr("submission.cli.trusted", signer.parkName(), signer.parkCode()));
                printer.println(detail);
            }
            case UNKNOWN_SIGNER -> {
                printer.println(I18n.tr("submission.cli.unconfirmed", result.signature().fingerprint().text()));
                printer.println(detail);
                printer.flush();
                throw new UserException(I18n.tr("submission.cli.unconfirmedHint"), UNCONFIRMED);
            }
            case UNSIGNED -> {
                printer.println(I18n.tr("submission.cli.unsigned"));
                printer.println(detail);
                printer.flush();
                throw new UserException(I18n.tr("submission.cli.unsignedHint"), UNSIGNED);
            }
            default -> throw new IllegalStateException("An intact package has an outcome: " + result.outcome());
        }
        printer.flush();
    }
}
