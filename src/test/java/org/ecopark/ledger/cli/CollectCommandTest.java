package org.ecopark.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code collect templates} and {@code collect import}: files out, files in, the report, the exit codes. */
class CollectCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private String xinquan;

    @BeforeEach
    void ledger() {
        I18n.setLocale(I18n.CHINESE);
        try (Services services = Services.open(folder.resolve("ledger"))) {
            services.parks().selectPark("ZZSZ");
            long park = services.parks().selectedPark().orElseThrow().id();
            xinquan = services.records().enterprises().save(RecordFixtures.xinquan(park), Map.of()).record().uscc();
            services.records().enterprises().save(RecordFixtures.qingyuan(park), Map.of());
        }
    }

    private int run(String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(path -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--db", folder.resolve("ledger").toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    @Test
    void templatesAreWrittenOnePerEnterpriseOfTheSelectedPark() throws Exception {
        Path templates = folder.resolve("模板");

        assertThat(run("collect", "templates", "--period", "2025Q1", "--out", templates.toString())).isZero();

        try (Stream<Path> files = Files.list(templates)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .hasSize(2).allMatch(name -> name.startsWith("ZZSZ_2025Q1_") && name.endsWith(".xlsx"));
        }
        assertThat(out.toString()).contains("已为枣庄市中区生态环保产业特色园区生成 2 个 2025年第1季度 填报模板。");
    }

    @Test
    void aMalformedPeriodIsABadRequest() {
        assertThat(run("collect", "templates", "--period", "2025Q5", "--out", folder.toString()))
                .isEqualTo(CollectCommand.BAD_REQUEST);

        assertThat(err.toString()).contains("无法识别报告期“2025Q5”");
    }

    @Test
    void templatesForAPeriodThatHasNotEndedAreABadRequestSayingWhy() {
        Path templates = folder.resolve("模板");

        assertThat(run("collect", "templates", "--period", "2100-12", "--out", templates.toString()))
                .isEqualTo(CollectCommand.BAD_REQUEST);

        assertThat(err.toString()).contains("2100-12 尚未结束（今天是 " + LocalDate.now() + "），不能填报实际统计数。",
                "该期的填报模板请于 2101-01-01 起生成。");
        assertThat(templates).doesNotExist();
    }

    @Test
    void aGoodFileIsImportedAndABadOneIsReportedCellByCellWithExitCodeThree() throws Exception {
        Path templates = folder.resolve("out");
        run("collect", "templates", "--period", "2025Q1", "--out", templates.toString());
        Path good = template(templates, xinquan);
        Path bad;
        try (Stream<Path> files = Files.list(templates)) {
            bad = files.filter(file -> !file.equals(good)).findFirst().orElseThrow();
        }
        fill(good, 7, 5100.0);
        fill(bad, 8, "约三千");
        Path inbox = folder.resolve("收件");
        Files.createDirectories(inbox);
        Files.move(good, inbox.resolve(good.getFileName()));
        Files.move(bad, inbox.resolve(bad.getFileName()));
        out.getBuffer().setLength(0);

        int dryRun = run("collect", "import", inbox.toString(), "--dry-run");

        assertThat(dryRun).isEqualTo(CollectCommand.REFUSED);
        assertThat(out.toString()).contains("文件 | 工作表 | 单元格 | 原因",
                bad.getFileName() + " | 填报 | H9 | 应填写数字，实际填的是文字“约三千”。",
                good.getFileName() + "：检查通过（仅检查，未写入）：新增 1，修改 0，不变 0。");
        assertThat(err.toString()).contains("有 1 个文件未导入");
        out.getBuffer().setLength(0);

        int imported = run("collect", "import", inbox.toString(), "--report", folder.resolve("报告.xlsx").toString());

        assertThat(imported).isEqualTo(CollectCommand.REFUSED);
        assertThat(out.toString()).contains(good.getFileName() + "：已导入：新增 1，修改 0，不变 0。",
                bad.getFileName() + "：未导入。");
        try (InputStream in = Files.newInputStream(folder.resolve("报告.xlsx")); XSSFWorkbook report = new XSSFWorkbook(in)) {
            var problem = report.getSheet("问题").getRow(1);
            assertThat(List.of(problem.getCell(0).getStringCellValue(), problem.getCell(1).getStringCellValue(),
                    problem.getCell(2).getStringCellValue(), problem.getCell(3).getStringCellValue()))
                    .containsExactly(bad.getFileName().toString(), "填报", "H9", "错误");
            assertThat(report.getSheet("变更预览").getRow(1).getCell(6).getStringCellValue()).isEqualTo("新增");
        }
        out.getBuffer().setLength(0);

        assertThat(run("collect", "import", inbox.resolve(good.getFileName()).toString())).isEqualTo(CollectCommand.REFUSED);
        assertThat(out.toString()).contains("该文件已导入过；如要用它替换上次导入的数值，请加 --replace");
        assertThat(run("collect", "import", inbox.resolve(good.getFileName()).toString(), "--replace")).isZero();
    }

    private static Path template(Path folder, String uscc) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().contains(uscc)).findFirst().orElseThrow();
        }
    }

    /** Types a value into the value column of a row of the figures sheet. */
    private static void fill(Path file, int row, Object value) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        var cell = workbook.getSheetAt(0).getRow(row).getCell(7);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else {
            cell.setCellValue(value.toString());
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            workbook.write(stream);
        }
        workbook.close();
    }
}
