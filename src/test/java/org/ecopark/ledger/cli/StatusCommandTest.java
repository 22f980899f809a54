package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code status} over a ledger file whose park ZZSZ had 4 亿元 of revenue a month in 2025 and nothing else. */
class StatusCommandTest {

    @TempDir
    static Path folder;

    private static Path ledger;
    private static List<String> parkTargets;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void ledgerWithRevenue() {
        ledger = folder.resolve("ledger");
        try (Database database = Database.open(ledger)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            new CatalogService(unitOfWork).installOrUpgrade();
            unitOfWork.inTransaction(repositories -> {
                long park = repositories.parks().findByCode("ZZSZ").orElseThrow().id();
                String uscc = "91370400000000002B";
                repositories.bulk().enterprises(park, List.of(new EnterpriseRow(uscc, "公司", "公司", "MANUFACTURING",
                        true, LocalDate.of(2015, 1, 1), null, null, null, null, null)));
                List<StatRow> revenue = new ArrayList<>();
                for (int month = 1; month <= 12; month++) {
                    revenue.add(new StatRow(uscc, "MAIN_REVENUE", YearMonth.of(2025, month), new BigDecimal("40000")));
                }
                repositories.bulk().statistics(revenue, "FORM");
                return null;
            });
            parkTargets = unitOfWork.read().targets().find(TargetFilter.park("ZZSZ")).stream().map(Target::code).toList();
        }
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        List<String> all = new ArrayList<>(List.of("--db", ledger.toString()));
        all.addAll(Arrays.asList(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void jsonHasOneRowPerTargetOfTheParkWithAKnownStatus() throws Exception {
        assertThat(run("status", "--park", "ZZSZ", "--as-of", "2025-12-31", "--format", "json")).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows.isArray()).isTrue();
        List<String> codes = new ArrayList<>();
        List<String> statuses = Arrays.stream(TargetStatus.values()).map(Enum::name).toList();
        for (JsonNode row : rows) {
            codes.add(row.get("code").asText());
            assertThat(statuses).contains(row.get("status").asText());
            assertThat(row.has("title") && row.has("kind") && row.has("target") && row.has("unit")
                    && row.has("deadline") && row.has("actual") && row.has("forecast")).isTrue();
        }
        assertThat(codes).containsExactlyElementsOf(parkTargets);
        JsonNode revenue = rows.get(parkTargets.indexOf("ZZSZ-T02"));
        assertThat(revenue.get("actual").decimalValue()).isEqualByComparingTo("48");
        assertThat(revenue.get("unit").asText()).isEqualTo("亿元");
        assertThat(revenue.get("status").asText()).isEqualTo("OVERDUE");
        assertThat(rows.get(parkTargets.indexOf("ZZSZ-T06")).get("status").asText()).isEqualTo("NO_DATA");
        assertThat(rows.get(parkTargets.indexOf("ZZSZ-T06")).get("actual").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneLinePerTarget() {
        assertThat(run("status", "--park", "zzsz", "--as-of", "2025-06-30", "--format", "csv")).isZero();
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", StatusCommand.COLUMNS));
        assertThat(lines).hasSize(parkTargets.size() + 1);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("ZZSZ-T02,主营业务收入,FLOW,>=,60,亿元,2025-12-31,24,"));
    }

    @Test
    void theTableShowsStatusesInTheUsersLanguage() {
        assertThat(run("status", "--park", "ZZSZ", "--as-of", "2025-12-31")).isZero();
        assertThat(out.toString()).contains("ZZSZ-T02").contains("逾期未完成").contains("无数据").contains("48 亿元")
                .contains("2025-12-31").contains("共 " + parkTargets.size() + " 个目标");
    }

    @Test
    void anUnknownParkIsRefusedInChineseWithExitCodeTwo() {
        assertThat(run("status", "--park", "NOPE", "--as-of", "2025-12-31")).isEqualTo(2);
        assertThat(out.toString()).contains("没有代码为“NOPE”的园区");
    }

    @Test
    void aDateThatIsNotIsoIsAUsageError() {
        assertThat(run("status", "--park", "ZZSZ", "--as-of", "31.12.2025")).isEqualTo(2);
        assertThat(out.toString()).contains("31.12.2025");
    }
}
