package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.testing.NamedPipes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogFileTest {

    private static final java.util.regex.Pattern HAN = java.util.regex.Pattern.compile("\\p{IsHan}");

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void theShippedCatalogParsesWithEveryTargetOfThePlan() {
        CatalogFile catalog = CatalogFile.read(CatalogSource.resource(CatalogFile.SHIPPED.get(0)));

        assertThat(catalog.plan().code()).isEqualTo("SD311");
        assertThat(catalog.plan().document()).isEqualTo("鲁环发〔2023〕22号");
        assertThat(catalog.plan().end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(catalog.provinceName()).isEqualTo("山东省");
        assertThat(catalog.clusters()).extracting(c -> c.code()).containsExactly("JN", "QD", "ZB");
        assertThat(catalog.parks()).hasSize(10);
        assertThat(catalog.indicators()).hasSize(24);
        assertThat(catalog.targets()).hasSize(106);
        assertThat(catalog.targets()).extracting(Target::code).doesNotHaveDuplicates();
    }

    @Test
    void theShippedCatalogKeepsTheManualIndicatorsUnitOpen() {
        CatalogFile catalog = CatalogFile.read(CatalogSource.resource(CatalogFile.SHIPPED.get(0)));

        Indicator manual = catalog.indicators().stream().filter(i -> i.code().equals("MANUAL")).findFirst().orElseThrow();
        assertThat(manual.unit()).isEmpty();
        assertThat(manual.unitFollowsTarget()).isTrue();
        Indicator revenue = catalog.indicators().stream().filter(i -> i.code().equals("MAIN_REVENUE_YEAR_SUM"))
                .findFirst().orElseThrow();
        assertThat(revenue.unit()).isEqualTo("万元");
        assertThat(revenue.params()).isEqualTo("{\"metric\":\"MAIN_REVENUE\"}");
    }

    @Test
    void everyEntryOfTheShippedCatalogHasAnEnglishTitleInEnglishWords() {
        CatalogFile catalog = CatalogFile.read(CatalogSource.resource(CatalogFile.SHIPPED.get(0)));
        java.util.function.Predicate<String> english = text -> text != null && !text.isBlank()
                && HAN.matcher(text).results().findAny().isEmpty();

        assertThat(catalog.plan().nameEn()).matches(english).startsWith("Shandong Province “311” Project");
        assertThat(catalog.plan().shortNameEn()).isEqualTo("311 Project");
        assertThat(catalog.provinceNameEn()).isEqualTo("Shandong Province");
        assertThat(catalog.clusters()).allSatisfy(c -> assertThat(c.nameEn()).as(c.code()).matches(english));
        assertThat(catalog.parks()).allSatisfy(p -> {
            assertThat(p.nameEn()).as(p.code()).matches(english);
            assertThat(p.shortNameEn()).as(p.code()).matches(english);
        });
        assertThat(catalog.indicators()).allSatisfy(i -> assertThat(i.nameEn()).as(i.code()).matches(english));
        assertThat(catalog.targets()).allSatisfy(t -> assertThat(t.titleEn()).as(t.code()).matches(english));
        Target revenue = catalog.targets().stream().filter(t -> t.code().equals("ZZSZ-T02")).findFirst().orElseThrow();
        assertThat(revenue.titleIn(java.util.Locale.ENGLISH)).isEqualTo("Main business revenue");
        assertThat(revenue.titleIn(I18n.CHINESE)).isEqualTo("主营业务收入");
    }

    @Test
    void aCatalogWithoutEnglishTitlesStillLoadsAndShowsItsChineseInEnglishToo() {
        CatalogFile catalog = CatalogFile.read(CatalogSource.resource("/catalog/valid-minimal.json"));

        Target revenue = catalog.targets().get(0);
        assertThat(revenue.titleEn()).isNull();
        assertThat(revenue.titleIn(java.util.Locale.ENGLISH)).isEqualTo(revenue.title());
        assertThat(catalog.plan().nameIn(java.util.Locale.ENGLISH)).isEqualTo(catalog.plan().name());
        assertThat(catalog.parks()).allSatisfy(p -> assertThat(p.nameIn(java.util.Locale.ENGLISH)).isEqualTo(p.name()));
        assertThat(catalog.indicators()).allSatisfy(i -> assertThat(i.nameEn()).isNull());
    }

    @Test
    void anEnglishTitleLongerThanTheLedgerHoldsIsRefusedNamingTheEntry(@TempDir Path folder) throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(CatalogFileTest.class.getResourceAsStream("/catalog/valid-minimal.json"));
        var target = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("targets").get(0);
        target.put("titleEn", "x".repeat(201));
        Path file = Files.writeString(folder.resolve("long.json"), tree.toString());

        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(CatalogSource.file(file)));

        assertThat(refused.problems()).containsExactly("目录条目 " + target.get("code").asText()
                + "：字段“titleEn”超过 200 个字符");
    }

    @Test
    void aTargetIsReadAsThePlanWritesIt() {
        CatalogFile catalog = CatalogFile.read(CatalogSource.resource("/catalog/valid-minimal.json"));

        Target revenue = catalog.targets().get(0);
        assertThat(revenue.scope()).isEqualTo(TargetScope.PARK);
        assertThat(revenue.kind()).isEqualTo(TargetKind.FLOW);
        assertThat(revenue.comparator()).isEqualTo(Comparator.AT_LEAST);
        assertThat(revenue.value()).isEqualByComparingTo(new BigDecimal("60"));
        assertThat(revenue.unit()).isEqualTo(Unit.YI_YUAN);
        assertThat(revenue.shipped()).isTrue();
        assertThat(revenue.hidden()).isFalse();
    }

    @Test
    void theHeaderIsReadWithoutTheWholeFile() {
        CatalogFile.Header header = CatalogFile.readHeader(CatalogSource.resource(CatalogFile.SHIPPED.get(0)));

        assertThat(header).isEqualTo(new CatalogFile.Header("SD311", 2));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("unknown-unit.json", "目录条目 ZZSZ-T03：未知单位“万件”"),
                Arguments.of("missing-field.json", "目录条目 ZZSZ-T02：缺少字段“deadline”"),
                Arguments.of("duplicate-code.json", "目录条目 ZZSZ-T02：代码“ZZSZ-T02”重复"),
                Arguments.of("unknown-field.json", "目录条目 ZZSZ-T03：未知字段“colour”"),
                Arguments.of("unknown-references.json", "目录条目 ZZSZ-T03：范围 PARK 中没有代码“XXXX”"),
                Arguments.of("unknown-references.json", "目录条目 ZZSZ-T02：未知指标“NO_SUCH”"),
                Arguments.of("bad-date.json", "目录条目 ZZSZ-T02：字段“deadline”的值“2025-13-31”无效"),
                Arguments.of("unknown-kind-comparator.json", "目录条目 ZZSZ-T02：未知目标类型“YEARLY”"),
                Arguments.of("unknown-kind-comparator.json", "目录条目 ZZSZ-T02：未知比较符“=>”"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadCatalogIsRefusedNamingTheEntry(String file, String expectedProblem) {
        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(CatalogSource.resource("/catalog/" + file)));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).contains(expectedProblem);
        assertThat(refused.getMessage()).startsWith("计划目录 /catalog/" + file + " 有错误").contains(expectedProblem);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(CatalogSource.resource("/catalog/unknown-references.json")));

        assertThat(refused.problems()).hasSize(2);
    }

    @Test
    void problemsAreTranslatedToEnglishToo() {
        I18n.setLocale(java.util.Locale.ENGLISH);
        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(CatalogSource.resource("/catalog/unknown-unit.json")));

        assertThat(refused.problems()).containsExactly("Catalog entry ZZSZ-T03: unknown unit \"万件\"");
    }

    @Test
    void aFolderOrANamedPipeIsRefusedInWordsWithoutBeingRead(@TempDir Path folder) throws Exception {
        Path directory = Files.createDirectory(folder.resolve("计划.json"));
        Path pipe = folder.resolve("管道.json");

        assertThat(catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.readHeader(CatalogSource.file(directory))).problems())
                .containsExactly("计划目录“计划.json”不是普通文件（可能是文件夹、管道或设备），未读取。");
        assumeTrue(NamedPipes.mkfifo(pipe), "mkfifo is not available here");
        CatalogException refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(CatalogException.class, () -> CatalogFile.read(CatalogSource.file(pipe))));
        assertThat(refused.problems()).containsExactly("计划目录“管道.json”不是普通文件（可能是文件夹、管道或设备），未读取。");
    }

    @Test
    void aNumberWhoseExponentOverflowsIsRefusedInWords() {
        byte[] json = "{\"code\": \"X\", \"catalogVersion\": 1, \"targets\": [{\"value\": 1e2147483648}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(new CatalogSource("x.json", () -> new java.io.ByteArrayInputStream(json))));

        assertThat(refused.problems()).containsExactly("文件不是有效的计划目录：有超出范围的数字（指数过大）");
    }

    @Test
    void aCatalogNestedBeyondTheParsersLimitIsRefusedInTheProgramsWords() {
        byte[] json = ("{\"code\": \"X\", \"catalogVersion\": 1, \"indicators\": [{\"params\": " + "[".repeat(5_000)
                + "]".repeat(5_000) + "}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        CatalogException refused = catchThrowableOfType(CatalogException.class,
                () -> CatalogFile.read(new CatalogSource("x.json", () -> new java.io.ByteArrayInputStream(json))));

        assertThat(refused.problems()).singleElement().asString().startsWith("文件不是有效的计划目录：超出程序读取 JSON 的限度");
    }
}
