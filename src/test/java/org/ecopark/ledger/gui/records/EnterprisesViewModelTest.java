package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnterprisesViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private EnterprisesViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("enterprises-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        Fx.run(() -> {
            model = new EnterprisesViewModel(services.enterprises(), parkId, UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEnterpriseAskedForByIdIsPutInTheFormAndOneNotInTheListIsSaidSo() {
        Enterprise saved = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        Fx.run(model::reload);

        Fx.run(() -> model.open(saved.id()));

        assertThat(model.currentProperty().get().id()).isEqualTo(saved.id());
        assertThat(model.usccProperty().get()).isEqualTo(saved.uscc());

        Fx.run(() -> model.open(saved.id() + 1000));

        assertThat(model.currentProperty().get().id()).as("the form keeps what it showed").isEqualTo(saved.id());
        assertThat(model.messageProperty().get()).isEqualTo(I18n.tr("records.open.notFound"));
    }

    @Test
    void anEnterpriseTypedIntoTheFormIsSavedAndSelectedInTheList() {
        Enterprise xinquan = RecordFixtures.xinquan(parkId);
        Fx.run(() -> {
            model.newRecord();
            model.usccProperty().set(xinquan.uscc());
            model.nameProperty().set(xinquan.name());
            model.segmentProperty().set(EnterpriseSegment.MANUFACTURING);
            model.settledOnProperty().set(xinquan.settledOn());
            model.titleKindProperty().set(TitleKind.HIGH_TECH);
            model.titleAwardedProperty().set(LocalDate.of(2023, 11, 29));
            model.titleExpiresProperty().set(LocalDate.of(2026, 11, 28));
            model.addTitle();
        });
        assertThat(model.canSaveProperty().get()).isTrue();

        Fx.run(model::save);

        assertThat(model.records()).singleElement().satisfies(stored -> {
            assertThat(stored.uscc()).isEqualTo(xinquan.uscc());
            assertThat(stored.titles()).hasSize(1);
        });
        assertThat(model.currentProperty().get().id()).isEqualTo(model.records().get(0).id());
        assertThat(model.messageProperty().get()).isEqualTo("已保存。");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(model.titleKindProperty().get()).as("the title row is emptied after adding").isNull();
    }

    @Test
    void aMistypedCodeIsAnErrorAtTheCodeFieldWhileTypingAndSavingIsRefused() {
        String typo = RecordFixtures.typo(RecordFixtures.xinquan(parkId).uscc());
        Fx.run(() -> {
            model.usccProperty().set(typo);
            model.nameProperty().set("枣庄鑫泉水处理材料有限公司");
            model.segmentProperty().set(EnterpriseSegment.MANUFACTURING);
        });

        assertThat(model.validation().only(EnterpriseService.USCC).errors()).extracting(Problem::message)
                .singleElement().asString().contains("校验位不符");
        assertThat(model.canSaveProperty().get()).isFalse();
        Fx.run(model::save);
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).contains(typo);
        assertThat(services.enterprises().list(parkId)).isEmpty();
    }

    @Test
    void aWarningAllowsSavingOnceItIsExplained() {
        Fx.run(() -> {
            model.usccProperty().set(RecordFixtures.uscc("320102", "MA1XK2P3"));
            model.nameProperty().set("江苏蓝海水处理设备有限公司枣庄分公司");
            model.segmentProperty().set(EnterpriseSegment.MANUFACTURING);
        });
        Problem warning = model.validation().warnings().get(0);
        assertThat(model.canSaveProperty().get()).isFalse();

        Fx.run(() -> model.explanations().put(warning.key(), "分公司在枣庄登记生产，总公司执照为南京"));
        assertThat(model.canSaveProperty().get()).isTrue();
        Fx.run(model::save);

        Enterprise saved = model.records().get(0);
        assertThat(services.enterprises().explanations(saved.id())).containsEntry(warning.key(),
                "分公司在枣庄登记生产，总公司执照为南京");
        Fx.run(() -> model.edit(saved));
        assertThat(model.explanations()).as("a stored record brings its explanations").containsKey(warning.key());
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void anEntryDateAfterTodayIsAWarningAtItsFieldAndTheSaveWaitsForAnExplanation() {
        typeQingyuanSettledOn(LocalDate.of(2027, 5, 1));

        assertThat(model.validation().hasErrors()).isFalse();
        Problem warning = model.validation().only(EnterpriseService.SETTLED_ON).warnings().get(0);
        assertThat(warning.message()).isEqualTo("入驻日期 2027-05-01 晚于今天（2026-12-06）：台账只登记已经发生的事，请核对年份；"
                + "如确需提前登记，请说明原因。");
        assertThat(model.canSaveProperty().get()).isFalse();
        Fx.run(model::save);
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("请先填写说明：" + warning.message());
        assertThat(services.enterprises().list(parkId)).isEmpty();

        Fx.run(() -> model.explanations().put(warning.key(), "已签入园协议，2027年5月1日正式入驻"));
        assertThat(model.canSaveProperty().get()).isTrue();
        Fx.run(model::save);

        Enterprise saved = model.records().get(0);
        assertThat(saved.settledOn()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(services.enterprises().explanations(saved.id()))
                .containsExactly(Map.entry(warning.key(), "已签入园协议，2027年5月1日正式入驻"));
    }

    @Test
    void anEntryDateOfTodayNeedsNoExplanation() {
        typeQingyuanSettledOn(RecordFixtures.TODAY);

        assertThat(model.validation().isEmpty()).isTrue();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void aDeletedEnterpriseComesBackWithUndo() {
        Enterprise stored = services.enterprises().save(RecordFixtures.juheng(parkId), java.util.Map.of()).record();
        Fx.run(model::reload);
        assertThat(model.records()).hasSize(1);

        Fx.run(() -> model.delete(stored));
        assertThat(model.records()).isEmpty();
        Fx.run(model::undo);

        assertThat(model.records()).singleElement().satisfies(back -> {
            assertThat(back.id()).isEqualTo(stored.id());
            assertThat(back.titles()).hasSize(1);
        });
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(services.enterprises().history(stored.id())).hasSize(3);
    }

    @Test
    void theHistoryShowsYesNoTheParksNameAndTitlesAsTheFormDoes() {
        Enterprise stored = services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        Enterprise notEnv = new Enterprise(stored.id(), stored.parkId(), stored.uscc(), stored.name(), stored.shortName(),
                stored.segment(), false, stored.settledOn(), stored.leftOn(), stored.contactPerson(),
                stored.contactPhone(), stored.address(), stored.note(), stored.titles());
        services.enterprises().save(notEnv, Map.of());
        Fx.run(() -> {
            model.reload();
            model.open(stored.id());
        });

        var lines = HistoryDialog.lines(model.history(), model.fieldLabelPrefix(), model::historyValue);

        assertThat(lines).filteredOn(line -> line.field().equals("环保企业"))
                .extracting(HistoryDialog.Line::action, HistoryDialog.Line::before, HistoryDialog.Line::after)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("修改", "是", "否"),
                        org.assertj.core.groups.Tuple.tuple("新增", "", "是"));
        assertThat(lines).filteredOn(line -> line.field().equals("园区")).singleElement()
                .extracting(HistoryDialog.Line::after).isEqualTo(RecordFixtures.ZZSZ.name());
        assertThat(lines).filteredOn(line -> line.field().equals("称号")).singleElement()
                .extracting(HistoryDialog.Line::after).isEqualTo("省级专精特新 2022-12-08–2025-12-07 SD-ZJTX-2022-0417；"
                        + "高新技术企业 2023-11-29–2026-11-28 GR202337004512");
        assertThat(lines).flatExtracting(HistoryDialog.Line::before, HistoryDialog.Line::after)
                .doesNotContain("true", "false", String.valueOf(parkId))
                .noneMatch(text -> ((String) text).contains("{"));

        I18n.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(model.historyValue(EnterpriseService.ENV_RELATED, "false")).isEqualTo("No");
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }
    }

    @Test
    void cancelPutsTheStoredValuesBack() {
        Enterprise stored = services.enterprises().save(RecordFixtures.qingyuan(parkId), java.util.Map.of()).record();
        Fx.run(() -> {
            model.reload();
            model.edit(stored);
            model.nameProperty().set("改错的名字");
            model.cancel();
        });

        assertThat(model.nameProperty().get()).isEqualTo("山东清源环境科技有限公司");
        assertThat(model.hasHistoryProperty().get()).isTrue();
        assertThat(model.history()).hasSize(1);
    }

    private void typeQingyuanSettledOn(LocalDate settled) {
        Enterprise qingyuan = RecordFixtures.qingyuan(parkId);
        Fx.run(() -> {
            model.usccProperty().set(qingyuan.uscc());
            model.nameProperty().set(qingyuan.name());
            model.segmentProperty().set(qingyuan.segment());
            model.settledOnProperty().set(settled);
        });
    }

    @Test
    void aChangeMadeElsewhereReloadsTheListAndAFormNotEditedFollowsItsRecord() {
        Enterprise stored = qingyuanInTheForm(null);

        Enterprise renamed = services.enterprises().save(renamed(stored, "山东清源环境科技集团有限公司"), Map.of()).record();
        services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of());
        Fx.run(model::refresh);

        assertThat(model.records()).hasSize(2).contains(renamed);
        assertThat(model.currentProperty().get()).isEqualTo(renamed);
        assertThat(model.nameProperty().get()).isEqualTo("山东清源环境科技集团有限公司");
    }

    @Test
    void anEditedFormKeepsWhatWasTypedWhenTheListReloadsAndItsSaveOverTheRenameMeanwhileIsRefused() {
        Enterprise stored = qingyuanInTheForm("王敏");

        services.enterprises().save(renamed(stored, "山东清源环境科技集团有限公司"), Map.of());
        services.enterprises().save(RecordFixtures.xinquan(parkId), Map.of());
        Fx.run(model::refresh);

        assertThat(model.records()).hasSize(2);
        assertThat(model.contactPersonProperty().get()).as("typed, not yet saved").isEqualTo("王敏");
        assertThat(model.nameProperty().get()).as("the form is not filled again").isEqualTo(stored.name());
        assertThat(model.currentProperty().get().id()).isEqualTo(stored.id());
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.validation().hasErrors()).isFalse();

        // the form still holds the old name: saving it would undo the rename unseen
        Fx.run(model::save);
        Enterprise now = services.enterprises().find(stored.id()).orElseThrow();
        assertThat(now.name()).as("the rename made meanwhile is kept").isEqualTo("山东清源环境科技集团有限公司");
        assertThat(now.contactPerson()).isEqualTo(stored.contactPerson());
        assertThat(model.conflictProperty().get()).isNotNull();
        assertThat(model.messageProperty().get()).contains("tester").contains("未写入");
        assertThat(model.contactPersonProperty().get()).as("still as typed").isEqualTo("王敏");

        Fx.run(model::reloadAfterConflict);
        assertThat(model.nameProperty().get()).isEqualTo("山东清源环境科技集团有限公司");
        Fx.run(() -> model.contactPersonProperty().set("王敏"));
        Fx.run(model::save);
        now = services.enterprises().find(stored.id()).orElseThrow();
        assertThat(now.contactPerson()).isEqualTo("王敏");
        assertThat(now.name()).isEqualTo("山东清源环境科技集团有限公司");
    }

    @Test
    void aNewEnterpriseBeingTypedIsKeptWithoutErrorsWhenTheListReloads() {
        Fx.run(() -> {
            model.newRecord();
            model.nameProperty().set("枣庄鑫泉水处理材料有限公司");
        });

        services.enterprises().save(RecordFixtures.juheng(parkId), Map.of());
        Fx.run(model::refresh);

        assertThat(model.records()).hasSize(1);
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.nameProperty().get()).isEqualTo("枣庄鑫泉水处理材料有限公司");
        assertThat(model.showAllProblemsProperty().get()).as("no errors for fields not yet visited").isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void anEditedEnterpriseDeletedElsewhereKeepsTheTextAndSaveSaysPlainlyThatItIsGone() {
        Enterprise stored = qingyuanInTheForm("王敏");

        services.enterprises().delete(stored.id());
        Fx.run(model::refresh);

        assertThat(model.records()).isEmpty();
        assertThat(model.contactPersonProperty().get()).isEqualTo("王敏");
        assertThat(model.nameProperty().get()).isEqualTo(stored.name());
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo(I18n.tr("records.form.goneElsewhere"));

        Fx.run(model::save);
        assertThat(model.messageProperty().get()).isEqualTo(I18n.tr("records.form.goneElsewhere"));
        assertThat(services.enterprises().list(parkId)).isEmpty();
    }

    @Test
    void anEnterpriseDeletedElsewhereLeavesAFormNotEditedEmpty() {
        Enterprise stored = qingyuanInTheForm(null);

        services.enterprises().delete(stored.id());
        Fx.run(model::refresh);

        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.nameProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(I18n.tr("records.form.deletedElsewhere"));
    }

    /** A stored enterprise put into the form, and the contact person typed over its own unless null. */
    private Enterprise qingyuanInTheForm(String typedContact) {
        Enterprise stored = services.enterprises().save(RecordFixtures.qingyuan(parkId), Map.of()).record();
        Fx.run(() -> {
            model.reload();
            model.edit(stored);
            if (typedContact != null) {
                model.contactPersonProperty().set(typedContact);
            }
        });
        return stored;
    }

    private static Enterprise renamed(Enterprise e, String name) {
        return new Enterprise(e.id(), e.parkId(), e.uscc(), name, e.shortName(), e.segment(), e.envRelated(),
                e.settledOn(), e.leftOn(), e.contactPerson(), e.contactPhone(), e.address(), e.note(), e.titles());
    }
}
