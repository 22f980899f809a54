package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bureau diff --park CODE --period P [--format text|csv|json]}: what a park's re-submission changed. */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class BureauDiffCommand implements Runnable {

    @ParentCommand
    private BureauCommand bureau;

    @Spec
    private CommandSpec spec;

    @Option(names = "--park", paramLabel = "CODE", required = true, descriptionKey = "park")
    private String park;

    @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "period")
    private String period;

    @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
            converter = BureauStatusText.FormatConverter.class, descriptionKey = "format")
    private BureauStatusText.Format format;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        BureauCommand.onLedger(bureau, spec, services ->
                out.print(BureauDiffText.write(format, services.resubmissionDiff().of(park, period))));
        out.flush();
    }
}
