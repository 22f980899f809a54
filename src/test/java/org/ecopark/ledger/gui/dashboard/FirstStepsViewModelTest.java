package org.ecopark.ledger.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopark.ledger.gui.dashboard.DashboardHarness.fx;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Navigation;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.SectionTask;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The first steps guide's state, derived from a fresh ledger as it fills; tasks run synchronously. */
class FirstStepsViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private MainViewModel main;
    private ViewContext context;
    private Park park;
    private FirstStepsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("first-steps-vm-" + System.nanoTime()), RecordFixtures.CLOCK);
        park = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow();
        fx(() -> {
            main = new MainViewModel(UiExecutor.synchronous(), path -> services);
            main.open(Path.of("in-memory"), opened -> { }, error -> {
                throw new IllegalStateException(error);
            });
            context = new ViewContext(main, new DialogService(), UiExecutor.synchronous(), () -> { });
            model = new FirstStepsViewModel(context);
        });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void noParkChosenShowsNoGuide() {
        fx(model::refresh);

        assertThat(model.shownProperty().get()).isFalse();
    }

    @Test
    void anEmptyParkJustChosenShowsTheGuideWithNoStepDone() {
        fx(() -> {
            main.choosePark(park);
            model.refresh();
        });

        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.enterprisesDoneProperty().get()).isFalse();
        assertThat(model.targetsDoneProperty().get()).isFalse();
        assertThat(model.templatesDoneProperty().get()).isFalse();
        assertThat(model.templatesNoteProperty().get()).isEqualTo(I18n.tr("firstSteps.templates.afterEnterprises"));
    }

    @Test
    void eachStepIsCheckedAsTheLedgerFillsAndTheGuideGoesWhenAllAreDone() throws Exception {
        fx(() -> {
            main.choosePark(park);
            model.refresh();
        });

        services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of());
        services.records().enterprises().save(RecordFixtures.juheng(park.id()), Map.of());
        fx(model::refresh);
        assertThat(model.enterprisesDoneProperty().get()).isTrue();
        assertThat(model.enterprisesNoteProperty().get()).isEqualTo("已有 2 家企业。");
        assertThat(model.templatesNoteProperty().get()).isEqualTo(I18n.tr("firstSteps.templates.todo"));
        assertThat(model.shownProperty().get()).isTrue();

        services.firstSteps().targetsShown(park);
        fx(model::refresh);
        assertThat(model.targetsDoneProperty().get()).isTrue();
        assertThat(model.shownProperty().get()).isTrue();

        services.collection().templates().generate(park, StatPeriod.quarter(2026, 3), Optional.empty(), false, true,
                folder, CollectionProgress.NONE, () -> false);
        fx(model::refresh);
        assertThat(model.templatesDoneProperty().get()).isTrue();
        assertThat(model.templatesNoteProperty().get()).isEqualTo("已生成 2026Q3 的模板。");
        assertThat(model.shownProperty().get()).isFalse();
    }

    @Test
    void theStepsOpenTheListImportTheTargetsAndTheTemplateGeneration() {
        fx(() -> {
            main.choosePark(park);
            model.importEnterprises();
        });
        assertThat(main.sectionProperty().get()).isEqualTo(Section.COLLECTION);
        assertThat(main.navigation().taskRequestProperty().get())
                .isEqualTo(new Navigation.TaskRequest(Section.COLLECTION, SectionTask.IMPORT_ENTERPRISES));

        fx(model::checkTargets);
        assertThat(main.sectionProperty().get()).isEqualTo(Section.TARGETS);

        fx(model::generateTemplates);
        assertThat(main.navigation().taskRequestProperty().get())
                .isEqualTo(new Navigation.TaskRequest(Section.COLLECTION, SectionTask.GENERATE_TEMPLATES));
    }

    @Test
    void aParkThatAlreadyHasEnterprisesWhenChosenShowsNoGuide() {
        services.records().enterprises().save(RecordFixtures.qingyuan(park.id()), Map.of());

        fx(() -> {
            main.choosePark(park);
            model.refresh();
        });

        assertThat(model.shownProperty().get()).isFalse();
    }

    @Test
    void aDismissedGuideStaysAwayForTheParkInANewWindowToo() {
        fx(() -> {
            main.choosePark(park);
            model.refresh();
            model.dismiss();
        });
        assertThat(model.shownProperty().get()).isFalse();

        FirstStepsViewModel again = new FirstStepsViewModel(context);
        fx(again::refresh);

        assertThat(again.shownProperty().get()).isFalse();
    }
}
