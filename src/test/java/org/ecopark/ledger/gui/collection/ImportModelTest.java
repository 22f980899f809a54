package org.ecopark.ledger.gui.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ChangeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The import tab's model: check, report, preview, explain a warning, commit what passed. */
class ImportModelTest {

    @TempDir
    Path folder;

    private CollectionLedger ledger;
    private CollectionViewModel model;
    private List<Path> files;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        ledger = new CollectionLedger("import-model");
        files = ledger.returnedWorkbooks(folder);
        fx(() -> model = new CollectionViewModel(ledger.services.collection(), ledger.services.records().enterprises(),
                ledger.park, LocalDate.of(2025, 4, 15), UiExecutor.synchronous()));
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void checkingListsEveryProblemByCellAndPreviewsTheChangesWithoutWriting() {
        ImportModel imports = model.imports();

        fx(() -> imports.choose(files));

        assertThat(model.period().code()).isEqualTo("2025Q1");
        assertThat(imports.summaryProperty().get()).isEqualTo("已检查 2 个文件：1 个可以导入，1 个未通过，1 条警告需要说明。");
        assertThat(imports.problems()).extracting(row -> row.problem().cell() + " " + row.problem().reason()).containsExactly(
                "H9 主营业务收入 4500 万元 超过上年同期 1000 万元 的三倍（4.5 倍），请核对单位（万元/元）后说明。",
                "H8 应填写数字，实际填的是文字“约八百万”。",
                "H10 不接受公式（=H8*0.9），请直接填写数值。");
        assertThat(imports.changes()).extracting(change -> change.item() + " " + change.newValue() + " " + change.kind())
                .containsExactly("主营业务收入（万元） 4500 " + ChangeKind.NEW, "从业人员（人） 212 " + ChangeKind.NEW);
        assertThat(imports.canCommit().get()).isTrue();
        assertThat(ledger.periodStats()).isEqualTo(2);
    }

    @Test
    void aWarningWithoutExplanationKeepsItsFileOutAndAnExplainedOneIsImported() {
        ImportModel imports = model.imports();
        fx(() -> imports.choose(files));

        fx(imports::commit);

        assertThat(imports.summaryProperty().get()).startsWith("已导入 0 个文件。").contains("警告须填写说明后才能导入");
        assertThat(imports.failedProperty().get()).isTrue();
        assertThat(ledger.periodStats()).isEqualTo(2);

        fx(() -> imports.choose(files));
        fx(() -> imports.problems().get(0).explanationProperty().set("新生产线一季度投产"));
        fx(imports::commit);

        assertThat(imports.summaryProperty().get()).isEqualTo("已导入 1 个文件。");
        assertThat(ledger.periodStats()).isEqualTo(4);
        assertThat(imports.canCommit().get()).isFalse();
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
