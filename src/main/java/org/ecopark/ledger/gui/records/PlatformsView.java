package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.PlatformService;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;

/** The innovation platforms section: the park's platforms, and the form of one. */
public final class PlatformsView {

    private static final String TYPE = PlatformService.TYPES;
    private static final String LEVEL = PlatformService.LEVELS;

    /** The form has few short fields, so the list gets most of the width. */
    private static final double LIST_SHARE = 0.6;

    private final PlatformsViewModel model;
    private final ViewContext context;

    public PlatformsView(PlatformsViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("platforms-view", "section.platforms");
        }
        var records = context.services().records();
        PlatformsViewModel model = new PlatformsViewModel(records.platforms(), records.enterprises(),
                context.parkProperty().get().id(), context.asOfDateProperty().get(), context.executor());
        return RecordSection.current(context, new PlatformsView(model, context).build(), model, LedgerTables.PLATFORMS);
    }

    public Node build() {
        ParkEnterprises enterprises = model.enterprises();
        RecordListView<InnovationPlatform> list = new RecordListView<>(model, this::confirmDelete)
                .column("platform-col-name", "records.platform.field.name", InnovationPlatform::name, 260)
                .column("platform-col-type", "records.platform.field.type", p -> I18n.tr(TYPE + p.type().name()), 160)
                .column("platform-col-level", "records.platform.field.level", p -> I18n.tr(LEVEL + p.level().name()), 60)
                .column("platform-col-enterprise", "records.platform.field.enterpriseId",
                        p -> enterprises.name(p.enterpriseId()), 200)
                .column("platform-col-approved", "records.platform.field.approvedOn", InnovationPlatform::approvedOn, 102)
                .column("platform-col-approved-by", "records.platform.field.approvedBy", InnovationPlatform::approvedBy, 160)
                .column("platform-col-revoked", "records.platform.field.revokedOn", InnovationPlatform::revokedOn, 102);
        FormSupport form = new FormSupport(model);
        form.add(PlatformService.NAME, "records.platform.field.name",
                FormControls.text("platform-name", model.nameProperty()));
        form.add(PlatformService.TYPE_FIELD, "records.platform.field.type", FormControls.choice("platform-type",
                Arrays.asList(PlatformType.values()), TYPE, model.typeProperty()));
        form.add(PlatformService.LEVEL, "records.platform.field.level", FormControls.choice("platform-level",
                Arrays.asList(PlatformLevel.values()), LEVEL, model.levelProperty()));
        form.add(PlatformService.ENTERPRISE, "records.platform.field.enterpriseId", EnterpriseChooser.optional(
                "platform-enterprise", enterprises, "records.platform.parkOwn", model.enterpriseIdProperty()));
        form.add(PlatformService.APPROVED_ON, "records.platform.field.approvedOn",
                FormControls.date("platform-approved", model.approvedOnProperty()));
        form.add(PlatformService.APPROVED_BY, "records.platform.field.approvedBy",
                FormControls.text("platform-approved-by", model.approvedByProperty()))
                .setPromptText(I18n.tr("records.platform.approvedByPrompt"));
        form.add(PlatformService.REVOKED_ON, "records.platform.field.revokedOn",
                FormControls.date("platform-revoked", model.revokedOnProperty()));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.platform.new") : model.currentProperty().get().name(), model.currentProperty()));
        Node withSummary = ListSummary.above(list.build(), "platform-summary", Bindings.createStringBinding(
                () -> I18n.tr("records.platform.summary", FormControls.format(model.asOf()), model.inForceTotal(),
                        model.inForceProperty(PlatformLevel.NATIONAL).get(),
                        model.inForceProperty(PlatformLevel.PROVINCIAL).get(),
                        model.inForceProperty(PlatformLevel.MUNICIPAL).get()),
                model.inForceProperty(PlatformLevel.NATIONAL), model.inForceProperty(PlatformLevel.PROVINCIAL),
                model.inForceProperty(PlatformLevel.MUNICIPAL)));
        VBox root = RecordSection.build("platforms-view", "section.platforms", withSummary,
                RecordSection.form(title, form), LIST_SHARE);
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    private boolean confirmDelete(InnovationPlatform platform) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.platform.deleteConfirm", platform.name()));
    }
}
