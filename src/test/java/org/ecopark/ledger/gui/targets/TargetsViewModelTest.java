package org.ecopark.ledger.gui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.LedgerChange;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TargetsViewModelTest {

    private Services services;

    @BeforeAll
    static void startToolkit() throws Exception {
        // A Task reports its result through the FX thread.
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("targets-vm-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private TargetsViewModel model(String parkCode) {
        Park park = parkCode == null ? null : services.parks().parks().stream()
                .filter(p -> p.code().equals(parkCode)).findFirst().orElseThrow();
        TargetsViewModel model = new TargetsViewModel(services.targets(), UiExecutor.synchronous(), park);
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private static <T> void choose(javafx.beans.property.ObjectProperty<Choice<T>> property,
                                   java.util.List<Choice<T>> choices, T value) {
        property.set(choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aParksStaffSeeTheirParksTargetsFirst() {
        TargetsViewModel model = model("ZZSZ");

        assertThat(model.scopeProperty().get().value()).isEqualTo(TargetScope.PARK);
        assertThat(model.scopeEntryProperty().get().value().code()).isEqualTo("ZZSZ");
        assertThat(model.rows()).hasSize(7).allMatch(row -> row.target().scopeCode().equals("ZZSZ"));
        assertThat(model.singleScopeEntry()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("共 7 个目标");
    }

    @Test
    void withoutAParkEveryTargetOfTheProvinceClustersAndParksShows() {
        TargetsViewModel model = model(null);

        assertThat(model.rows()).hasSize(106);
        assertThat(model.rows()).extracting(row -> row.target().scope()).contains(TargetScope.values());
    }

    @Test
    void choosingAScopeOffersItsEntriesAndListsItsTargets() {
        TargetsViewModel model = model("ZZSZ");

        choose(model.scopeProperty(), model.scopes(), TargetScope.CLUSTER);

        assertThat(model.scopeEntries()).extracting(Choice::label)
                .containsExactly("全部", "JN  济南生态环保产业集群", "QD  青岛生态环保产业集群", "ZB  淄博生态环保产业集群");
        assertThat(model.rows()).hasSize(13).allMatch(row -> row.target().scope() == TargetScope.CLUSTER);
        assertThat(model.singleScopeEntry()).isFalse();
    }

    @Test
    void theKindFilterKeepsOneKind() {
        TargetsViewModel model = model(null);

        choose(model.kindProperty(), model.kinds(), TargetKind.MILESTONE);

        assertThat(model.rows()).hasSize(31).allMatch(row -> row.target().kind() == TargetKind.MILESTONE);
        assertThat(model.rows().get(0).kind()).isEqualTo("里程碑");
    }

    @Test
    void theDeadlineFilterKeepsTargetsDueByThatDay() {
        TargetsViewModel model = model(null);

        model.deadlineBeforeProperty().set(LocalDate.of(2024, 12, 31));
        WaitForAsyncUtils.waitForFxEvents();

        // SD 9, JN 2, ZB 1 and YTLS, WFAQ, JNLS, RZJX, DZTQ one each fall due in 2023 or 2024.
        assertThat(model.rows()).hasSize(17)
                .allMatch(row -> !row.target().deadline().isAfter(LocalDate.of(2024, 12, 31)));
    }

    @Test
    void theSearchTextMatchesCodeTitleAndSentence() {
        TargetsViewModel model = model("ZZSZ");

        model.searchProperty().set("zzsz-t06");
        assertThat(model.rows()).extracting(TargetRow::code).containsExactly("ZZSZ-T06");
        model.searchProperty().set("水处理剂");
        assertThat(model.rows()).extracting(TargetRow::code).containsExactly("ZZSZ-T01", "ZZSZ-T02");
        model.searchProperty().set("");
        assertThat(model.rows()).hasSize(7);
    }

    @Test
    void hiddenTargetsShowOnlyWhenAsked() {
        Target patents = services.targets().find("SD311", "ZZSZ-T06").orElseThrow();
        services.targets().setHidden(patents.id(), true);
        TargetsViewModel model = model("ZZSZ");

        assertThat(model.rows()).hasSize(6);
        model.showHiddenProperty().set(true);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.rows()).hasSize(7);
        assertThat(model.statusProperty().get()).isEqualTo("共 7 个目标，其中 1 个已隐藏");
    }

    @Test
    void theDetailChecksTheBaselineAsOneTypesAndSaves() {
        Target revenue = services.targets().find("SD311", "ZZSZ-T02").orElseThrow();
        TargetDetailViewModel detail = new TargetDetailViewModel(services.targets(), revenue);

        assertThat(detail.canSaveBinding().get()).isFalse();
        detail.baselineValueProperty().set("41.5");
        assertThat(detail.errorProperty().get()).contains("同时填写");
        assertThat(detail.canSaveBinding().get()).isFalse();
        detail.baselineDateProperty().set(LocalDate.of(2022, 12, 31));
        assertThat(detail.errorProperty().get()).isEmpty();
        detail.baselineValueProperty().set("-3");
        assertThat(detail.errorProperty().get()).contains("负数");
        detail.baselineValueProperty().set("四十");
        assertThat(detail.errorProperty().get()).contains("不是有效的数字");
        detail.baselineValueProperty().set("41.5");
        detail.userNoteProperty().set("2022 年统计年报");
        assertThat(detail.canSaveBinding().get()).isTrue();

        assertThat(detail.save()).isTrue();

        Target stored = services.targets().find(revenue.id()).orElseThrow();
        assertThat(stored.baselineValue()).isEqualByComparingTo(new BigDecimal("41.5"));
        assertThat(stored.baselineDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(stored.userNote()).isEqualTo("2022 年统计年报");
        assertThat(detail.dirtyBinding().get()).isFalse();
        assertThat(detail.savedProperty().get()).isEqualTo("已保存。");
    }

    @Test
    void aShippedTargetsDeleteIsRefusedInTheDetail() {
        Target revenue = services.targets().find("SD311", "ZZSZ-T02").orElseThrow();
        TargetDetailViewModel detail = new TargetDetailViewModel(services.targets(), revenue);

        assertThat(detail.delete()).isFalse();
        assertThat(detail.errorProperty().get()).contains("不能删除");
    }

    @Test
    void aParkAddedElsewhereIsOfferedAsAScopeWhenTheLedgerChanges() {
        TargetsViewModel model = model("ZZSZ");

        TestLedgers.addPark(services, RecordFixtures.WEIHAI);
        model.ledgerChanged(new LedgerChange(Set.of("park")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.scopeEntries()).extracting(Choice::label).anyMatch(label -> label.startsWith("TESTWH"));
        assertThat(model.scopeEntryProperty().get().value().code()).as("the chosen park stays").isEqualTo("ZZSZ");
        assertThat(model.rows()).hasSize(7);
    }

    @Test
    void theDetailFollowsItsTargetChangedElsewhereUnlessTheUserHasTypedIntoIt() {
        Target revenue = services.targets().find("SD311", "ZZSZ-T02").orElseThrow();
        TargetDetailViewModel detail = new TargetDetailViewModel(services.targets(), revenue);

        services.targets().setUserNote(revenue.id(), "市局已确认口径");
        detail.refresh();
        assertThat(detail.userNoteProperty().get()).isEqualTo("市局已确认口径");
        assertThat(detail.dirtyBinding().get()).isFalse();

        detail.userNoteProperty().set("按 2022 年统计年报");
        services.targets().setHidden(revenue.id(), true);
        detail.refresh();
        assertThat(detail.userNoteProperty().get()).isEqualTo("按 2022 年统计年报");
        assertThat(detail.hiddenProperty().get()).isFalse();
        assertThat(detail.errorProperty().get()).isEmpty();
    }
}
