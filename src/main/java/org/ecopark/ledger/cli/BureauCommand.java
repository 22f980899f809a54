package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.PackageIntake;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.model.Park;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bureau init | parks | receive | status | return | diff | plan-send | plans | report}: a city bureau's ledger
 * (市局模式), which receives its parks' packages, may send one back with a return note, shows what a re-submission
 * changed, sends its parks the plan to report against, and writes the consolidated report of a period.
 */
@Command(name = "bureau", mixinStandardHelpOptions = true, subcommands = {BureauCommand.Init.class,
        BureauCommand.Parks.class, BureauCommand.Receive.class, BureauCommand.Status.class, BureauReturnCommand.class,
        BureauDiffCommand.class, BureauPlansCommand.Send.class, BureauPlansCommand.Overview.class,
        BureauReportCommand.class})
final class BureauCommand implements Runnable {

    /** Exit code of a receive in which a package was refused. */
    static final int REFUSED = 4;
    /** Exit code of a receive in which none was refused, but a package is held: its sender is unconfirmed. */
    static final int HELD = 3;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private LedgerCommand parent;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code work} on the ledger; a bureau step that cannot be done ends the command with its sentence. */
    static void onLedger(BureauCommand bureau, CommandSpec spec, java.util.function.Consumer<Services> work) {
        try (Services services = bureau.parent.open(spec)) {
            work.accept(services);
        } catch (BureauException e) {
            throw new UserException(e.getMessage(), 1, e);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "name")
        private String name;

        @Option(names = "--city", paramLabel = "CITY", descriptionKey = "city")
        private String city;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            onLedger(bureau, spec, services -> {
                List<Park> parks = services.bureau().init(name, city);
                out.println(I18n.tr("bureau.cli.initialised", name.strip(), parks.size()));
                parks.forEach(park -> out.println(I18n.tr("bureau.cli.park", park.code(), park.nameIn(I18n.locale()))));
            });
            out.flush();
        }
    }

    @Command(name = "parks", mixinStandardHelpOptions = true)
    static final class Parks implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Option(names = "--add", paramLabel = "CODE", descriptionKey = "add")
        private String add;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            onLedger(bureau, spec, services -> {
                if (add != null) {
                    Park park = services.bureau().addPark(add);
                    out.println(I18n.tr("bureau.cli.parkAdded", park.code(), park.nameIn(I18n.locale())));
                }
                services.bureau().parks().forEach(park -> out.println(I18n.tr("bureau.cli.park", park.code(),
                        park.nameIn(I18n.locale()))));
            });
            out.flush();
        }
    }

    @Command(name = "receive", mixinStandardHelpOptions = true)
    static final class Receive implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "source")
        private List<Path> sources;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            int[] counts = new int[PackageIntake.Kind.values().length];
            onLedger(bureau, spec, services -> {
                for (Path source : sources) {
                    List<PackageIntake.Outcome> outcomes = services.packageIntake().receiveAll(source);
                    if (outcomes.isEmpty()) {
                        throw new BureauException(I18n.tr("bureau.cli.noPackages", source));
                    }
                    for (PackageIntake.Outcome outcome : outcomes) {
                        out.println(I18n.tr("bureau.cli.outcome." + outcome.kind().name(),
                                outcome.file().getFileName(), outcome.message()));
                        counts[outcome.kind().ordinal()]++;
                    }
                }
            });
            int refused = counts[PackageIntake.Kind.REFUSED.ordinal()];
            int held = counts[PackageIntake.Kind.UNCONFIRMED.ordinal()];
            out.println(I18n.tr("bureau.cli.received", counts[PackageIntake.Kind.ACCEPTED.ordinal()], held, refused));
            out.flush();
            if (refused > 0) {
                throw new UserException(I18n.tr("bureau.cli.someRefused", refused), REFUSED);
            }
            if (held > 0) {
                throw new UserException(I18n.tr("bureau.cli.someHeld", held), HELD);
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true)
    static final class Status implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "period")
        private String period;

        @Option(names = "--format", paramLabel = "text|csv|json", defaultValue = "text",
                converter = BureauStatusText.FormatConverter.class, descriptionKey = "format")
        private BureauStatusText.Format format;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            onLedger(bureau, spec, services -> {
                List<SubmissionStatus.Row> rows = services.submissionStatus().status(period);
                out.print(BureauStatusText.write(format, period.strip(), rows));
            });
            out.flush();
        }
    }
}
