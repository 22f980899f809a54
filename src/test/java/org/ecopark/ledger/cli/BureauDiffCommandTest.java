package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.Resubmissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bureau diff}: a park's re-submission beside the package it replaced, as a table, CSV and JSON; a park without
 * a re-submission, an unknown park and a park's ledger refused with one sentence and exit code 1.
 */
class BureauDiffCommandTest {

    @TempDir
    static Path shared;

    private static Resubmissions packages;

    @TempDir
    Path folder;

    private Path ledger;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        packages = new Resubmissions(shared);
    }

    @AfterAll
    static void close() {
        packages.close();
    }

    @BeforeEach
    void bureau() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        ledger = folder.resolve("bureau");
        BureauPackages.bureau(ledger);
        StringWriter out = new StringWriter();
        assertThat(BureauPackages.run(ledger, out, "keys", "register", packages.keyFile(shared).toString()))
                .as(out.toString()).isZero();
    }

    private String run(int exit, String... args) {
        StringWriter out = new StringWriter();
        assertThat(BureauPackages.run(ledger, out, args)).as(out.toString()).isEqualTo(exit);
        return out.toString();
    }

    @Test
    void theTextShowsBothPackagesTheChangedTargetsAndTheRowsPerTable() {
        run(0, "bureau", "receive", packages.earlier.toString());
        run(0, "bureau", "receive", packages.later.toString());

        String text = run(0, "bureau", "diff", "--park", "ZZSZ", "--period", "2025");

        assertThat(text).contains("园区 ZZSZ（", "期间 2025 的重新报送与被替代的前一份对比",
                "前一份：“ZZSZ_2025_first.zip”，园区导出于 ", "重新报送：“ZZSZ_2025_again.zip”，园区导出于 ",
                "目标：有变化 ", "新增 1 项，删除 1 项");
        assertThat(line(text, "EX-2026-T1")).contains("80", "删除");
        assertThat(line(text, "EX-2026-T2")).contains("90", "新增");
        assertThat(line(text, "enterprises")).matches(".*enterprises\\s+2\\s+3\\s+有变化（\\+1）.*");
        assertThat(line(text, "events")).doesNotContain("有变化");
        assertThat(text).containsPattern("亿元\\s+\\S+\\s+[0-9.]+ → [0-9.]+");
    }

    @Test
    void csvAndJsonGiveEveryFigureOfBothPackagesWithCodes() throws Exception {
        run(0, "bureau", "receive", packages.earlier.toString());
        run(0, "bureau", "receive", packages.later.toString());

        String csv = run(0, "bureau", "diff", "--park", "ZZSZ", "--period", "2025", "--format", "csv");
        assertThat(csv).startsWith("part,code,field,earlier,later,changed\r\n")
                .contains("package,ZZSZ,file_name,ZZSZ_2025_first.zip,ZZSZ_2025_again.zip,true\r\n",
                        "count,enterprises,rows,2,3,true\r\n", "target,EX-2026-T1,target_value,80,,true\r\n",
                        "target,EX-2026-T2,target_value,,90,true\r\n");

        JsonNode json = new ObjectMapper().readTree(run(0, "bureau", "diff", "--park", "ZZSZ", "--period", "2025",
                "--format", "json"));
        assertThat(json.get("park_code").asText()).isEqualTo("ZZSZ");
        assertThat(json.get("earlier").get("file_name").asText()).isEqualTo("ZZSZ_2025_first.zip");
        assertThat(json.get("later").get("state").asText()).isEqualTo("ACCEPTED");
        JsonNode added = null;
        for (JsonNode target : json.get("targets")) {
            if (target.get("target_code").asText().equals("EX-2026-T2")) {
                added = target;
            }
        }
        assertThat(added).isNotNull();
        assertThat(added.get("change").asText()).isEqualTo("ADDED");
        assertThat(added.get("earlier").isNull()).isTrue();
        assertThat(added.get("later").get("target_value").asText()).isEqualTo("90");
        assertThat(added.get("plan_code").asText()).isEqualTo("EX-2026");
    }

    @Test
    void noResubmissionAnUnknownParkAndAParksLedgerAreRefusedWithOneSentence() {
        String none = run(1, "bureau", "diff", "--park", "ZZSZ", "--period", "2025");
        assertThat(none).contains("园区 ZZSZ 在期间 2025 没有重新报送：本市局收到（并已确认发送方的）该期间的报送共 0 份");
        run(0, "bureau", "receive", packages.earlier.toString());
        assertThat(run(1, "bureau", "diff", "--park", "ZZSZ", "--period", "2025")).contains("共 1 份");
        assertThat(run(1, "bureau", "diff", "--park", "XXXX", "--period", "2025"))
                .contains("“XXXX”不是本市局的园区；bureau parks 列出本市局的园区。");
        assertThat(run(1, "bureau", "diff", "--park", "ZZSZ", "--period", "2025年")).doesNotContain("Exception");

        ledger = folder.resolve("park");
        assertThat(run(1, "bureau", "diff", "--park", "ZZSZ", "--period", "2025")).contains(I18n.tr("bureau.notBureau"));
    }

    private static String line(String text, String containing) {
        return text.lines().filter(line -> line.contains(containing)).findFirst().orElseThrow(
                () -> new AssertionError(containing + " is not in\n" + text));
    }
}
