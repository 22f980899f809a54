package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.Fuzz;
import org.ecopark.ledger.testing.Fuzz.Kind;
import org.ecopark.ledger.testing.LogCapture;
import org.ecopark.ledger.testing.XlsxParts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed lists of staff, enterprises, patents and standards, made from a good list of each kind
 * ({@link Fuzz}): a cell no form would take, broken CSV, no rows, bytes of no text, huge fields and lists,
 * damaged workbooks. Each is refused with its problems in plain words, cannot be committed, leaves the
 * ledger as it was, and is judged within the time bound.
 * On the embedded database only: what is damaged is the file the reader parses; the import that writes is
 * tested on both databases ({@link ListImportTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzedListsTest {

    private static final String[] BAD_DATES = {"2025-02-30", "99999999", "+275690-01-01", "1899-12-31", "0000-01-01",
        "2205-01-06", "明天", "1e999999999", "2025/13/01"};

    @TempDir
    static Path folder;

    private CollectionFixture ledger;
    private ListImportService lists;
    private List<Good> goods;
    private byte[] workbook;
    private LogCapture log;

    /** A list accepted as it is: its kind, its columns, the mapping of fields to them, its rows. */
    record Good(ListKind kind, List<String> fields, List<String> headers, List<List<String>> rows) {

        Map<String, Integer> mapping() {
            Map<String, Integer> mapping = new java.util.LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                mapping.put(fields.get(i), i);
            }
            return mapping;
        }
    }

    /** One malformed list: the kind it is read as, its file's suffix and bytes. */
    record Input(Good list, String suffix, byte[] bytes) {
    }

    @BeforeAll
    void open() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(Backend.H2, "fuzz-lists", folder);
        lists = ledger.services.collection().lists();
        String xinquan = ledger.xinquan.uscc();
        String qingyuan = ledger.qingyuan.uscc();
        goods = List.of(
                new Good(ListKind.STAFF, List.of("uscc", "name", "fullTime", "joinedOn"),
                        List.of("企业统一社会信用代码", "姓名", "是否专职", "入职日期"),
                        List.of(List.of(xinquan, "张伟", "是", "2024-03-01"), List.of(qingyuan, "王芳", "否", "2023-07-15"))),
                new Good(ListKind.ENTERPRISE, List.of("uscc", "name", "segment", "settledOn"),
                        List.of("统一社会信用代码", "企业名称", "所属领域", "入驻日期"),
                        List.of(List.of(RecordFixtures.uscc("MA3D8Q21"), "枣庄绿源环保设备有限公司", "环保制造", "2024-05-06"),
                                List.of(RecordFixtures.uscc("MA7W1E35"), "山东碧水环境服务有限公司", "环境服务", "2023-11-20"))),
                new Good(ListKind.PATENT, List.of("uscc", "number", "title", "appliedOn"),
                        List.of("权利人统一社会信用代码", "专利号", "专利名称", "申请日"),
                        List.of(List.of(xinquan, "ZL" + RecordFixtures.withCheck("202210356712"), "一种絮凝剂", "2022-04-01"),
                                List.of(qingyuan, "ZL" + RecordFixtures.withCheck("202320356714"), "一种过滤器", "2023-02-11"))),
                new Good(ListKind.STANDARD, List.of("uscc", "code", "title", "role"),
                        List.of("统一社会信用代码", "标准编号", "标准名称", "角色"),
                        List.of(List.of(xinquan, "DB37/T 4404-2021", "水处理剂 聚合氯化铝铁", "参与"),
                                List.of(qingyuan, "T/SDHB 012-2024", "环保设备 通用技术条件", "主持"))));
        for (Good good : goods) {
            Path file = Files.write(folder.resolve("good-" + good.kind() + ".csv"), csv(good.headers(), good.rows()));
            ListImportPlan plan = analyse(new Input(good, ".csv", null), file);
            assertThat(plan.problems()).as("the good %s list", good.kind()).filteredOn(ImportProblem::isError).isEmpty();
            Files.delete(file);
        }
        workbook = staffWorkbook(goods.get(0));
        log = LogCapture.start();
    }

    @AfterAll
    void close() {
        if (log != null) {
            log.close();
        }
        ledger.close();
    }

    List<Kind<Input>> kinds() {
        return List.of(
                new Kind<>("a cell no form takes", 100, this::badCell),
                new Kind<>("broken CSV", 20, this::brokenCsv),
                new Kind<>("no rows", 15, this::noRows),
                new Kind<>("random bytes", 20, r -> new Input(any(r), ".csv", Fuzz.garbage(r))),
                new Kind<>("huge", 10, this::huge),
                new Kind<>("damaged workbook", 25, r -> new Input(goods.get(0), ".xlsx",
                        r.nextBoolean() ? Fuzz.truncate(workbook, r) : Fuzz.garbage(r))));
    }

    @Test
    void theCorpusHasAtLeastOneHundredAndEightyLists() {
        assertThat(Fuzz.total(kinds())).isGreaterThanOrEqualTo(180);
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedListIsRefusedInPlainWordsAndWritesNothing() {
        return Fuzz.tests(kinds(), (kind, index, input) -> {
            Path file = Files.write(folder.resolve("list-" + index + input.suffix()), input.bytes());
            String before = ledger.digest();

            Fuzz.Judged<ListImportPlan> judged = Fuzz.judge(log, () -> {
                Throwable preview = catchThrowable(() -> lists.preview(file, null, input.list().kind()));
                if (preview != null) {
                    assertThat(preview).isInstanceOf(WorkbookRefusedException.class);
                    Fuzz.assertPlainMessage(preview.getMessage());
                }
                return analyse(input, file);
            });

            ListImportPlan plan = judged.outcome();
            assertThat(plan.refused()).as("%s #%d refused", kind.name(), index).isTrue();
            plan.problems().forEach(problem -> Fuzz.assertPlainMessage(problem.reason()));
            judged.assertLoggedAsInfo("Refused list " + file.getFileName());
            assertThatThrownBy(() -> lists.commit(plan, "说明", CollectionProgress.NONE, () -> false))
                    .isInstanceOf(ImportRejectedException.class);
            assertThat(ledger.digest()).isEqualTo(before);
            Files.delete(file);
        });
    }

    private ListImportPlan analyse(Input input, Path file) {
        return lists.analyse(file, null, input.list().kind(), input.list().mapping(), ledger.park, CollectionProgress.NONE,
                () -> false);
    }

    /** One cell of a good list set to what its field's form refuses. */
    private Input badCell(Random r) {
        Good good = any(r);
        List<List<String>> rows = new ArrayList<>();
        good.rows().forEach(row -> rows.add(new ArrayList<>(row)));
        int column = r.nextInt(good.fields().size());
        String field = good.fields().get(column);
        String bad = switch (field) {
            case "uscc" -> Fuzz.pick(r, "", "123", "91370402MA3C5QK76", "X".repeat(5_000), RecordFixtures.uscc("MA5XXXX7"),
                    "1e999999999");
            case "fullTime" -> Fuzz.pick(r, "也许", "2", "");
            case "joinedOn", "appliedOn" -> Fuzz.pick(r, BAD_DATES);
            case "settledOn" -> Fuzz.pick(r, BAD_DATES);
            case "segment" -> Fuzz.pick(r, "未知领域", "");
            case "number" -> Fuzz.pick(r, "", "ZL2022", "abc", "ZL" + "1".repeat(1_000), "1e999999999");
            case "code" -> Fuzz.pick(r, "", "XYZ", "GB/T " + "9".repeat(500) + "-2024");
            case "role" -> Fuzz.pick(r, "旁观", "");
            default -> ""; // a name or title, which every list needs
        };
        rows.get(r.nextInt(rows.size())).set(column, bad);
        return new Input(good, ".csv", csv(good.headers(), rows));
    }

    private Input brokenCsv(Random r) {
        Good good = any(r);
        String text = new String(csv(good.headers(), good.rows()), StandardCharsets.UTF_8);
        return new Input(good, ".csv", switch (r.nextInt(3)) {
            // a quote never closed: the rest of the file becomes one field, longer than a cell can be
            case 0 -> (text + "\"" + "未闭合".repeat(12_000) + "\n" + text.repeat(2)).getBytes(StandardCharsets.UTF_8);
            case 1 -> (text + ",".repeat(SheetStreamer.MAX_COLUMNS + r.nextInt(1_000)) + "\n").getBytes(StandardCharsets.UTF_8);
            default -> (text + "\"" + Fuzz.incompressible(r, SheetStreamer.MAX_CELL_CHARS + 1 + r.nextInt(10_000)) + "\"\n")
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    private Input noRows(Random r) {
        Good good = any(r);
        String header = String.join(",", good.headers());
        return new Input(good, ".csv", Fuzz.pick(r, header, header + "\r\n", header + "\n\n\n,,,\n", "", "\n\n", "\uFEFF" + header)
                .getBytes(r.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("GB18030")));
    }

    /** Lists far longer than any park's, every row wrong; or one cell far beyond what a cell holds. */
    private Input huge(Random r) {
        Good good = goods.get(0);
        if (r.nextBoolean()) {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < 2_000 + r.nextInt(6_000); i++) {
                rows.add(List.of(RecordFixtures.uscc("MA5XXXX7"), "研发人员" + i, "是", "2024-03-01"));
            }
            return new Input(good, ".csv", csv(good.headers(), rows));
        }
        List<List<String>> rows = new ArrayList<>(good.rows());
        rows.add(List.of(ledger.xinquan.uscc(), "张".repeat(SheetStreamer.MAX_CELL_CHARS + 1 + r.nextInt(1_000_000)), "是",
                "2024-03-01"));
        return new Input(good, ".csv", csv(good.headers(), rows));
    }

    private Good any(Random r) {
        return goods.get(r.nextInt(goods.size()));
    }

    private static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", headers)).append("\r\n");
        for (List<String> row : rows) {
            text.append(String.join(",", row.stream().map(FuzzedListsTest::field).toList())).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static byte[] staffWorkbook(Good good) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("人员");
            CollectionFixture.row(sheet, 0, good.headers().toArray());
            for (int i = 0; i < good.rows().size(); i++) {
                CollectionFixture.row(sheet, i + 1, good.rows().get(i).toArray());
            }
            book.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(1_765_000_000_000L)));
            book.write(out);
            return XlsxParts.read(out.toByteArray()).bytes(); // the zip's times fixed: the same bytes on every run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
