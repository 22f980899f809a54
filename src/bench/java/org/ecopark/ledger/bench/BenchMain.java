package org.ecopark.ledger.bench;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecopark.ledger.model.ServerAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar target/ecopark-ledger-bench.jar}: how fast and how lean the program is on generated parks of
 * several sizes, each figure against a floor measured in the same run; prints the results table and writes it to the
 * work folder. The program's jar must lie beside the bench jar (its manifest's class path).
 */
@Command(name = "ecopark-ledger-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Benchmark of EcoPark Ledger: start, evaluation, import, export and save on generated parks, "
                + "each against a floor measured in the same run; with --server, the evaluation, import and export on "
                + "a PostgreSQL server too, beside H2; writes a Markdown results table.")
public final class BenchMain implements Callable<Integer> {

    /** The default park sizes: a park of a few hundred enterprises, and the largest the program is made for. */
    static final List<Integer> SIZES = List.of(200, 2000);
    static final String NO_PEER = "none";

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",",
            description = "Park sizes in enterprises, each measured in turn (default 200,2000).")
    private List<Integer> sizes;

    @Option(names = "--enterprises", paramLabel = "N", description = "A single park size instead of --sizes.")
    private Integer enterprises;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", description = "Years of monthly statistics (default 5).")
    private int years;

    @Option(names = "--park", paramLabel = "FILE",
            description = "A park generated before with the same (single) size (.mv.db), copied instead of generating one.")
    private Path park;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Runs of each measurement; the median is shown (default 5).")
    private int runs;

    @Option(names = "--import-rows", paramLabel = "ROWS", defaultValue = "100000",
            description = "Statistics rows of the import at the largest size, in proportion at a smaller one (default 100000).")
    private int importRows;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2025-12-31", description = "The evaluation date (default 2025-12-31).")
    private LocalDate asOf;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Work folder: the cached parks, copies, workbooks, logs and results (default target/bench).")
    private Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "The results file (default WORK/results-DATE.md).")
    private Path out;

    @Option(names = "--only", paramLabel = "SCENARIO", split = ",",
            description = "Only these scenarios, comma-separated: start, evaluation, import, export, save, bureau.")
    private List<String> only;

    @Option(names = "--soffice", paramLabel = "FILE",
            description = "LibreOffice's soffice for the import's peer row (default: found on the PATH); none leaves it out.")
    private String soffice;

    @Option(names = "--server", paramLabel = "postgresql://HOST:PORT/DB?user=NAME",
            description = "Also run the evaluation, import and export on this PostgreSQL server, beside H2: the park is "
                    + "generated into a new database there and each scenario works on copies of it, all dropped at the end "
                    + "(the user must be allowed to create databases). The password: --server-password-file, else "
                    + BenchServer.PASSWORD_VARIABLE + ", else asked at the terminal.")
    private String server;

    @Option(names = "--server-password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of --server's user.")
    private Path serverPasswordFile;

    @Option(names = "--in-process", description = "Every scenario but the start in this JVM (a quick check; memory figures add up).")
    private boolean inProcess;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter output = spec.commandLine().getOut();
        BenchOptions options;
        try {
            options = new BenchOptions(work, enterprises != null ? List.of(enterprises) : sizes != null ? sizes : SIZES,
                    years, park, runs, importRows, asOf, only == null || only.isEmpty() ? BenchRunner.SCENARIOS : only,
                    inProcess, out, peer(), server());
            if (options.server() != null) {
                BenchServer.usePassword(serverPassword(options.server()));
            }
        } catch (IllegalArgumentException | IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        BenchRunner.Result result;
        try {
            result = BenchRunner.run(options);
        } catch (IOException e) {
            spec.commandLine().getErr().println("The benchmark could not finish: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        output.println(result.markdown());
        output.println("Results table written to " + result.file());
        output.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The server of {@code --server}; null without one. */
    private ServerAddress server() {
        if (server == null) {
            return null;
        }
        return ServerAddress.parse(server).orElseThrow(() -> new IllegalArgumentException("--server " + server
                + ": not a server's address, expected postgresql://HOST:PORT/DATABASE?user=NAME"));
    }

    /**
     * The server's user's password, from the same places as the program's commands take it: the file's first line,
     * else {@value BenchServer#PASSWORD_VARIABLE} (null: the environment's is used), else typed at the terminal.
     */
    private char[] serverPassword(ServerAddress address) throws IOException {
        if (serverPasswordFile != null) {
            String first = Files.readAllLines(serverPasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            if (first.isEmpty()) {
                throw new IOException("--server-password-file " + serverPasswordFile + ": its first line is empty");
            }
            return first.toCharArray();
        }
        if (System.getenv(BenchServer.PASSWORD_VARIABLE) != null) {
            return null;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("No password for " + address + ": set " + BenchServer.PASSWORD_VARIABLE
                    + " or give --server-password-file");
        }
        return console.readPassword("Password of %s on %s: ", address.user(), address.hostAndPort());
    }

    /** The peer's program: as given, found on the PATH, or none. */
    private Path peer() {
        if (NO_PEER.equals(soffice)) {
            return null;
        }
        return soffice != null ? Path.of(soffice) : LibreOfficePeer.find(System.getenv()).orElse(null);
    }
}
