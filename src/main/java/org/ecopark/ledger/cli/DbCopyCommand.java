package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.copy.CopyProgress;
import org.ecopark.ledger.logic.copy.LedgerCopyException;
import org.ecopark.ledger.logic.copy.LedgerCopyResult;
import org.ecopark.ledger.logic.copy.LedgerCopyService;
import org.ecopark.ledger.logic.copy.LedgerCopyText;
import org.ecopark.ledger.logic.copy.LedgerLocation;
import org.ecopark.ledger.model.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code db copy --from SRC --to DST}: copies a whole ledger between a file and a PostgreSQL server (either way, or
 * file to file), verified by the rows of every table and the check of the target's derived data. Passwords come as
 * for {@code --password-file}: a server's user's from {@code --from-password-file} / {@code --to-password-file}, else
 * {@code ECOPARK_DB_PASSWORD}, else the terminal; an encrypted source file's from its file or the terminal; a target
 * file is encrypted under {@code --to-password-file} when given, else as its source is.
 */
@Command(name = "copy", mixinStandardHelpOptions = true)
final class DbCopyCommand implements Runnable {

    @ParentCommand
    private DbCommand db;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "SRC", descriptionKey = "db.copy.from")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DST", descriptionKey = "db.copy.to")
    private String to;

    @Option(names = "--from-password-file", paramLabel = "FILE", descriptionKey = "db.copy.fromPassword")
    private Path fromPasswordFile;

    @Option(names = "--to-password-file", paramLabel = "FILE", descriptionKey = "db.copy.toPassword")
    private Path toPasswordFile;

    @Override
    public void run() {
        LedgerCommand parent = db.parent;
        LedgerLocation source = source(parent);
        LedgerLocation target = target(parent);
        try {
            LedgerCopyResult result = new LedgerCopyService().copy(source, target, CopyProgress.NONE);
            PrintWriter out = spec.commandLine().getOut();
            LedgerCopyText.lines(result).forEach(out::println);
            out.flush();
        } catch (LedgerCopyException e) {
            throw new UserException(e.getMessage(), e.outcome().isPresent() ? CheckCommand.DIFFERENCES : 1, e);
        } finally {
            forget(source);
            forget(target);
        }
    }

    private LedgerLocation source(LedgerCommand parent) {
        if (ServerAddress.names(from)) {
            ServerAddress server = address(from);
            return new LedgerLocation.Server(server, parent.serverPassword(server, fromPasswordFile));
        }
        Path file = path(from);
        return new LedgerLocation.File(file, parent.currentPassword(file, fromPasswordFile));
    }

    private LedgerLocation target(LedgerCommand parent) {
        if (ServerAddress.names(to)) {
            ServerAddress server = address(to);
            return new LedgerLocation.Server(server, parent.serverPassword(server, toPasswordFile));
        }
        Path file = path(to);
        return new LedgerLocation.File(file, toPasswordFile == null ? null
                : parent.newPassword(file, toPasswordFile));
    }

    private static ServerAddress address(String text) {
        return ServerAddress.parse(text).orElseThrow(() -> new UserException(I18n.tr("server.cli.badAddress", text), 2));
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UserException(I18n.tr("server.cli.badPath", text), 2, e);
        }
    }

    private static void forget(LedgerLocation location) {
        if (location instanceof LedgerLocation.Server server) {
            server.forget();
        }
    }
}
