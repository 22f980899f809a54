package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bench jar's command line; the runs themselves are BenchRunnerTest's. */
class BenchMainTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine command = new CommandLine(new BenchMain());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    @Test
    void theHelpListsTheOptionsTheReadmeNames() {
        assertThat(execute("--help")).isZero();

        assertThat(out.toString()).contains("--sizes", "--enterprises", "--years", "--park", "--runs", "--import-rows",
                "--as-of", "--work", "--out", "--only", "--soffice", "--server", "--server-password-file", "--in-process");
    }

    @Test
    void aWrongSizeOrScenarioIsToldAndNothingRuns() {
        assertThat(execute("--sizes", "200,0", "--work", work.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(execute("--only", "lunch", "--work", work.toString())).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(execute("--server", "postgresql://localhost:5499/postgres", "--work", work.toString()))
                .isEqualTo(CommandLine.ExitCode.USAGE);

        assertThat(err.toString()).contains("must be positive").contains("Unknown scenario lunch")
                .contains("--server postgresql://localhost:5499/postgres: not a server's address, expected "
                        + "postgresql://HOST:PORT/DATABASE?user=NAME");
        assertThat(work).isEmptyDirectory();
    }
}
