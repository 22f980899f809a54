package org.ecopark.ledger.logic.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan written by one ledger and imported into another: the plan, its parks, indicators and targets arrive as
 * written; a later version changes what the plan owns and keeps what the receiving park added; a changed, unsigned,
 * padded, older or clashing file is refused and the ledger left as it was.
 */
class PlanFileServiceTest {

    private static final String PLAN = "EX-ZZSZ-2026";

    @TempDir
    Path folder;

    private Services issuer;
    private Services park;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        issuer = new Services(Database.inMemory("plan-issuer-" + System.nanoTime()));
        park = new Services(Database.inMemory("plan-park-" + System.nanoTime()));
        issuer.targets().createPlan(new Plan(0, PLAN, "枣庄市中区生态环保产业园区行动计划（2026—2028年）（示例）", "示例计划",
                "示例〔2026〕1号", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0,
                false));
        issuer.targets().addTarget(target("ZZSZ-2028-T01", "80"));
        issuer.targets().addTarget(new Target(0, PLAN, "ZZSZ-2028-T02", TargetScope.PARK, "ZZSZ", "二、(一)2",
                "到2028年，园区授权专利累计达到300项。", "授权专利", TargetKind.STOCK, Comparator.AT_LEAST,
                new BigDecimal("300"), Unit.ITEMS, LocalDate.of(2028, 12, 31), "PATENTS_GRANTED", null, null, null,
                false, false, null));
    }

    @AfterEach
    void close() {
        issuer.close();
        park.close();
    }

    @Test
    void aPlanWrittenByOneLedgerArrivesWholeInAnother() throws IOException {
        Path file = folder.resolve("plan.zip");
        PlanFile.Signed written = issuer.planFiles().export(PLAN, null, file);
        assertThat(written.catalog().plan().catalogVersion()).as("a user's plan goes out at version 1").isEqualTo(1);

        PlanFileService.Preview preview = park.planFiles().preview(file, TrustedKeys.none());
        assertThat(preview.signerConfirmed()).isFalse();
        assertThat(preview.signature().fingerprint()).isEqualTo(issuer.signingKeys().key().fingerprint());
        assertThat(PlanChangesText.signer(preview)).contains("发送方未确认", issuer.signingKeys().key().fingerprint().text());
        assertThat(preview.changes().changes()).extracting(c -> c.section() + " " + c.code() + " " + c.kind())
                .containsExactly("PLAN EX-ZZSZ-2026 NEW", "TARGET ZZSZ-2028-T01 NEW", "TARGET ZZSZ-2028-T02 NEW");
        assertThat(preview.changes().unchanged()).as("the park and both indicators are already there")
                .isEqualTo(3);
        assertThat(park.targets().list(TargetFilter.all().withPlan(PLAN))).as("a preview writes nothing").isEmpty();

        park.planFiles().apply(preview);

        assertThat(park.targets().plans()).filteredOn(p -> p.code().equals(PLAN)).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("枣庄市中区生态环保产业园区行动计划（2026—2028年）（示例）");
            assertThat(p.end()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(p.catalogVersion()).isEqualTo(1);
        });
        assertThat(park.targets().list(TargetFilter.all().withPlan(PLAN)))
                .extracting(Target::code, Target::sentence, Target::value, Target::unit, Target::indicatorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ZZSZ-2028-T01", "到2028年，园区主营业务收入达到80亿元。",
                                new BigDecimal("80"), Unit.YI_YUAN, "MAIN_REVENUE_YEAR_SUM"),
                        org.assertj.core.groups.Tuple.tuple("ZZSZ-2028-T02", "到2028年，园区授权专利累计达到300项。",
                                new BigDecimal("300"), Unit.ITEMS, "PATENTS_GRANTED"));
        assertThat(park.planFiles().preview(file, TrustedKeys.none()).changes().writesSomething())
                .as("the same file again has nothing to do").isFalse();
    }

    @Test
    void theShippedPlanWrittenOutReadsBackAsTheShippedCatalog() throws IOException {
        Path file = folder.resolve("sd311.zip");
        PlanFile.Signed written = issuer.planFiles().export("SD311", null, file);

        CatalogFile shipped = CatalogFile.read(CatalogSource.resource(CatalogFile.SHIPPED.get(0)));
        assertThat(written.catalog().targets()).containsExactlyElementsOf(shipped.targets());
        assertThat(written.catalog().plan()).isEqualTo(shipped.plan());
        assertThat(written.catalog().targets()).extracting(Target::titleEn).doesNotContainNull();
        assertThat(written.catalog().plan().nameEn()).isEqualTo(shipped.plan().nameEn()).isNotBlank();
        assertThat(written.catalog().provinceNameEn()).isEqualTo("Shandong Province");
        assertThat(written.catalog().clusters()).containsExactlyInAnyOrderElementsOf(shipped.clusters());
        assertThat(written.catalog().parks()).containsExactlyInAnyOrderElementsOf(shipped.parks());
        assertThat(shipped.indicators()).containsAll(written.catalog().indicators());
        assertThat(written.catalog().indicators()).extracting(org.ecopark.ledger.model.Indicator::nameEn)
                .doesNotContainNull();
        PlanChanges changes = park.planFiles().preview(file, TrustedKeys.none()).changes();
        assertThat(changes.changes()).isEmpty();
        assertThat(changes.unchanged()).isEqualTo(1 + 3 + 10 + written.catalog().indicators().size() + 106);
    }

    @Test
    void aLaterVersionChangesWhatThePlanOwnsAndKeepsWhatTheParkAdded() throws IOException {
        Path first = folder.resolve("v1.zip");
        issuer.planFiles().export(PLAN, null, first);
        park.planFiles().apply(park.planFiles().preview(first, TrustedKeys.none()));
        Target received = park.targets().find(PLAN, "ZZSZ-2028-T01").orElseThrow();
        park.targets().saveUserFields(received.id(), new BigDecimal("55.23"), LocalDate.of(2025, 12, 31), true,
                "以统计局年报为准");
        Target own = park.targets().addTarget(new Target(0, PLAN, "ZZSZ-OWN-1", TargetScope.PARK, "ZZSZ", "园区补充",
                "园区自定：2028年研发人员达到300人。", "研发人员", TargetKind.STOCK, Comparator.AT_LEAST,
                new BigDecimal("300"), Unit.PERSONS, LocalDate.of(2028, 12, 31), "RD_STAFF_FULLTIME", null, null, null,
                false, false, null));

        Target revised = issuer.targets().find(PLAN, "ZZSZ-2028-T01").orElseThrow();
        issuer.targets().deleteTarget(revised.id());
        issuer.targets().addTarget(target("ZZSZ-2028-T01", "85"));
        Path second = folder.resolve("v2.zip");
        issuer.planFiles().export(PLAN, 2, second);

        PlanFileService.Preview preview = park.planFiles().preview(second, TrustedKeys.none());
        assertThat(PlanChangesText.lines(preview.changes())).containsExactly(
                "变更 计划 EX-ZZSZ-2026“枣庄市中区生态环保产业园区行动计划（2026—2028年）（示例）”：目录版本 1 → 2",
                "变更 目标 ZZSZ-2028-T01“主营业务收入”：计划原文 到2028年，园区主营业务收入达到80亿元。 → "
                        + "到2028年，园区主营业务收入达到85亿元。；目标值 80 → 85",
                "本台账中该计划的 1 个目标不在文件中，保持不动：ZZSZ-OWN-1");
        park.planFiles().apply(preview);

        Target after = park.targets().find(PLAN, "ZZSZ-2028-T01").orElseThrow();
        assertThat(after.id()).as("the same row: manual values and evidence stay attached").isEqualTo(received.id());
        assertThat(after.value()).isEqualByComparingTo("85");
        assertThat(after.baselineValue()).isEqualByComparingTo("55.23");
        assertThat(after.baselineDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(after.hidden()).isTrue();
        assertThat(after.userNote()).isEqualTo("以统计局年报为准");
        assertThat(park.targets().find(own.id())).get().extracting(Target::value, Target::shipped)
                .containsExactly(new BigDecimal("300"), false);

        assertThatThrownBy(() -> park.planFiles().preview(first, TrustedKeys.none()))
                .isInstanceOf(CatalogException.class)
                .extracting(e -> ((CatalogException) e).problems()).asList()
                .containsExactly("文件中计划“EX-ZZSZ-2026”的版本为 1，早于本台账中的版本 2；未导入。");
    }

    @Test
    void aRegisteredKeyConfirmsTheSender() throws IOException {
        Path file = folder.resolve("plan.zip");
        issuer.planFiles().export(PLAN, null, file);
        Path key = folder.resolve("issuer.json");
        PublicKeyFile.of(issuer.signingKeys().key(), "SD", "山东省生态环境厅（示例）").write(key);

        PlanFileService.Preview preview = park.planFiles().preview(file, TrustedKeys.of(key));

        assertThat(preview.signerConfirmed()).isTrue();
        assertThat(PlanChangesText.signer(preview)).isEqualTo("签名有效，由已登记的密钥签发（山东省生态环境厅（示例）），文件未被改动。");
    }

    @Test
    void aPlanTheParkCreatedItselfIsNeverOverwritten() throws IOException {
        Path file = folder.resolve("plan.zip");
        issuer.planFiles().export(PLAN, null, file);
        park.targets().createPlan(new Plan(0, PLAN, "园区自己的计划", null, null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), 0, false));

        assertThatThrownBy(() -> park.planFiles().preview(file, TrustedKeys.none()))
                .isInstanceOf(CatalogException.class)
                .extracting(e -> ((CatalogException) e).problems()).asList()
                .containsExactly("本台账中已有用户自建的计划“EX-ZZSZ-2026”，计划文件不会覆盖它。");
    }

    @Test
    void everyAlterationOfTheFileIsRefusedAndNothingWritten() throws IOException {
        Path file = folder.resolve("plan.zip");
        issuer.planFiles().export(PLAN, null, file);
        Map<String, byte[]> entries = entries(file);
        byte[] catalog = entries.get(PlanFile.CATALOG);

        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(PlanFile.CATALOG, new String(catalog, StandardCharsets.UTF_8).replace("\"value\" : 80", "\"value\" : 8")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(changed.get(PlanFile.CATALOG)).isNotEqualTo(catalog);
        assertRefused(zip("changed.zip", changed), "签名与计划内容不符：文件在签名后被改动过，或签名已损坏。");

        Map<String, byte[]> stripped = new LinkedHashMap<>(entries);
        stripped.remove(DetachedSignature.FILE_NAME);
        assertRefused(zip("stripped.zip", stripped), "计划文件没有签名，无法确认它来自发文单位，也无法确认未被改动。");

        Map<String, byte[]> resigned = new LinkedHashMap<>(changed);
        resigned.put(DetachedSignature.FILE_NAME, DetachedSignature.sign(park.signingKeys().key(), catalog).toJson());
        assertRefused(zip("resigned.zip", resigned), "签名与计划内容不符：文件在签名后被改动过，或签名已损坏。");

        Map<String, byte[]> padded = new LinkedHashMap<>(entries);
        padded.put("../../evil.sh", new byte[] {1});
        assertRefused(zip("padded.zip", padded), "文件中有不属于计划文件的内容“../../evil.sh”。");

        Path truncated = folder.resolve("truncated.zip");
        byte[] whole = Files.readAllBytes(file);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(truncated, "文件不是计划文件（不是完整的 zip 文件，可能下载或复制不完整）。");

        assertRefused(folder, "“" + folder + "”不是一个文件。");
        assertThat(park.targets().list(TargetFilter.all().withPlan(PLAN))).isEmpty();
        assertThat(park.targets().plans()).extracting(Plan::code).containsExactly("SD311");
    }

    @Test
    void aPlanThatIsNotThereOrHasNoTargetsIsNotWritten() {
        assertThatThrownBy(() -> issuer.planFiles().export("NOPE", null, folder.resolve("x.zip")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("台账中没有代码为“NOPE”的计划。");
        assertThatThrownBy(() -> issuer.planFiles().export("SD311", 0, folder.resolve("x.zip")))
                .isInstanceOf(CatalogException.class).hasMessageContaining("目录版本 0 低于该计划在本台账中的版本 2");
        assertThat(folder.resolve("x.zip")).doesNotExist();
    }

    private void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> park.planFiles().preview(file, TrustedKeys.none()))
                .isInstanceOf(CatalogException.class)
                .extracting(e -> ((CatalogException) e).problems()).asList()
                .containsExactly(problem);
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private static Target target(String code, String value) {
        return new Target(0, PLAN, code, TargetScope.PARK, "ZZSZ", "二、(一)1", "到2028年，园区主营业务收入达到" + value + "亿元。",
                "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST, new BigDecimal(value), Unit.YI_YUAN,
                LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null, null, false, false, null);
    }
}
