package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        LedgerFiles.revenueLedger(ledger, bulk -> { });
        try (Database database = Database.open(ledger)) {
            UnitOfWork unitOfWork = new UnitOfWork(database);
            parkTargets = unitOfWork.read().targets().find(TargetFilter.park("ZZSZ")).stream().map(Target::code).toList();
        }
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        return LedgerFiles.run(ledger, out, args);
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
    void inEnglishTheTableShowsEnglishTitlesAndCsvThePlansOwn() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(run("status", "--park", "ZZSZ", "--as-of", "2025-12-31")).isZero();
            assertThat(out.toString()).contains("ZZSZ-T02", "Main business revenue", "R&D spending as a share of gross output value")
                    .doesNotContain("主营业务收入");

            out.getBuffer().setLength(0);
            assertThat(run("status", "--park", "zzsz", "--as-of", "2025-06-30", "--format", "csv")).isZero();
            assertThat(out.toString().split("\r\n")).anySatisfy(line ->
                    assertThat(line).startsWith("ZZSZ-T02,主营业务收入,FLOW,"));
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
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
