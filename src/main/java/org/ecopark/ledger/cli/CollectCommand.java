package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.collection.ImportOptions;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.logic.collection.PlannedChange;
import org.ecopark.ledger.logic.collection.ProblemReportWriter;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code collect}: the offline collection from enterprises. {@code templates} writes the workbooks to send
 * out; {@code import} checks returned workbooks and imports those without problems, printing every problem
 * as {@code 文件 | 工作表 | 单元格 | 原因}.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        subcommands = {CollectCommand.Templates.class, CollectCommand.Import.class})
final class CollectCommand implements Runnable {

    /** Exit code of a wrong request: unknown park or enterprise, a malformed period, no such file. */
    static final int BAD_REQUEST = 2;
    /** Exit code when any file was refused (or, with --dry-run, would be). */
    static final int REFUSED = 3;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The park to work for: the one named, else the one this installation serves. */
    static Park park(Services services, String code) {
        if (code != null) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            return services.parks().parks().stream().filter(p -> p.code().equals(wanted)).findFirst()
                    .orElseThrow(() -> new UserException(I18n.tr("collection.cli.unknownPark", code), BAD_REQUEST));
        }
        return services.parks().selectedPark()
                .orElseThrow(() -> new UserException(I18n.tr("collection.cli.noPark"), BAD_REQUEST));
    }

    static StatPeriod period(String code) {
        try {
            return PeriodCodes.parse(code);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), BAD_REQUEST);
        }
    }

    /** {@code collect templates}: one workbook per enterprise (or one for all) into a folder. */
    @Command(name = "templates", mixinStandardHelpOptions = true)
    static final class Templates implements Runnable {

        @ParentCommand
        private CollectCommand collect;

        @Spec
        private CommandSpec spec;

        @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "period")
        private String period;

        @Option(names = "--enterprise", paramLabel = "USCC", descriptionKey = "enterprise")
        private String enterprise;

        @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "out")
        private Path out;

        @Option(names = "--park", paramLabel = "CODE", descriptionKey = "park")
        private String park;

        @Option(names = "--all-in-one", descriptionKey = "allInOne")
        private boolean allInOne;

        @Option(names = "--no-extra-sheets", descriptionKey = "noExtraSheets")
        private boolean noExtraSheets;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            StatPeriod statPeriod = period(period);
            try (Services services = collect.parent.openParkLedger(spec)) {
                Park chosen = park(services, park);
                List<Path> files = services.collection().templates().generate(chosen, statPeriod,
                        Optional.ofNullable(enterprise), allInOne, !noExtraSheets, out, CollectionProgress.NONE, () -> false);
                files.forEach(file -> printer.println(file.toAbsolutePath()));
                printer.println(I18n.tr("collection.cli.generated", files.size(), chosen.name(),
                        PeriodCodes.describe(statPeriod)));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), BAD_REQUEST);
            } catch (IOException e) {
                throw new UserException(I18n.tr("collection.cli.writeFailed", out, e.getMessage()));
            }
            printer.flush();
        }
    }

    /** {@code collect import}: checks the files, imports the good ones, exits 3 when any was refused. */
    @Command(name = "import", mixinStandardHelpOptions = true)
    static final class Import implements Runnable {

        @ParentCommand
        private CollectCommand collect;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE|DIR", arity = "1..*", descriptionKey = "files")
        private List<Path> paths;

        @Option(names = "--dry-run", descriptionKey = "dryRun")
        private boolean dryRun;

        @Option(names = "--park", paramLabel = "CODE", descriptionKey = "park")
        private String park;

        @Option(names = "--period", paramLabel = "P", descriptionKey = "period")
        private String period;

        @Option(names = "--replace", descriptionKey = "replace")
        private boolean replace;

        @Option(names = "--explain", paramLabel = "CELL=TEXT", descriptionKey = "explain")
        private Map<String, String> explanations = new LinkedHashMap<>();

        @Option(names = "--report", paramLabel = "FILE", descriptionKey = "report")
        private Path report;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            StatPeriod expected = period == null ? null : period(period);
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    throw new UserException(I18n.tr("collection.cli.missing", path), BAD_REQUEST);
                }
            }
            int refused = 0;
            try (Services services = collect.parent.openParkLedger(spec)) {
                ImportService imports = services.collection().imports();
                ImportOptions options = new ImportOptions(park(services, park), expected);
                List<ImportPlan> plans = imports.analyse(ImportService.expand(paths), options, CollectionProgress.NONE,
                        () -> false);
                printer.println(I18n.tr("collection.cli.reportHeader"));
                List<ImportProblem> problems = new ArrayList<>();
                List<PlannedChange> changes = new ArrayList<>();
                for (ImportPlan plan : plans) {
                    plan.problems().forEach(problem -> printer.println(line(problem)));
                    problems.addAll(plan.problems());
                    if (!plan.refused()) {
                        changes.addAll(plan.changes());
                    }
                }
                for (ImportPlan plan : plans) {
                    if (!new FileImport(imports, plan, explanationsOf(plan), replace, dryRun, printer).run()) {
                        refused++;
                    }
                }
                if (report != null) {
                    ProblemReportWriter.write(problems, changes, report);
                    printer.println(I18n.tr("collection.cli.reportSaved", report.toAbsolutePath()));
                }
                if (plans.isEmpty()) {
                    printer.println(I18n.tr("collection.cli.noFiles"));
                }
            } catch (IOException e) {
                throw new UserException(I18n.tr("collection.cli.readFailed", e.getMessage()));
            }
            printer.flush();
            if (refused > 0) {
                throw new UserException(I18n.tr("collection.cli.refused", refused), REFUSED);
            }
        }

        /** The explanations given for this file's warnings: by {@code file:sheet!cell} or by {@code sheet!cell}. */
        private Map<String, String> explanationsOf(ImportPlan plan) {
            Map<String, String> mine = new LinkedHashMap<>();
            for (ImportProblem warning : plan.warnings()) {
                String text = explanations.getOrDefault(plan.fileName() + ":" + warning.warningId(),
                        explanations.get(warning.warningId()));
                if (text != null) {
                    mine.put(warning.warningId(), text);
                }
            }
            return mine;
        }

        private static String line(ImportProblem problem) {
            String reason = problem.isError() ? problem.reason()
                    : I18n.tr("collection.cli.warning", problem.reason(), problem.warningId());
            return String.join(" | ", problem.file(), problem.sheet(), problem.cell(), reason);
        }
    }
}
