package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.ecopark.ledger.Launcher;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.CrashHarness;
import org.ecopark.ledger.logic.CrashHarness.Moment;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "已导入" means imported: the program's own {@code collect import} of a folder of filled-in workbooks is killed
 * with SIGKILL at random moments (while it starts, while it checks the files, inside and between the files'
 * commits). After every kill the ledger must open, hold every file the command had reported imported, and hold
 * each file either whole or not at all.
 */
class KillDuringImportTest {

    /** The suite's share of the kills; {@code -Decopark.kills=200} for a longer run. */
    private static final int KILLS = 8;
    private static final long SEED = 20261207L;
    private static final List<StatPeriod> QUARTERS = List.of(StatPeriod.quarter(2025, 1), StatPeriod.quarter(2025, 2),
            StatPeriod.quarter(2025, 3));
    private static final String MARK = "\u0001";
    private static final String CHECKING = "before the files were checked";
    private static final String IMPORTING = "while importing";
    private static final String FINISHED = "after the command had finished";

    @TempDir
    Path folder;

    private Path prepared;
    private Path workbooks;
    /** Each workbook: its SHA-256 and the figures it holds (metric code -> value), by file name. */
    private final Map<String, Workbook> expected = new TreeMap<>();
    /** How long the last child took until it had checked every file, for its first commit and for each later one. */
    private long checkedMillis = 3000;
    private long firstCommitMillis = 1000;
    private long commitMillis = 100;

    private record Workbook(String sha256, long enterpriseId, StatPeriod period, Map<String, String> figures) {
    }

