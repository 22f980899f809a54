package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped 311 catalog, loaded into a fresh ledger, against the plan text. */
class CatalogServiceTest {

    private static final int SHIPPED_VERSION = 2;

    @TempDir
    Path folder;

    private Database database;
    private UnitOfWork unitOfWork;
    private CatalogService catalog;
    private TargetService targets;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = Database.inMemory("catalog-" + System.nanoTime());
        unitOfWork = new UnitOfWork(database);
        catalog = new CatalogService(unitOfWork);
        targets = new TargetService(unitOfWork);
    }

    @AfterEach
    void close() {
        I18n.setLocale(I18n.CHINESE);
        database.close();
    }

    @Test
    void theFirstStartLoadsTheCatalogAndLaterStartsLeaveIt() {
        assertThat(catalog.installOrUpgrade()).containsExactly(CatalogService.Outcome.INSTALLED);
        assertThat(catalog.installOrUpgrade()).containsExactly(CatalogService.Outcome.UNCHANGED);

        assertThat(targets.list(TargetFilter.all())).hasSize(106);
        assertThat(targets.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.code()).isEqualTo("SD311");
            assertThat(plan.catalogVersion()).isEqualTo(SHIPPED_VERSION);
            assertThat(plan.shipped()).isTrue();
        });
        assertThat(targets.indicators()).hasSize(24);
    }

    @Test
    void servicesLoadTheCatalogWhenTheyOpenALedger() {
        try (Services services = new Services(Database.inMemory("catalog-services-" + System.nanoTime()))) {
            assertThat(services.targets().list(TargetFilter.all())).hasSize(106);
            assertThat(services.parks().parks()).hasSize(10);
        }
    }

    @Test
    void parksAndClustersCarryTheirCodesNamesPlacesAndMembership() {
        catalog.installOrUpgrade();
        List<Park> parks = unitOfWork.read().parks().findAll();

        assertThat(parks).extracting(Park::code).containsExactly("QDSH", "ZZSZ", "YTLS", "WFAQ", "JNLS", "TAFC",
                "RZJX", "DZTQ", "LCCP", "BZHM");
        Park qingdao = parks.get(0);
        assertThat(qingdao.name()).isEqualTo("青岛上合生态环保产业特色园区");
        assertThat(qingdao.city()).isEqualTo("青岛市");
        assertThat(qingdao.district()).isEqualTo("胶州市");
        assertThat(qingdao.clusterCode()).isEqualTo("QD");
        assertThat(parks).filteredOn(p -> p.clusterCode() != null).hasSize(1);
        assertThat(unitOfWork.read().parks().findClusters()).extracting(c -> c.code() + " " + c.city())
                .containsExactly("JN 济南市", "QD 青岛市", "ZB 淄博市");
        assertThat(targets.scopeName(TargetScope.PROVINCE, "SD")).isEqualTo("山东省");
    }

    /** Counted by hand from the plan text, clause 一 to 六 (see the catalog's notes for each reading). */
    @ParameterizedTest(name = "{0} has {1} targets")
    @CsvSource({"QDSH,5", "ZZSZ,7", "YTLS,5", "WFAQ,4", "JNLS,4", "TAFC,2", "RZJX,4", "DZTQ,4", "LCCP,3", "BZHM,5",
            "SD,50", "JN,6", "QD,4", "ZB,3"})
    void theNumberOfTargetsPerScopeMatchesThePlan(String scopeCode, int expected) {
        catalog.installOrUpgrade();

        assertThat(targets.list(TargetFilter.all().withScope(null, scopeCode))).hasSize(expected);
    }

    @Test
    void aParksListHoldsOnlyItsOwnTargets() {
        catalog.installOrUpgrade();

        assertThat(targets.forPark("ZZSZ")).hasSize(7).allSatisfy(t -> {
            assertThat(t.scope()).isEqualTo(TargetScope.PARK);
            assertThat(t.scopeCode()).isEqualTo("ZZSZ");
        });
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                // 三、(一)2 "2025 年年底前，建成 5 个以上……实验室、工程（技术）研究中心和企业技术中心，3 家以上“专精特新”企业"
                Arguments.of("QDSH-T03", "5", Unit.PIECES, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("QDSH-T04", "3", Unit.ENTERPRISES, "2025-12-31", Comparator.AT_LEAST),
                // 三、(二)2 "到 2025 年，……生产能力达到 100 万吨，实现主营业务收入 60 亿元"
                Arguments.of("ZZSZ-T01", "100", Unit.WAN_TONNE, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("ZZSZ-T02", "60", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                // 三、(二)3 "专职研发人员总数量达到 200 人，获得授权专利 180 项以上"
                Arguments.of("ZZSZ-T05", "200", Unit.PERSONS, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("ZZSZ-T06", "180", Unit.ITEMS, "2025-12-31", Comparator.AT_LEAST),
                // 三、(三)2/3 "产业增加值突破 100 亿元"; "2024 年年底，完成一期工程"
                Arguments.of("YTLS-T03", "100", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("YTLS-T04", "1", Unit.ITEMS, "2024-12-31", Comparator.EQUAL),
                // 三、(四)2/3 "园区产值达到 130 亿元"; "2023 年年底，建成生态环保产业联盟平台"
                Arguments.of("WFAQ-T02", "130", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("WFAQ-T04", "1", Unit.ITEMS, "2023-12-31", Comparator.EQUAL),
                // 三、(五)2 "力争实现园区产值过 10 亿元"
                Arguments.of("JNLS-T03", "10", Unit.YI_YUAN, "2025-12-31", Comparator.GREATER),
                // 三、(六)2 "园区生态环保产业年营业收入达 30 亿元以上"
                Arguments.of("TAFC-T01", "30", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                // 三、(七)2 "年产环保成套装备15000套以上"
                Arguments.of("RZJX-T02", "15000", Unit.SETS, "2025-12-31", Comparator.AT_LEAST),
                // 三、(八)2/3 "规上企业总产值突破 200 亿元"; "2023 年年底前，完成……4 个项目建设"
                Arguments.of("DZTQ-T02", "200", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("DZTQ-T01", "4", Unit.PIECES, "2023-12-31", Comparator.AT_LEAST),
                // 三、(九)2 "工业固废年综合利用能力达 600 万吨以上，园区总产值达到 19 亿元"
                Arguments.of("LCCP-T01", "600", Unit.WAN_TONNE, "2025-12-31", Comparator.AT_LEAST),
                Arguments.of("LCCP-T02", "19", Unit.YI_YUAN, "2025-12-31", Comparator.AT_LEAST),
                // 三、(十)2 "主营业务收入达到 200 亿元左右，年综合利用废旧塑料等固体废物 150 万吨"
                Arguments.of("BZHM-T02", "200", Unit.YI_YUAN, "2025-12-31", Comparator.ABOUT),
                Arguments.of("BZHM-T03", "150", Unit.WAN_TONNE, "2025-12-31", Comparator.AT_LEAST),
                // 二、(二)2 "气候投融资合计金额力争达到1000亿元"; 五、(一)1 "新增污水处理能力200万吨/日以上"
                Arguments.of("QD-T03", "1000", Unit.YI_YUAN, "2025-12-31", Comparator.ABOUT),
                Arguments.of("SD-T17", "200", Unit.WAN_TONNE_PER_DAY, "2025-12-31", Comparator.AT_LEAST),
                // 六、(一) "2024年3月底前，各市要按照本行动计划制定具体工作方案"
                Arguments.of("SD-T49", "1", Unit.ITEMS, "2024-03-31", Comparator.EQUAL));
    }

    @ParameterizedTest(name = "{0}: {4} {1} {2} by {3}")
    @MethodSource("samples")
    void sampleTargetsMatchThePlanText(String code, String value, Unit unit, String deadline, Comparator comparator) {
        catalog.installOrUpgrade();

        Target target = targets.find("SD311", code).orElseThrow();
        assertThat(target.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(target.unit()).isEqualTo(unit);
        assertThat(target.deadline()).isEqualTo(LocalDate.parse(deadline));
        assertThat(target.comparator()).isEqualTo(comparator);
        assertThat(target.sentence()).isNotBlank();
    }

    @Test
    void theTypoInTheBinzhouDeadlineCarriesAVisibleNoteAndAReading() {
        catalog.installOrUpgrade();

        List<Target> huimin = targets.forPark("BZHM").stream().filter(t -> t.sentence().startsWith("202 年")).toList();
        assertThat(huimin).hasSize(2).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo(TargetKind.MILESTONE);
            assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(t.hasNote()).isTrue();
            assertThat(t.note()).contains("笔误").contains("2025年12月31日");
        });
    }

    @Test
    void everyKindOfTargetIsInTheCatalog() {
        catalog.installOrUpgrade();

        Map<TargetKind, Long> kinds = targets.list(TargetFilter.all()).stream()
                .collect(Collectors.groupingBy(Target::kind, Collectors.counting()));
        assertThat(kinds).containsOnlyKeys(TargetKind.values());
        assertThat(kinds.get(TargetKind.MILESTONE)).isEqualTo(31);
    }

    @Test
    void aNewerCatalogUpdatesShippedTargetsAndKeepsWhatUsersOwn() throws Exception {
        catalog.installOrUpgrade();
        Target revenue = targets.find("SD311", "ZZSZ-T02").orElseThrow();
        Target patents = targets.find("SD311", "ZZSZ-T06").orElseThrow();
        targets.saveUserFields(revenue.id(), new BigDecimal("41.5"), LocalDate.of(2022, 12, 31), false, "2022 年统计年报");
        targets.setHidden(patents.id(), true);
        targets.createPark(new Park(0, "WHHC", "威海环翠生态环保产业园区", "威海环翠", "威海市", "环翠区", null, null, false));
        Target custom = targets.addTarget(new Target(0, "SD311", "WHHC-T01", TargetScope.PARK, "WHHC", "威环发〔2023〕101号",
                "到2025年，园区主营业务收入达到20亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                new BigDecimal("20"), Unit.YI_YUAN, LocalDate.of(2025, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null, null,
                false, false, null));

        Path v2 = writeNextVersion(Map.of("ZZSZ-T02", 65));
        assertThat(catalog.installOrUpgrade(CatalogSource.file(v2))).isEqualTo(CatalogService.Outcome.UPGRADED);

        Target upgraded = targets.find("SD311", "ZZSZ-T02").orElseThrow();
        assertThat(upgraded.value()).isEqualByComparingTo("65");
        assertThat(upgraded.baselineValue()).isEqualByComparingTo("41.5");
        assertThat(upgraded.baselineDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(upgraded.userNote()).isEqualTo("2022 年统计年报");
        assertThat(upgraded.id()).isEqualTo(revenue.id());
        assertThat(targets.find(patents.id()).orElseThrow().hidden()).isTrue();
        assertThat(targets.find(custom.id())).get().satisfies(t -> {
            assertThat(t.shipped()).isFalse();
            assertThat(t.value()).isEqualByComparingTo("20");
        });
        assertThat(unitOfWork.read().parks().findByCode("WHHC")).get().extracting(Park::shipped).isEqualTo(false);
        assertThat(targets.plans().get(0).catalogVersion()).isEqualTo(SHIPPED_VERSION + 1);
        assertThat(targets.list(TargetFilter.all().withHidden(true))).hasSize(107);
        assertThat(catalog.installOrUpgrade(CatalogSource.file(v2))).isEqualTo(CatalogService.Outcome.UNCHANGED);
    }

    @Test
    void aRefusedUpgradeLeavesTheInstalledCatalogAsItWas() throws Exception {
        catalog.installOrUpgrade();
        ObjectNode broken = shippedTree();
        broken.put("catalogVersion", SHIPPED_VERSION + 1);
        ((ObjectNode) broken.get("targets").get(5)).put("unit", "万件");
        Path file = folder.resolve("broken.json");
        new ObjectMapper().writeValue(file.toFile(), broken);

        CatalogException refused = org.assertj.core.api.Assertions.catchThrowableOfType(CatalogException.class,
                () -> catalog.installOrUpgrade(CatalogSource.file(file)));

        assertThat(refused.problems()).containsExactly("目录条目 " + broken.get("targets").get(5).get("code").asText()
                + "：未知单位“万件”");
        assertThat(targets.plans().get(0).catalogVersion()).isEqualTo(SHIPPED_VERSION);
    }

    @Test
    void aLedgerOfTheCatalogBeforeEnglishTitlesGetsThemFromTheShippedOneAndKeepsWhatItsUserSet() throws Exception {
        ObjectNode first = shippedTree();
        first.put("catalogVersion", 1);
        stripEnglish(first);
        Path file = folder.resolve("sd-311-v1.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(first));
        assertThat(catalog.installOrUpgrade(CatalogSource.file(file))).isEqualTo(CatalogService.Outcome.INSTALLED);
        Target revenue = targets.find("SD311", "ZZSZ-T02").orElseThrow();
        assertThat(revenue.titleEn()).isNull();
        assertThat(revenue.titleIn(Locale.ENGLISH)).as("no English title: the Chinese one").isEqualTo("主营业务收入");
        targets.saveUserFields(revenue.id(), new BigDecimal("41.5"), LocalDate.of(2022, 12, 31), false, "年报");

        assertThat(catalog.installOrUpgrade()).containsExactly(CatalogService.Outcome.UPGRADED);

        Target upgraded = targets.find("SD311", "ZZSZ-T02").orElseThrow();
        assertThat(upgraded.titleIn(Locale.ENGLISH)).isEqualTo("Main business revenue");
        assertThat(upgraded.titleIn(I18n.CHINESE)).isEqualTo("主营业务收入");
        assertThat(upgraded.baselineValue()).isEqualByComparingTo("41.5");
        assertThat(upgraded.userNote()).isEqualTo("年报");
        assertThat(targets.list(TargetFilter.all().withHidden(true))).allSatisfy(t ->
                assertThat(t.titleEn()).as(t.code()).isNotBlank());
        assertThat(unitOfWork.read().parks().findByCode("ZZSZ")).get().satisfies(park -> {
            assertThat(park.nameIn(Locale.ENGLISH)).isEqualTo("Zaozhuang Shizhong Eco-Environmental Protection Industry Featured Park");
            assertThat(park.shortNameIn(Locale.ENGLISH)).isEqualTo("Zaozhuang Shizhong");
        });
        assertThat(unitOfWork.read().parks().findClusters()).extracting(c -> c.nameIn(Locale.ENGLISH))
                .containsExactly("Jinan eco-environmental protection industry cluster",
                        "Qingdao eco-environmental protection industry cluster",
                        "Zibo eco-environmental protection industry cluster");
        assertThat(targets.indicators()).allSatisfy(i -> assertThat(i.nameEn()).as(i.code()).isNotBlank());
        assertThat(targets.plans().get(0).shortNameIn(Locale.ENGLISH)).isEqualTo("311 Project");
        I18n.setLocale(Locale.ENGLISH);
        assertThat(targets.scopeName(TargetScope.PROVINCE, "SD")).isEqualTo("Shandong Province");
        assertThat(targets.scopeName(TargetScope.PARK, "ZZSZ")).startsWith("Zaozhuang Shizhong");
    }

    /** The catalog as it was before English titles: no nameEn, shortNameEn or titleEn anywhere. */
    private static void stripEnglish(ObjectNode tree) {
        tree.remove(List.of("nameEn", "shortNameEn"));
        ((ObjectNode) tree.get("province")).remove("nameEn");
        for (String section : List.of("clusters", "parks", "indicators", "targets")) {
            tree.get(section).forEach(entry -> ((ObjectNode) entry).remove(List.of("nameEn", "shortNameEn", "titleEn")));
        }
    }

    private Path writeNextVersion(Map<String, Integer> values) throws Exception {
        ObjectNode tree = shippedTree();
        tree.put("catalogVersion", SHIPPED_VERSION + 1);
        tree.get("targets").forEach(target -> {
            Integer value = values.get(target.get("code").asText());
            if (value != null) {
                ((ObjectNode) target).put("value", value);
            }
        });
        Path file = folder.resolve("sd-311-v2.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(tree));
        return file;
    }

    private static ObjectNode shippedTree() throws Exception {
        try (InputStream in = CatalogServiceTest.class.getResourceAsStream(CatalogFile.SHIPPED.get(0))) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }
}
