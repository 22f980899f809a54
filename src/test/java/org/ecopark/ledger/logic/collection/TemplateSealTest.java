package org.ecopark.ledger.logic.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.XlsxParts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seal of a template is the ledger's own: whoever has a template and the program cannot reseal it for
 * another enterprise, another period or all enterprises, nor make one another ledger accepts.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TemplateSealTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private CollectionFixture ledger;
    private String before;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionFixture(backend, "collection-seal", folder);
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aTemplateResealedAsAllInOneWithARowForAnotherEnterpriseIsRefused() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            CollectionFixture.cell(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE").getRow()
                    .getCell(TemplateLayout.COL_USCC).setCellValue(ledger.qingyuan.uscc());
            CollectionFixture.meta(workbook, TemplateLayout.KEY_ENTERPRISE, TemplateLayout.ALL_ENTERPRISES);
            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, CollectionFixture.oldChecksum(TemplateLayout.VERSION, "ZZSZ", "*", "2025Q1"));
        });

        assertRefused(file, "collection.refused.sealBroken");
    }

    @Test
    void aTemplateResealedToAnotherPeriodIsRefused() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            CollectionFixture.meta(workbook, TemplateLayout.KEY_PERIOD, "2024Q1");
            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, CollectionFixture.oldChecksum(TemplateLayout.VERSION, "ZZSZ", ledger.xinquan.uscc(), "2024Q1"));
        });

        assertRefused(file, "collection.refused.sealBroken");
        assertThat(ledger.imports().analyse(file, ledger.options(), () -> false).refusal()).hasValue(
                "“" + file.getFileName() + "”的印鉴与本台账不符：它不是本台账生成的模板，或者隐藏的园区、企业、报告期等信息被改动过，"
                        + "未导入。请使用本台账生成的原始模板，必要时重新生成发给企业。");
    }

    @Test
    void aTemplateMadeByAnotherLedgerOfTheSameParkIsRefused() throws Exception {
        Path theirs;
        try (CollectionFixture other = new CollectionFixture(backend, "collection-seal-other", Files.createDirectory(folder.resolve("其他")))) {
            theirs = CollectionFixture.edit(other.template(other.xinquan, CollectionFixture.Q1_2025),
                    workbook -> CollectionFixture.value(workbook, other.xinquan.uscc(), "MAIN_REVENUE", 4200));
        }

        assertRefused(theirs, "collection.refused.sealBroken");
    }

    @Test
    void aLedgerThatNeverMadeTemplatesAcceptsNoneAndStoresNoSecretByImporting() throws Exception {
        Path theirs = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025),
                workbook -> CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200));
        try (CollectionFixture fresh = new CollectionFixture(backend, "collection-seal-fresh", folder)) {
            ImportPlan plan = fresh.imports().analyse(theirs, fresh.options(), () -> false);

            assertThat(plan.refusalKey()).contains("collection.refused.sealBroken");
            assertThat(secret(fresh)).isNull();
        }
    }

    @Test
    void aTemplateOfTheOldUnsealedVersionIsRefusedWithWhatToDo() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            CollectionFixture.value(workbook, ledger.xinquan.uscc(), "MAIN_REVENUE", 4200);
            // as version 1.0 wrote its hidden sheet: a checksum over the codes, with the constant mixed in
            CollectionFixture.meta(workbook, TemplateLayout.KEY_VERSION, "1.0");
            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, null);
            XSSFSheet meta = workbook.getSheet(TemplateLayout.META_SHEET);
            Row row = meta.createRow(meta.getLastRowNum() + 1);
            row.createCell(0).setCellValue("checksum");
            row.createCell(1).setCellValue(CollectionFixture.oldChecksum("1.0", "ZZSZ", ledger.xinquan.uscc(), "2025Q1"));
        });

        assertRefused(file, "collection.refused.unsealed");
        assertThat(ledger.imports().analyse(file, ledger.options(), () -> false).refusal().orElseThrow())
                .contains("是旧版本程序生成的模板（模板版本 1.0），没有本台账的印鉴")
                .contains("请用本程序重新生成模板");
    }

    @Test
    void aValuesSheetPointedAtThePatentsSheetIsRefusedEvenUnderAGenuineSeal() throws Exception {
        Path template = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        TemplateSeal seal = ledger.services.collection().templates().seal();
        Path file = CollectionFixture.edit(template, workbook -> {
            CollectionFixture.meta(workbook, TemplateLayout.KEY_VALUES_SHEET, "新增专利");
            CollectionFixture.meta(workbook, TemplateLayout.KEY_SEAL, seal.sign(CollectionFixture.metaFields(workbook)));
        });

        assertRefused(file, "collection.refused.codesEdited");
    }

    @Test
    void aValuesSheetPointedElsewhereWithoutTheSecretBreaksTheSeal() throws Exception {
        Path file = CollectionFixture.edit(ledger.template(ledger.xinquan, CollectionFixture.Q1_2025), workbook -> {
            CollectionFixture.meta(workbook, TemplateLayout.KEY_VALUES_SHEET, "新增专利");
            CollectionFixture.meta(workbook, TemplateLayout.KEY_PATENTS_SHEET, "填报");
        });

        assertRefused(file, "collection.refused.sealBroken");
    }

    @Test
    void theSecretIsDrawnOnceKeptInTheLedgerAndWrittenIntoNoTemplate() throws Exception {
        Path first = ledger.template(ledger.xinquan, CollectionFixture.Q1_2025);
        String secret = secret(ledger);
        Path second = ledger.template(ledger.qingyuan, CollectionFixture.Q1_2025);

        assertThat(secret).isNotNull();
        assertThat(secret(ledger)).isEqualTo(secret);
        byte[] raw = Base64.getDecoder().decode(secret);
        for (Path file : new Path[] {first, second}) {
            for (byte[] part : XlsxParts.read(file).parts().values()) {
                String text = new String(part, StandardCharsets.ISO_8859_1);
                assertThat(text).doesNotContain(secret).doesNotContain(HexFormat.of().formatHex(raw))
                        .doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
            }
            // past the seal: refused only as sent back unfilled
            assertThat(ledger.imports().analyse(file, ledger.options(), () -> false).refusalKey())
                    .contains("collection.refused.nothingFilled");
        }
    }

    private void assertRefused(Path file, String key) {
        before = ledger.digest();
        ImportPlan plan = ledger.imports().analyse(file, ledger.options(), () -> false);

        assertThat(plan.refusalKey()).contains(key);
        assertThatThrownBy(() -> ledger.imports().commit(plan, Map.of(), true, CollectionProgress.NONE, () -> false))
                .isInstanceOf(ImportRejectedException.class);
        assertThat(ledger.digest()).isEqualTo(before);
    }

    private static String secret(CollectionFixture fixture) {
        return (String) fixture.database.dsl().fetchValue("select setting_value from app_setting where setting_key = ?",
                TemplateSeal.SETTING);
    }
}
