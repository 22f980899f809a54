package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.Fuzz;
import org.ecopark.ledger.testing.Fuzz.Damaged;
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
 * Hundreds of malformed returns of one filled template, made from a seed ({@link Fuzz}): damaged bytes,
 * truncations, entity tricks, zip bombs, formulas, huge texts and numbers, impossible dates and rows,
 * edited or swapped sheets. Each is refused with a plain message, leaves the ledger as it was, and is
 * judged within the time bound. Only a flipped byte the import never reads (a zip header's timestamp)
 * may pass, and then it must plan exactly what the undamaged file plans.
 * On the embedded database only: what is damaged is the file the reader parses; the import that writes is
 * tested on both databases ({@link ImportWriterTest}, {@link MalformedWorkbookTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzedWorkbooksTest {

    private static final String REVENUE_CELL = "H9";
    private static final String JOINED_CELL = "D2";

    @TempDir
    static Path folder;

    private CollectionFixture ledger;
    private XlsxParts base;
    private String valuesPart;
    private String staffPart;
    private String metaPart;
    private List<PlannedChange> expected;
    private LogCapture log;

    @BeforeAll
    void fill() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(Backend.H2, "fuzz-workbooks", folder);
        Path template = Files.write(folder.resolve("base.xlsx"), filledReturn(ledger));
        base = XlsxParts.read(template);
        valuesPart = base.sheetPart("填报");
        staffPart = base.sheetPart("研发人员变动");
        metaPart = base.sheetPart(TemplateLayout.META_SHEET);
        ImportPlan plan = ledger.imports().analyse(template, ledger.options(), () -> false);
        assertThat(plan.refused()).as("the undamaged workbook").isFalse();
        expected = unnamed(plan.changes());
        Files.delete(template);
        log = LogCapture.start();
    }

    /**
     * The return every input is made from, the same to the byte on every run (so that the corpus is too): the
     * ledger's secret, the hour of making, the document properties, the order of the shared strings and the
     * zip's times are fixed.
     */
    private static byte[] filledReturn(CollectionFixture ledger) throws java.io.IOException {
        ledger.database.dsl().execute("insert into app_setting (setting_key, setting_value) values (?, ?)",
                TemplateSeal.SETTING, java.util.Base64.getEncoder().encodeToString(new byte[32]));
        TemplateSeal seal = ledger.services.collection().templates().seal();
        Path template = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "EMPLOYEES", 215);
            CollectionFixture.row(workbook.getSheet("研发人员变动"), 1, "李明", "硕士", "是", LocalDate.of(2025, 1, 6), null);
            CollectionFixture.meta(workbook, TemplateLayout.KEY_GENERATED_AT, "2026-12-06T08:00:00Z");
            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, seal.sign(CollectionFixture.metaFields(workbook)));
            var properties = workbook.getProperties().getCoreProperties();
            properties.setCreated(java.util.Optional.of(new java.util.Date(1_765_000_000_000L)));
            properties.setModified(java.util.Optional.of(new java.util.Date(1_765_000_000_000L)));
        });
        byte[] bytes = XlsxParts.read(template).canonicalStrings().bytes();
        Files.delete(template);
        return bytes;
    }

    @Test
    void theReturnTheCorpusIsMadeFromIsTheSameOnEveryRun() throws Exception {
        try (CollectionFixture other = new CollectionFixture(Backend.H2, "fuzz-workbooks-again",
                Files.createDirectories(folder.resolve("again")))) {
            byte[] again = filledReturn(other);
            XlsxParts.read(again).parts().forEach((part, content) ->
                    assertThat(new String(content, java.nio.charset.StandardCharsets.UTF_8)).as(part).isEqualTo(base.text(part)));
            assertThat(again).as("the bytes").isEqualTo(base.bytes());
        }
    }

    @AfterAll
    void close() {
        if (log != null) {
            log.close();
        }
        ledger.close();
    }

    List<Kind<Damaged>> kinds() {
        return List.of(
                new Kind<>("flipped bits", 150, r -> Damaged.mayPass(Fuzz.flip(base.bytes(), r))),
                new Kind<>("truncated", 50, r -> Damaged.refused(Fuzz.truncate(base.bytes(), r))),
                new Kind<>("random bytes", 30, r -> Damaged.refused(Fuzz.garbage(r))),
                new Kind<>("entity in a sheet", 60, this::entityInSheet),
                new Kind<>("entity in the package parts", 20, this::entityInPackage),
                new Kind<>("wrong content types", 40, this::contentTypes),
                new Kind<>("zip bomb", 15, this::bomb),
                new Kind<>("formula", 40, this::formula),
                new Kind<>("huge text", 40, this::hugeText),
                new Kind<>("number out of bounds", 80, r -> edit(valuesPart,
                        xml -> cell(xml, REVENUE_CELL, number(REVENUE_CELL, Fuzz.badNumber(r))))),
                new Kind<>("impossible date", 60, this::date),
                new Kind<>("wrong sheets", 60, this::wrongSheets),
                new Kind<>("impossible row or cell address", 30, this::rowsAndCells),
                new Kind<>("broken XML", 30, this::brokenXml));
    }

    @Test
    void theCorpusHasAtLeastSixHundredWorkbooks() {
        assertThat(Fuzz.total(kinds())).isGreaterThanOrEqualTo(600);
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedWorkbookIsRefusedAloneInPlainWordsAndWritesNothing() {
        return Fuzz.tests(kinds(), (kind, index, input) -> {
            Path file = Files.write(folder.resolve("fuzz-" + index + ".xlsx"), input.bytes());
            String before = ledger.digest();

            Fuzz.Judged<ImportPlan> judged = Fuzz.judge(log, () -> ledger.imports().analyse(file, ledger.options(), () -> false));

            ImportPlan plan = judged.outcome();
            if (plan.refused()) {
                plan.problems().forEach(problem -> Fuzz.assertPlainMessage(problem.reason()));
                judged.assertLoggedAsInfo("Refused " + file.getFileName());
                assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), true, CollectionProgress.NONE, () -> false))
                        .isInstanceOf(ImportRejectedException.class);
            } else {
                assertThat(input.mayPass()).as("%s #%d was taken: %s", kind.name(), index, plan.changes()).isTrue();
                assertThat(unnamed(plan.changes())).isEqualTo(expected);
            }
            assertThat(ledger.digest()).isEqualTo(before);
            Files.delete(file);
        });
    }

    /** The changes without the file they come from, which is named differently here. */
    private static List<PlannedChange> unnamed(List<PlannedChange> changes) {
        return changes.stream().map(c -> new PlannedChange("", c.enterprise(), c.item(), c.period(), c.oldValue(),
                c.newValue(), c.kind())).toList();
    }

    private Damaged entityInSheet(Random r) {
        String[] entity = Fuzz.entity(r);
        return switch (r.nextInt(3)) {
            case 0 -> edit(valuesPart, xml -> Fuzz.withDoctype(cell(xml, REVENUE_CELL, "<c r=\"H9\" t=\"n\"><v>" + entity[1]
                    + "</v></c>"), entity[0]));
            case 1 -> edit("xl/sharedStrings.xml", xml -> Fuzz.withDoctype(xml.replaceFirst("<t>", "<t>" + entity[1]), entity[0]));
            default -> edit(metaPart, xml -> Fuzz.withDoctype(xml, entity[0]));
        };
    }

    /** Parts POI reads itself with its hardened parser: an entity must do no harm, and may be ignored. */
    private Damaged entityInPackage(Random r) {
        String[] entity = Fuzz.entity(r);
        String part = List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "docProps/core.xml", "xl/styles.xml").get(r.nextInt(6));
        return new Damaged(base.copy().edit(part, xml -> Fuzz.withDoctype(xml, entity[0])).bytes(), true);
    }

    /**
     * The package's list of content types edited: a part declared as something else, a declaration gone, or the
     * list itself gone. The import finds its parts by their relations, so it may still read the file; then it
     * must read exactly what the undamaged one holds.
     */
    private Damaged contentTypes(Random r) {
        String part = List.of(valuesPart, staffPart, metaPart, "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml")
                .get(r.nextInt(6));
        String type = List.of("application/xml", "text/plain", "application/x-msdownload", "",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml").get(r.nextInt(7));
        String override = "<Override ContentType=\"[^\"]*\" PartName=\"/" + java.util.regex.Pattern.quote(part) + "\"/>";
        return switch (r.nextInt(4)) {
            case 0 -> Damaged.mayPass(base.copy().edit("[Content_Types].xml", xml -> {
                String declared = xml.replaceFirst(override, declaration(type, part));
                return declared.equals(xml) ? xml.replaceFirst(override, declaration("text/plain", part)) : declared;
            }).bytes());
            case 1 -> Damaged.mayPass(base.copy().edit("[Content_Types].xml", xml -> xml.replaceFirst(override, "")).bytes());
            case 2 -> Damaged.mayPass(base.copy().edit("[Content_Types].xml", xml -> xml.replaceFirst("<Default [^>]*/>",
                    "<Default Extension=\"xml\" ContentType=\"" + xmlText(type) + "\"/>")).bytes());
            default -> {
                XlsxParts missing = base.copy();
                missing.parts().remove("[Content_Types].xml");
                yield Damaged.refused(missing.bytes());
            }
        };
    }

    private static String declaration(String type, String part) {
        return java.util.regex.Matcher.quoteReplacement("<Override ContentType=\"" + xmlText(type) + "\" PartName=\"/" + part
                + "\"/>");
    }

    private Damaged bomb(Random r) {
        int megabytes = 20 + r.nextInt(40);
        return switch (r.nextInt(3)) {
            case 0 -> Damaged.refused(base.copy().padBefore(valuesPart, "</sheetData>", megabytes << 20).bytes());
            case 1 -> Damaged.refused(base.copy().padBefore("xl/sharedStrings.xml", "</sst>", megabytes << 20).bytes());
            default -> {
                XlsxParts many = base.copy();
                for (int i = 0; i < 1_000 + r.nextInt(500); i++) {
                    many.put("xl/extra/part" + i + ".xml", new byte[] {'<', 'x', '/', '>'});
                }
                yield Damaged.refused(many.bytes());
            }
        };
    }

    private Damaged formula(Random r) {
        String formula = List.of("1000*4", "SUM(G8:G17)", "HYPERLINK(\"http://127.0.0.1/\",\"x\")", "cmd|' /C calc'!A0",
                "[1]Sheet1!A1", "WEBSERVICE(\"http://127.0.0.1/\")", "INDIRECT(\"A1\")").get(r.nextInt(7));
        String escaped = xmlText(formula);
        return switch (r.nextInt(3)) {
            case 0 -> edit(valuesPart, xml -> cell(xml, REVENUE_CELL, "<c r=\"H9\"><f>" + escaped + "</f><v>4200</v></c>"));
            case 1 -> edit(staffPart, xml -> cell(xml, JOINED_CELL, "<c r=\"D2\"><f>" + escaped + "</f><v>45663</v></c>"));
            default -> edit(staffPart, xml -> cell(xml, "A2", "<c r=\"A2\" t=\"str\"><f>" + escaped + "</f><v>李明</v></c>"));
        };
    }

    private Damaged hugeText(Random r) {
        int beyond = SheetStreamer.MAX_CELL_CHARS + 1 + r.nextInt(100_000);
        return switch (r.nextInt(4)) {
            case 0 -> edit(valuesPart, xml -> cell(xml, "D9", text("D9", Fuzz.incompressible(r, beyond))));
            case 1 -> edit("xl/sharedStrings.xml", xml -> xml.replaceFirst("<t>", "<t>" + Fuzz.incompressible(r, beyond)));
            // within a cell's limit, in a cell the import reads
            case 2 -> edit(staffPart, xml -> cell(xml, "A2", text("A2", Fuzz.incompressible(r, 200 + r.nextInt(30_000)))));
            default -> edit(valuesPart, xml -> cell(xml, REVENUE_CELL, text(REVENUE_CELL, Fuzz.incompressible(r, 1 + r.nextInt(30_000)))));
        };
    }

    private Damaged date(Random r) {
        Object date = Fuzz.badDate(r);
        String cell = date instanceof Double serial ? number(JOINED_CELL, String.valueOf(serial)) : text(JOINED_CELL, (String) date);
        return edit(staffPart, xml -> cell(xml, JOINED_CELL, cell));
    }

    private Damaged wrongSheets(Random r) {
        String[] fields = {"template.version", "park.code", "enterprise.uscc", "period.code", "sheet.values", "sheet.patents",
            "sheet.staff", "sheet.standards", "seal", "generated.at"};
        String field = fields[r.nextInt(fields.length)];
        String value = List.of("新增专利", "研发人员变动", "_meta", "不存在", "*", "2024Q1", "1.0", "", "TESTWH",
                Fuzz.incompressible(r, 1 + r.nextInt(5000)), "00000000000000000000000000000000").get(r.nextInt(11));
        return switch (r.nextInt(6)) {
            case 0 -> Damaged.refused(withMeta(field, value));
            case 1 -> edit(metaPart, xml -> xml.replaceFirst("(<row r=\"1\"[^>]*>)",
                    "$1<c r=\"C1\" t=\"inlineStr\"><is><t>x</t></is></c>").replace("</sheetData>",
                    "<row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>" + xmlText(field) + "</t></is></c>"
                            + "<c r=\"B99\" t=\"inlineStr\"><is><t>" + xmlText(value) + "</t></is></c></row></sheetData>"));
            case 2 -> edit("xl/workbook.xml", xml -> xml.replaceFirst("name=\"" + List.of("填报", "_meta", "研发人员变动")
                    .get(r.nextInt(3)) + "\"", "name=\"" + xmlText(value.isEmpty() ? "x" : value) + "\""));
            case 3 -> edit("xl/workbook.xml", xml -> xml.replaceFirst("<sheet [^>]*name=\"填报\"[^>]*/>", ""));
            case 4 -> {
                XlsxParts swapped = base.copy();
                byte[] values = swapped.parts().get(valuesPart);
                swapped.put(valuesPart, swapped.parts().get(staffPart)).put(staffPart, values);
                yield Damaged.refused(swapped.bytes());
            }
            default -> {
                XlsxParts missing = base.copy();
                missing.parts().remove(List.of(valuesPart, metaPart, "xl/sharedStrings.xml", "xl/workbook.xml")
                        .get(r.nextInt(4)));
                yield Damaged.refused(missing.bytes());
            }
        };
    }

    private Damaged rowsAndCells(Random r) {
        String number = List.of("0", "-1", "-2147483648", "2147483648", "1048577", "99999999999", "abc", "", "1.5", "8")
                .get(r.nextInt(10));
        String address = List.of("A0", "ZZZZ9", "H", "9H", "XFE9", "", "h9", "H10", "H8").get(r.nextInt(9));
        String part = List.of(valuesPart, staffPart, metaPart).get(r.nextInt(3));
        return r.nextBoolean()
                ? edit(part, xml -> xml.replaceFirst("<row r=\"2\"", "<row r=\"" + number + "\""))
                : edit(valuesPart, xml -> xml.replaceFirst("<c r=\"H9\"", "<c r=\"" + address + "\""));
    }

    private Damaged brokenXml(Random r) {
        String part = List.of(valuesPart, staffPart, metaPart, "xl/sharedStrings.xml").get(r.nextInt(4));
        String[] cuts = {"</row>", "</c>", "</sheetData>", "</v>", "<row ", "</si>", "</t>"};
        String cut = cuts[r.nextInt(cuts.length)];
        return edit(part, xml -> xml.contains(cut) ? xml.replaceFirst(java.util.regex.Pattern.quote(cut), "")
                : xml.replaceFirst(">", ">>").replaceFirst("<", "<<"));
    }

    private Damaged edit(String part, java.util.function.UnaryOperator<String> edit) {
        return Damaged.refused(base.copy().edit(part, edit).bytes());
    }

    /** The sheet XML with the cell at {@code ref} (which the base has) replaced by {@code replacement}. */
    private static String cell(String xml, String ref, String replacement) {
        return xml.replaceFirst("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)", java.util.regex.Matcher.quoteReplacement(replacement));
    }

    /** The base with one field of the hidden sheet set to another value, as POI writes it. */
    private byte[] withMeta(String field, String value) {
        try {
            Path file = Files.write(folder.resolve("meta-edit.xlsx"), base.bytes());
            CollectionFixture.edit(file, workbook -> CollectionFixture.meta(workbook, field, value));
            byte[] bytes = XlsxParts.read(file).bytes();
            Files.delete(file);
            return bytes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String number(String ref, String raw) {
        return "<c r=\"" + ref + "\" t=\"n\"><v>" + xmlText(raw) + "</v></c>";
    }

    private static String text(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xmlText(text) + "</t></is></c>";
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
