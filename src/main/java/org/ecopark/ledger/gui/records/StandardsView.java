package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;

/** The standards section: the standards the park's enterprises drafted, and the form of one. */
public final class StandardsView {

    private static final String LEVEL = StandardService.LEVELS;
    private static final String ROLE = StandardService.ROLES;

    /** The form has few short fields, so the list gets most of the width. */
    private static final double LIST_SHARE = 0.6;

    private final StandardsViewModel model;
    private final ViewContext context;

    public StandardsView(StandardsViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("standards-view", "section.standards");
        }
        var records = context.services().records();
        StandardsViewModel model = new StandardsViewModel(records.standards(), records.enterprises(),
                context.parkProperty().get().id(), context.executor());
        return RecordSection.current(context, new StandardsView(model, context).build(), model, LedgerTables.STANDARDS);
    }

    public Node build() {
        ParkEnterprises enterprises = model.enterprises();
        RecordListView<Standard> list = new RecordListView<>(model, this::confirmDelete)
                .column("standard-col-code", "records.standard.field.code", Standard::code, 150)
                .column("standard-col-title", "records.standard.field.title", Standard::title, 230)
                .column("standard-col-level", "records.standard.field.level", s -> I18n.tr(LEVEL + s.level().name()), 80)
                .column("standard-col-role", "records.standard.field.role", s -> I18n.tr(ROLE + s.role().name()), 75)
                .column("standard-col-enterprise", "records.standard.field.enterpriseId",
                        s -> enterprises.name(s.enterpriseId()), 220)
                .column("standard-col-published", "records.standard.field.publishedOn", Standard::publishedOn, 102);
        FormSupport form = new FormSupport(model);
        form.add(StandardService.CODE, "records.standard.field.code",
                FormControls.text("standard-code", model.codeProperty()))
                .setPromptText(I18n.tr("records.standard.codePrompt"));
        form.add(StandardService.TITLE, "records.standard.field.title",
                FormControls.text("standard-title", model.titleProperty()));
        ComboBox<StandardLevel> level = form.add(StandardService.LEVEL, "records.standard.field.level",
                FormControls.choice("standard-level", Arrays.asList(StandardLevel.values()), LEVEL, model.levelProperty()));
        level.setPromptText(I18n.tr("records.standard.levelHint"));
        form.add(StandardService.ROLE, "records.standard.field.role", FormControls.choice("standard-role",
                Arrays.asList(StandardRole.values()), ROLE, model.roleProperty()));
        form.add(StandardService.ENTERPRISE, "records.standard.field.enterpriseId",
                EnterpriseChooser.required("standard-enterprise", enterprises, model.enterpriseIdProperty()));
        form.add(StandardService.PUBLISHED_ON, "records.standard.field.publishedOn",
                FormControls.date("standard-published", model.publishedOnProperty()));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.standard.new") : model.currentProperty().get().code(), model.currentProperty()));
        Node withSummary = ListSummary.above(list.build(), "standard-summary", Bindings.createStringBinding(
                () -> I18n.tr("records.standard.summary", model.distinctCodesProperty().get(), model.ledCodesProperty().get()),
                model.distinctCodesProperty(), model.ledCodesProperty()));
        VBox root = RecordSection.build("standards-view", "section.standards", withSummary,
                RecordSection.form(title, form), LIST_SHARE);
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    private boolean confirmDelete(Standard standard) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"), I18n.tr("records.standard.deleteConfirm",
                standard.code(), standard.title(), model.enterprises().name(standard.enterpriseId())));
    }
}
