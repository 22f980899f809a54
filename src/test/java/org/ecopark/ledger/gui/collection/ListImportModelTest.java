package org.ecopark.ledger.gui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ListKind;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The list import tab's model: a preview, the guessed mapping, a check, and the import of the whole list. */
class ListImportModelTest {

    @TempDir
    Path folder;

    private CollectionLedger ledger;
    private ListImportModel lists;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionLedger("list-model");
        fx(() -> lists = new CollectionViewModel(ledger.services.collection(), ledger.services.records().enterprises(),
                ledger.park, LocalDate.of(2025, 4, 15), UiExecutor.synchronous()).lists());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aStaffListIsPreviewedMappedCheckedAndImported() throws Exception {
        Path file = folder.resolve("研发人员.csv");
        Files.writeString(file, "姓名,企业统一社会信用代码,是否专职,入职日期,学历\n"
                + "孙悦," + ledger.xinquan.uscc() + ",是,2024-07-01,硕士\n"
                + "周航," + ledger.qingyuan.uscc() + ",否,2023-03-15,本科\n", StandardCharsets.UTF_8);

        fx(() -> {
            lists.kindProperty().set(ListKind.STAFF);
            lists.choose(file);
        });

        assertThat(lists.headers()).containsExactly("姓名", "企业统一社会信用代码", "是否专职", "入职日期", "学历");
        assertThat(lists.rows()).hasSize(2);
        assertThat(lists.mapping()).filteredOn(m -> m.field().equals("uscc")).singleElement()
                .satisfies(m -> assertThat(m.columnProperty().get()).isEqualTo(1));
        fx(lists::check);
        assertThat(lists.summaryProperty().get()).isEqualTo("共 2 行：新增 2，修改 0，不变 0；错误 0 处，警告 0 条。");
        assertThat(lists.canCommit().get()).isTrue();

        fx(lists::commit);

        assertThat(lists.summaryProperty().get()).isEqualTo("已导入：新增 2，修改 0。");
        assertThat(ledger.database.dsl().fetchValue("select count(*) from rd_staff")).isEqualTo(2L);
    }

    @Test
    void aMissingRequiredColumnIsSaidPlainly() throws Exception {
        Path file = folder.resolve("名单.csv");
        Files.writeString(file, "名称,代码\n绿源," + RecordFixtures.uscc("MA3D8Q21") + "\n", StandardCharsets.UTF_8);

        fx(() -> lists.choose(file));
        fx(lists::check);

        assertThat(lists.summaryProperty().get()).startsWith("缺少必需的列：");
        assertThat(lists.failedProperty().get()).isTrue();
        assertThat(lists.canCommit().get()).isFalse();
    }

    private static void fx(Runnable action) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("FX action did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
