package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TargetsCommandTest {

    private static final String HEADER =
            "plan,scope,scope_code,scope_name,code,clause,title,kind,comparator,value,unit,deadline,indicator,note";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--db", folder.resolve("ledger").toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void csvListsEveryTargetUnderTheAgreedHeader() {
        assertThat(run("targets", "--format", "csv")).isZero();

        assertThat(lines()).hasSize(106 + 1);
        assertThat(lines().get(0)).isEqualTo(HEADER);
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void csvGivesValuesAsThePlanWritesThemWithTheirUnit() {
        assertThat(run("targets", "--format", "csv", "--park", "ZZSZ")).isZero();

        assertThat(lines()).hasSize(7 + 1).contains(
                "SD311,PARK,ZZSZ,枣庄市中区生态环保产业特色园区,ZZSZ-T02,三、(二)2,主营业务收入,FLOW,>=,60,亿元,2025-12-31,"
                        + "MAIN_REVENUE_YEAR_SUM,原文“实现主营业务收入60亿元”未写“以上”，按不低于60亿元读取。",
                "SD311,PARK,ZZSZ,枣庄市中区生态环保产业特色园区,ZZSZ-T04,三、(二)3,研发投入占总产值比重,RATIO,>=,2,%,2025-12-31,"
                        + "RD_SPENDING_SHARE_OF_OUTPUT,");
    }

    @Test
    void csvQuotesAFieldWithACommaOrQuote() {
        assertThat(TargetsCommand.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(TargetsCommand.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(TargetsCommand.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(TargetsCommand.quote("“中文引号”，全角逗号")).isEqualTo("“中文引号”，全角逗号");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithTheCsvFields() throws Exception {
        assertThat(run("targets", "--format", "json", "--scope", "cluster")).isZero();

        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(13);
        JsonNode first = array.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(String.join(",", fields)).isEqualTo(HEADER);
        assertThat(first.get("scope").asText()).isEqualTo("CLUSTER");
        assertThat(first.get("value").isNumber()).isTrue();
        JsonNode climate = findCode(array, "QD-T03");
        assertThat(climate.get("value").asText()).isEqualTo("1000");
        assertThat(climate.get("unit").asText()).isEqualTo("亿元");
        assertThat(climate.get("comparator").asText()).isEqualTo("≈");
    }

    @Test
    void theTableShowsAParksTargetsAligned() {
        assertThat(run("targets", "--park", "BZHM")).isZero();

        assertThat(out.toString()).contains("BZHM-T03").contains("≥ 150 万吨").contains("≈ 200 亿元").contains("共 5 个目标");
    }

    @Test
    void inEnglishTheTableNamesTargetsAndParksInEnglishAndCsvKeepsThePlansWords() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(run("targets", "--park", "ZZSZ")).isZero();
            assertThat(out.toString()).contains("ZZSZ-T02", "Main business revenue", "Patents granted",
                    "Zaozhuang Shizhong Eco-Environmental Protection Industry Featured Park").doesNotContain("主营业务收入");

            out.getBuffer().setLength(0);
            assertThat(run("targets", "--format", "csv", "--park", "ZZSZ")).isZero();
            assertThat(lines()).contains("SD311,PARK,ZZSZ,枣庄市中区生态环保产业特色园区,ZZSZ-T04,三、(二)3,研发投入占总产值比重,"
                    + "RATIO,>=,2,%,2025-12-31,RD_SPENDING_SHARE_OF_OUTPUT,");
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    @Test
    void anUnknownParkIsRefusedWithExitCodeTwo() {
        assertThat(run("targets", "--park", "NOPE")).isEqualTo(2);

        assertThat(err.toString()).contains("没有代码为“NOPE”的园区");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void parkAndScopeCannotBeGivenTogether() {
        assertThat(run("targets", "--park", "ZZSZ", "--scope", "park")).isEqualTo(2);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("targets", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("xml");
    }

    @Test
    void theOutputOptionWritesUtf8WithABomForExcel() throws Exception {
        Path file = folder.resolve("out/targets.csv");

        assertThat(run("targets", "--format", "csv", "--scope", "province", "--output", file.toString())).isZero();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines()).hasSize(50 + 1).first().isEqualTo(HEADER);
    }

    private static JsonNode findCode(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.get("code").asText().equals(code)) {
                return node;
            }
        }
        throw new AssertionError("no " + code);
    }
}