    @BeforeEach
    void workbooksFilledInByThreeEnterprisesForThreeQuarters() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        prepared = folder.resolve("prepared").resolve("ledger");
        workbooks = folder.resolve("returned");
        try (Services services = Services.open(prepared)) {
            services.parks().selectPark("ZZSZ");
            Park park = services.parks().selectedPark().orElseThrow();
            List<Enterprise> enterprises = new ArrayList<>();
            for (Enterprise draft : List.of(RecordFixtures.xinquan(park.id()), RecordFixtures.qingyuan(park.id()),
                    RecordFixtures.juheng(park.id()))) {
                enterprises.add(services.records().enterprises().save(draft, Map.of()).record());
            }
            for (StatPeriod quarter : QUARTERS) {
                for (Enterprise enterprise : enterprises) {
                    Path file = services.collection().templates().generate(park, quarter, Optional.of(enterprise.uscc()),
                            false, false, workbooks, CollectionProgress.NONE, () -> false).get(0);
                    Map<String, String> figures = fill(file, expected.size());
                    expected.put(file.getFileName().toString(),
                            new Workbook(ImportService.sha256(file), enterprise.id(), quarter, figures));
                }
            }
            List<ImportPlan> plans = services.collection().imports().analyse(ImportService.expand(List.of(workbooks)),
                    new ImportOptions(park, null), CollectionProgress.NONE, () -> false);
            assertThat(plans).hasSize(expected.size())
                    .allSatisfy(plan -> assertThat(plan.problems()).as(plan.fileName()).isEmpty());
        }
    }

    /** Types a whole number into every figure's cell, as an enterprise would; returns them by metric code. */
    private static Map<String, String> fill(Path file, int seed) throws IOException {
        Map<String, String> figures = new TreeMap<>();
        CollectionFixture.edit(file, workbook -> {
            for (Row row : workbook.getSheetAt(0)) {
                Cell code = row.getCell(TemplateLayout.COL_METRIC_CODE);
                if (row.getRowNum() >= TemplateLayout.FIRST_DATA_ROW && code != null && !code.getStringCellValue().isBlank()) {
                    int value = 100 + 37 * seed + row.getRowNum();
                    Cell cell = row.getCell(TemplateLayout.COL_VALUE) != null ? row.getCell(TemplateLayout.COL_VALUE)
                            : row.createCell(TemplateLayout.COL_VALUE);
                    cell.setCellValue(value);
                    figures.put(code.getStringCellValue(), Integer.toString(value));
                }
            }
        });
        return figures;
    }

    @Test
    void everyFileTheImportReportedIsInTheLedgerWholeAfterItIsKilled() throws Exception {
        long seed = CrashHarness.seed(SEED);
        Random random = new Random(seed);
        int kills = CrashHarness.kills(KILLS);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> ends = new TreeMap<>();
        int reported = 0;
        for (int kill = 0; kill < kills; kill++) {
            Path ledger = folder.resolve("kill-" + kill).resolve("ledger");
            Files.createDirectories(ledger.getParent());
            Files.copy(Path.of(prepared + ".mv.db"), Path.of(ledger + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Moment moment = moment(random, kill);
            CrashHarness.Run run = CrashHarness.run(Launcher.class.getName(),
                    List.of("--db", ledger.toString(), "collect", "import", workbooks.toString()),
                    Map.of("ECOPARK_LEDGER_HOME", folder.resolve("home").toString()), moment,
                    ledger.resolveSibling("child.log"));
            assertThat(run.killed() || run.exitCode() == 0).as("kill %d (%s): the command failed with %d: %s", kill, moment,
                    run.exitCode(), run.logTail()).isTrue();
            List<String> imported = reportedImported(run);
            reported += imported.size();
            String end = end(run);
            ends.merge(end, 1, Integer::sum);
            List<String> wrong = check(ledger, imported, !run.killed());
            if (!wrong.isEmpty()) {
                failures.add("kill " + kill + " (" + moment + ", " + end + ", " + imported.size() + " files reported imported): "
                        + wrong);
            }
        }
        // one line in the build's output: what a long manual run (-Decopark.kills=200) is run for
        System.out.println("KillDuringImportTest: " + kills + " kills with seed " + seed + ", by phase " + ends + "; "
                + reported + " files reported imported; kills that lost or half-imported a file: " + failures.size()
                + " (the last child had checked the files after " + checkedMillis + " ms, then took " + firstCommitMillis
                + " ms for the first file and " + commitMillis + " ms for each next)");
        assertThat(failures).as("seed %d; kills by phase %s", seed, ends).isEmpty();
        assertThat(ends).as("the kills landed while the files were imported").containsKey(IMPORTING);
    }

    /**
     * Every fourth kill lands at a random moment before the files are checked (the JVM, the file opened, the
     * workbooks read), every fourth right after the check, in the first commits; the others after a random number
     * of files reported imported, inside or between the next commits.
     */
    private Moment moment(Random random, int kill) {
        String header = I18n.tr("collection.cli.reportHeader");
        return switch (kill % 4) {
            case 0 -> Moment.afterStart(Moment.anyDelay(random, checkedMillis));
            case 1 -> Moment.after(header, 1, Moment.anyDelay(random, firstCommitMillis));
            default -> Moment.after(importedInfix(), 1 + random.nextInt(expected.size() - 3),
                    Moment.anyDelay(random, commitMillis));
        };
    }

    /** Where the child was when it died; learns how long its steps took. */
    private String end(CrashHarness.Run run) {
        long checked = run.arrival(I18n.tr("collection.cli.reportHeader"));
        if (checked < 0) {
            return CHECKING;
        }
        checkedMillis = checked;
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < run.lines().size(); i++) {
            if (run.lines().get(i).contains(importedInfix())) {
                acknowledged.add(run.arrivals().get(i));
            }
        }
        if (!acknowledged.isEmpty()) {
            firstCommitMillis = Math.max(1, acknowledged.get(0) - checked);
        }
        if (acknowledged.size() > 1) {
            commitMillis = Math.max(1, (acknowledged.get(acknowledged.size() - 1) - acknowledged.get(0)) / (acknowledged.size() - 1));
        }
        return run.killed() ? IMPORTING : FINISHED;
    }

    /** The names of the files the command reported "已导入", in its own words. */
    private List<String> reportedImported(CrashHarness.Run run) {
        List<String> names = new ArrayList<>();
        for (String line : run.lines()) {
            for (String name : expected.keySet()) {
                if (line.startsWith(I18n.tr("collection.cli.imported", name, MARK).split(MARK)[0])) {
                    names.add(name);
                }
            }
        }
        assertThat(run.containing(importedInfix())).as("every line saying imported names a file").hasSameSizeAs(names);
        return names;
    }

    /** What every line saying a file was imported holds between its name and its counts (zh: "：已导入："). */
    private static String importedInfix() {
        return I18n.tr("collection.cli.imported", MARK, MARK).split(MARK)[1];
    }

    /** What is wrong with the reopened ledger: a reported file missing, a file half there, a figure not as sent. */
    private List<String> check(Path ledger, List<String> imported, boolean finished) {
        List<String> wrong = new ArrayList<>();
        try (Database database = Database.open(ledger)) {
            DSLContext dsl = database.dsl();
            expected.forEach((name, workbook) -> {
                Long importId = dsl.fetchOptional("select id from collection_import where file_sha256 = ?", workbook.sha256())
                        .map(row -> row.get(0, Long.class)).orElse(null);
                Map<String, String> stored = figures(dsl, workbook);
                if (importId == null) {
                    if (imported.contains(name) || finished) {
                        wrong.add(name + " reported imported but missing");
                    }
                    if (!stored.isEmpty()) {
                        wrong.add(name + " not imported but " + stored.size() + " of its figures are there");
                    }
                } else if (!stored.equals(workbook.figures())) {
                    wrong.add(name + " imported with " + stored.size() + " of its " + workbook.figures().size()
                            + " figures, or other values");
                } else if (stored.size() != ((Number) dsl.fetchValue("select count(*) from period_stat where import_id = ?",
                        importId)).intValue()) {
                    wrong.add(name + " has figures of another import");
                }
            });
        }
        return wrong;
    }

    /** The enterprise's figures of the workbook's quarter, metric code -> value. */
    private static Map<String, String> figures(DSLContext dsl, Workbook workbook) {
        Map<String, String> figures = new TreeMap<>();
        dsl.fetch("select m.code, s.stat_value from period_stat s join metric m on m.id = s.metric_id"
                        + " where s.enterprise_id = ? and s.period_type = 'QUARTER' and s.period_start = ?",
                workbook.enterpriseId(), workbook.period().start())
                .forEach(row -> figures.put(row.get(0, String.class),
                        row.get(1, BigDecimal.class).stripTrailingZeros().toPlainString()));
        return figures;
    }
}
