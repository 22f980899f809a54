package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import picocli.CommandLine;

/** Ledger files for the commands' tests, and the command line run on one as a user runs it. */
final class LedgerFiles {

    /** The one enterprise of {@link #revenueLedger}. */
    static final String USCC = "91370400000000002B";

    private LedgerFiles() {
    }

    /**
     * A ledger file whose park ZZSZ has one enterprise with 4 亿元 of main revenue a month in 2025; {@code more} writes
     * what a test needs besides, in the same transaction.
     */
    static void revenueLedger(Path ledger, Consumer<BulkWriter> more) {
        try (Database database = Database.open(ledger)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            new CatalogService(unitOfWork).installOrUpgrade();
            unitOfWork.inTransaction(repositories -> {
                long park = repositories.parks().findByCode("ZZSZ").orElseThrow().id();
                BulkWriter bulk = repositories.bulk();
                bulk.enterprises(park, List.of(new EnterpriseRow(USCC, "公司", "公司", "MANUFACTURING",
                        true, LocalDate.of(2015, 1, 1), null, null, null, null, null)));
                List<StatRow> revenue = new ArrayList<>();
                for (int month = 1; month <= 12; month++) {
                    revenue.add(new StatRow(USCC, "MAIN_REVENUE", YearMonth.of(2025, month), new BigDecimal("40000")));
                }
                bulk.statistics(revenue, "FORM");
                more.accept(bulk);
                return null;
            });
        }
    }

    /** Runs the command line on the ledger with {@code args}; what it prints, output and errors, goes to {@code out}. */
    static int run(Path ledger, StringWriter out, String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of("--db", ledger.toString()));
        all.addAll(Arrays.asList(args));
        return commandLine.execute(all.toArray(String[]::new));
    }
}
