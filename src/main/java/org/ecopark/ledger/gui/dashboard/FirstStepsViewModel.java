package org.ecopark.ledger.gui.dashboard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.SectionTask;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.FirstStepsService;
import org.ecopark.ledger.model.Park;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first steps of a new park on the dashboard: ① import the enterprise list, ② check the targets, ③ generate the
 * first templates. Each step's state is the ledger's ({@link FirstStepsService}), read again after every commit; the
 * guide is shown while the park's steps are open and hides once all are done or it is dismissed.
 */
public final class FirstStepsViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(FirstStepsViewModel.class);

    private final ViewContext context;
    private final LatestLoad loads;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper enterprisesDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper targetsDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper templatesDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper enterprisesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper targetsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper templatesNote = new ReadOnlyStringWrapper("");

    public FirstStepsViewModel(ViewContext context) {
        this.context = context;
        this.loads = new LatestLoad(context.executor());
    }

    /** Reads the steps of the window's park again. */
    public void refresh() {
        Park park = context.parkProperty().get();
        if (park == null || context.services() == null) {
            loads.forget();
            shown.set(false);
            return;
        }
        FirstStepsService steps = context.services().firstSteps();
        loads.load(() -> steps.steps(park), this::show, error -> {
            // the guide is a help, never in the way: a ledger that cannot say where its park stands shows none
            LOGGER.warn("The first steps of {} could not be read", park.code(), error);
            shown.set(false);
        });
    }

    private void show(FirstStepsService.Steps steps) {
        enterprisesDone.set(steps.enterprisesImported());
        targetsDone.set(steps.targetsChecked());
        templatesDone.set(steps.templatesGenerated());
        enterprisesNote.set(steps.enterprisesImported()
                ? I18n.tr("firstSteps.enterprises.done", steps.enterprises()) : I18n.tr("firstSteps.enterprises.todo"));
        targetsNote.set(I18n.tr(steps.targetsChecked() ? "firstSteps.targets.done" : "firstSteps.targets.todo"));
        templatesNote.set(steps.templatesPeriod().map(period -> I18n.tr("firstSteps.templates.done", period))
                .orElseGet(() -> I18n.tr(steps.enterprisesImported()
                        ? "firstSteps.templates.todo" : "firstSteps.templates.afterEnterprises")));
        shown.set(steps.guideShown());
    }

    /** ①: the list import, with the enterprise list chosen and its file asked for. */
    public void importEnterprises() {
        begin();
        context.main().navigation().openTask(Section.COLLECTION, SectionTask.IMPORT_ENTERPRISES);
    }

    /** ②: the targets section, on the park's targets; showing it checks the step. */
    public void checkTargets() {
        begin();
        context.main().sectionProperty().set(Section.TARGETS);
    }

    /** ③: the template generation, for the period the collection section proposes. */
    public void generateTemplates() {
        begin();
        context.main().navigation().openTask(Section.COLLECTION, SectionTask.GENERATE_TEMPLATES);
    }

    /** Hides the guide for the park for good. */
    public void dismiss() {
        context.services().firstSteps().dismiss(context.parkProperty().get());
        loads.forget(); // a load under way read the guide before it was dismissed
        shown.set(false);
    }

    /** A park chosen before it was empty, or in an older version, begins its steps when the guide is used. */
    private void begin() {
        context.services().firstSteps().begin(context.parkProperty().get());
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enterprisesDoneProperty() {
        return enterprisesDone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty targetsDoneProperty() {
        return targetsDone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty templatesDoneProperty() {
        return templatesDone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty enterprisesNoteProperty() {
        return enterprisesNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetsNoteProperty() {
        return targetsNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty templatesNoteProperty() {
        return templatesNote.getReadOnlyProperty();
    }
}
