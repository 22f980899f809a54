package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.testing.Fuzz;
import org.ecopark.ledger.testing.Fuzz.Kind;
import org.ecopark.ledger.testing.LogCapture;
import org.ecopark.ledger.testing.TableDigest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed plan catalogs, made from the shipped one under another plan code ({@link Fuzz}): damaged syntax,
 * truncations, values out of bounds, wrong types, missing, unknown and empty fields, another encoding, and
 * files too large or too deep. Each is refused by the catalog loader with its problems in plain words, at most
 * as many as the validator lists, the ledger's plans and targets unchanged, within the time bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzedCatalogsTest {

    private static final String[] TABLES = {"plan", "target", "park", "cluster", "indicator", "app_setting"};
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A string value replaced by raw JSON text once the tree is written: numbers no tree holds, duplicate keys. */
    private static final String RAW = "@raw@";
    private static final String[] TARGET_FIELDS = {"code", "scope", "scopeCode", "clause", "sentence", "title", "kind",
        "comparator", "value", "unit", "deadline", "indicator", "baseline", "note"};

    @TempDir
    static Path folder;

    private Database database;
    private CatalogService catalogs;
    private ObjectNode base;
    private LogCapture log;

    @BeforeAll
    void open() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("fuzz-catalogs-" + System.nanoTime());
        catalogs = new CatalogService(new UnitOfWork(database));
        catalogs.installOrUpgrade();
        try (InputStream in = getClass().getResourceAsStream(CatalogFile.SHIPPED.get(0))) {
            base = (ObjectNode) JSON.readTree(in);
        }
        base.put("code", "SD311F");
        // the base is a good catalog of a plan the ledger lacks: what refuses a fuzzed one is what was changed
        assertThat(CatalogFile.read(source(text(base).getBytes(StandardCharsets.UTF_8))).targets()).hasSize(106);
        log = LogCapture.start();
    }

    @AfterAll
    void close() {
        if (log != null) {
            log.close();
        }
        database.close();
    }

    List<Kind<byte[]>> kinds() {
        return List.of(
                new Kind<>("flipped syntax byte", 40, this::flippedSyntax),
                new Kind<>("truncated", 30, r -> Fuzz.truncate(utf8(text(base)), r)),
                new Kind<>("random bytes", 15, Fuzz::garbage),
                new Kind<>("target value out of bounds", 70, this::badTargetValue),
                new Kind<>("plan or entry value out of bounds", 30, this::badEntryValue),
                new Kind<>("wrong type", 20, this::wrongType),
                new Kind<>("missing, unknown, empty or twice", 25, this::missingOrUnknown),
                new Kind<>("bad header", 15, this::badHeader),
                new Kind<>("another encoding", 15, this::encoding),
                new Kind<>("huge or deep", 15, this::huge));
    }

    @Test
    void theCorpusHasAtLeastTwoHundredAndFiftyCatalogs() {
        assertThat(Fuzz.total(kinds())).isGreaterThanOrEqualTo(250);
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedCatalogIsRefusedInPlainWordsAndLoadsNothing() {
        return Fuzz.tests(kinds(), (kind, index, bytes) -> {
            Path file = Files.write(folder.resolve("plan-" + index + ".json"), bytes);
            String before = TableDigest.of(database.dsl(), TABLES);

            Fuzz.Judged<Throwable> judged = Fuzz.judge(log,
                    () -> catchThrowable(() -> catalogs.installOrUpgrade(CatalogSource.file(file))));

            assertThat(judged.outcome()).as("%s #%d", kind.name(), index).isInstanceOf(CatalogException.class);
            CatalogException refused = (CatalogException) judged.outcome();
            assertThat(refused.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(CatalogValidator.MAX_PROBLEMS + 1);
            refused.problems().forEach(Fuzz::assertPlainMessage);
            assertThat(refused.getMessage()).startsWith(I18n.tr("targets.catalog.refused", file.getFileName()));
            assertThat(TableDigest.of(database.dsl(), TABLES)).isEqualTo(before);
            Files.delete(file);
        });
    }

    /** One bit flipped in a character of the JSON syntax (a brace, bracket, quote, colon or comma). */
    private byte[] flippedSyntax(Random r) {
        byte[] bytes = utf8(text(base));
        List<Integer> syntax = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if ("{}[]:,\"".indexOf(bytes[i]) >= 0) {
                syntax.add(i);
            }
        }
        int at = syntax.get(r.nextInt(syntax.size()));
        bytes[at] ^= (byte) (1 << r.nextInt(8));
        return bytes;
    }

    private byte[] badTargetValue(Random r) {
        ObjectNode catalog = base.deepCopy();
        ArrayNode targets = (ArrayNode) catalog.get("targets");
        int index = r.nextInt(targets.size());
        ObjectNode target = (ObjectNode) targets.get(index);
        String field = TARGET_FIELDS[r.nextInt(TARGET_FIELDS.length)];
        String raw = switch (field) {
            case "value" -> Fuzz.pick(r, "-1", "1e999999999", "1E+2147483647", "1e-2147483648", "1e2147483648",
                    "12345678901234567", "0.00001", "\"abc\"", "null", "9".repeat(1001 + r.nextInt(5000)));
            case "deadline" -> Fuzz.pick(r, "\"275690-01-01\"", "\"+275690-01-01\"", "\"0000-01-01\"", "\"2025-02-30\"",
                    "\"2101-01-01\"", "\"1899-12-31\"", "\"明天\"", "20251231", "99999999999999", "null", "\"\"");
            case "baseline" -> Fuzz.pick(r, "{\"value\": 5}", "{\"value\": -3, \"date\": \"2024-01-01\"}",
                    "{\"value\": 1, \"date\": \"2030-01-01\"}", "{\"value\": 1, \"date\": \"1800-01-01\"}",
                    "{\"value\": 1e999999999, \"date\": \"2024-01-01\"}", "{\"date\": \"2024-01-01\"}");
            case "code" -> Fuzz.pick(r, json(targets.get((index + 1) % targets.size()).get("code").asText()), "\"lower-case\"",
                    "\"\"", json("A".repeat(33 + r.nextInt(100_000))), "null", "\"\\u0000\"", "\"\\ud800\"");
            case "unit" -> Fuzz.pick(r, "\"万件\"", "\"\"", json(Fuzz.incompressible(r, 1 + r.nextInt(100_000))), "null");
            case "kind" -> Fuzz.pick(r, "\"NONE\"", "\"stock\"", "\"\"", "null");
            case "comparator" -> Fuzz.pick(r, "\"=>\"", "\"≧\"", "\"\"", "null");
            case "scope" -> Fuzz.pick(r, "\"CITY\"", "\"park\"", "null");
            case "scopeCode" -> Fuzz.pick(r, "\"XXXX\"", "\"\"", "null", json("Z".repeat(100_000)));
            case "indicator" -> Fuzz.pick(r, "\"NO_SUCH\"", "\"\"", "null");
            case "clause" -> Fuzz.pick(r, json("x".repeat(33 + r.nextInt(1000))), "\"\"", "null");
            case "sentence" -> Fuzz.pick(r, json(Fuzz.incompressible(r, 2001 + r.nextInt(100_000))), "\"  \"", "null");
            case "title" -> json(Fuzz.incompressible(r, 101 + r.nextInt(10_000)));
            default -> json(Fuzz.incompressible(r, 1001 + r.nextInt(10_000))); // note
        };
        target.put(field, RAW);
        return utf8(text(catalog).replace(json(RAW), raw));
    }

    private byte[] badEntryValue(Random r) {
        ObjectNode catalog = base.deepCopy();
        String[][] choices = {
            {"", "start", "\"2026-01-01\"", "\"0000-01-01\"", "\"2025-02-30\"", "null"},
            {"", "end", "\"2022-12-31\"", "\"+275690-12-31\"", "null"},
            {"", "issuedOn", "\"+275690-01-01\"", "\"1899-12-31\""},
            {"", "name", "\"\"", json("计".repeat(201))},
            {"", "shortName", json("简".repeat(65))},
            {"", "document", json("文".repeat(101))},
            {"", "catalogVersion", "0", "-1"},
            {"", "province", "null", "{\"code\": \"sd\", \"name\": \"山东省\"}", "{\"code\": \"SD\"}"},
            {"clusters", "code", "\"jn\"", "\"QD\"", "null"},
            {"clusters", "city", json("城".repeat(33))},
            {"parks", "cluster", "\"NOPE\""},
            {"parks", "code", "\"JN\"", "\"zz\"", "null"},
            {"parks", "district", json("区".repeat(33))},
            {"indicators", "code", "\"bad code\"", "\"MANUAL\""},
            {"indicators", "unit", "\"万件\""},
            {"indicators", "params", "{\"metric\": " + json("m".repeat(3000)) + "}"},
            {"indicators", "description", json("述".repeat(1001))},
        };
        String[] choice = choices[r.nextInt(choices.length)];
        ObjectNode holder = catalog;
        if (!choice[0].isEmpty()) {
            ArrayNode entries = (ArrayNode) catalog.get(choice[0]);
            holder = (ObjectNode) entries.get(choice[0].equals("indicators") && choice[2].equals("\"MANUAL\"")
                    ? 0 : r.nextInt(entries.size()));
        }
        holder.put(choice[1], RAW);
        return utf8(text(catalog).replace(json(RAW), choice[2 + r.nextInt(choice.length - 2)]));
    }

    private byte[] wrongType(Random r) {
        ObjectNode catalog = base.deepCopy();
        String section = Fuzz.pick(r, "clusters", "parks", "indicators", "targets");
        ArrayNode entries = (ArrayNode) catalog.get(section);
        ObjectNode entry = (ObjectNode) entries.get(r.nextInt(entries.size()));
        List<String> fields = new ArrayList<>();
        entry.fieldNames().forEachRemaining(fields::add);
        fields.remove("params"); // any JSON is a parameter object's value
        String field = fields.get(r.nextInt(fields.size()));
        String raw = switch (r.nextInt(4)) {
            case 0 -> "[[1, 2]]";
            case 1 -> "{\"a\": {\"b\": 1}}";
            case 2 -> field.equals("value") ? "\"一百\"" : "[]";
            default -> null;
        };
        if (raw == null) {
            var nodes = JSON.getNodeFactory();
            catalog.set(section, Fuzz.pick(r, nodes.textNode("x"), nodes.objectNode(), nodes.booleanNode(true), nodes.numberNode(5)));
            return utf8(text(catalog));
        }
        entry.put(field, RAW);
        return utf8(text(catalog).replace(json(RAW), raw));
    }

    private byte[] missingOrUnknown(Random r) {
        ObjectNode catalog = base.deepCopy();
        ArrayNode targets = (ArrayNode) catalog.get("targets");
        ObjectNode target = (ObjectNode) targets.get(r.nextInt(targets.size()));
        switch (r.nextInt(6)) {
            case 0 -> target.remove(Fuzz.pick(r, "code", "scope", "scopeCode", "clause", "sentence", "kind", "comparator",
                    "value", "unit", "deadline", "indicator"));
            case 1 -> target.put(Fuzz.pick(r, "Code", "valeu", "deadLine", "extra", "__proto__"), "x");
            case 2 -> ((ArrayNode) catalog.get(Fuzz.pick(r, "clusters", "parks", "indicators", "targets")))
                    .insertNull(r.nextInt(3));
            case 3 -> catalog.remove(Fuzz.pick(r, "code", "name", "start", "end", "province", "clusters", "parks", "indicators",
                    "targets"));
            case 4 -> catalog.putNull(Fuzz.pick(r, "clusters", "parks", "indicators", "targets", "province"));
            default -> {
                // a key twice in one object: the reader refuses the file rather than keep either
                target.put("code", RAW);
                return utf8(text(catalog).replace(json(RAW), json(target.get("title").asText()) + ", \"code\": \"X1\""));
            }
        }
        return utf8(text(catalog));
    }

    private byte[] badHeader(Random r) {
        ObjectNode catalog = base.deepCopy();
        if (r.nextBoolean()) {
            catalog.put("code", RAW);
            return utf8(text(catalog).replace(json(RAW), Fuzz.pick(r, "\"\"", "\"sd311f\"", json("S".repeat(100_000)),
                    "null", "123", "[\"SD311F\"]", "{}")));
        }
        catalog.put("catalogVersion", RAW);
        return utf8(text(catalog).replace(json(RAW), Fuzz.pick(r, "0", "-1", "99999999999", "1e999999999", "\"x\"", "true",
                "null", "[]", "{}")));
    }

    private byte[] encoding(Random r) {
        String text = text(base);
        return switch (r.nextInt(3)) {
            // what a program saving in the Windows code page writes: not UTF-8
            case 0 -> text.getBytes(Charset.forName("GB18030"));
            case 1 -> {
                // a sentence whose first character starts with a continuation byte: no UTF-8 at all
                String before = text.substring(0, text.indexOf("\"sentence\" : \"") + "\"sentence\" : \"".length());
                byte[] bytes = utf8(text);
                bytes[utf8(before).length] = (byte) (0x80 | r.nextInt(0x40));
                yield bytes;
            }
            default -> {
                ObjectNode catalog = base.deepCopy();
                ((ObjectNode) ((ArrayNode) catalog.get("targets")).get(r.nextInt(106))).put("code", RAW);
                yield utf8(text(catalog).replace(json(RAW), Fuzz.pick(r, "\"\\ud800\"", "\"\\u0000\"", "\"T\\u0001\"",
                        "\"\\uFEFF\"")));
            }
        };
    }

    private byte[] huge(Random r) {
        ObjectNode catalog = base.deepCopy();
        switch (r.nextInt(5)) {
            case 0 -> {
                byte[] body = utf8(text(catalog));
                byte[] padded = new byte[(int) CatalogSource.MAX_FILE_BYTES + 1 + r.nextInt(1 << 20)];
                java.util.Arrays.fill(padded, (byte) ' ');
                System.arraycopy(body, 0, padded, 0, body.length);
                return padded;
            }
            case 1 -> {
                int depth = 2_000 + r.nextInt(100_000);
                ((ObjectNode) ((ArrayNode) catalog.get("indicators")).get(0)).put("params", RAW);
                return utf8(text(catalog).replace(json(RAW), "[".repeat(depth) + "]".repeat(depth)));
            }
            case 2 -> {
                ArrayNode targets = (ArrayNode) catalog.get("targets");
                ObjectNode bad = ((ObjectNode) targets.get(0)).deepCopy().put("unit", "万件");
                for (int i = 0; i < 2_000 + r.nextInt(3_000); i++) {
                    targets.add(bad.deepCopy().put("code", "X" + i));
                }
                return utf8(catalog.toString()); // without indentation: within the size limit
            }
            case 3 -> {
                ArrayNode parks = (ArrayNode) catalog.get("parks");
                for (int i = 0; i < 100_000 + r.nextInt(300_000); i++) {
                    parks.addNull();
                }
                return utf8(text(catalog).replaceAll("\\s+", ""));
            }
            default -> {
                ((ObjectNode) ((ArrayNode) catalog.get("targets")).get(0)).put("value", RAW);
                return utf8(text(catalog).replace(json(RAW), "9".repeat(1_000_000 + r.nextInt(1_000_000))));
            }
        }
    }

    private static CatalogSource source(byte[] bytes) {
        return new CatalogSource("base.json", () -> new ByteArrayInputStream(bytes));
    }

    private static String text(JsonNode tree) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        return text(JSON.getNodeFactory().textNode(text));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
