package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;

/** The patents section: the patents of the park's enterprises, and the form with an owners picker. */
public final class PatentsView {

    private static final String TYPE = "records.patentType.";
    private static final String STATUS = "records.patentStatus.";

    private final PatentsViewModel model;
    private final ViewContext context;
    private boolean syncing;

    public PatentsView(PatentsViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("patents-view", "section.patents");
        }
        var records = context.services().records();
        PatentsViewModel model = new PatentsViewModel(records.patents(), records.enterprises(),
                context.parkProperty().get().id(), context.executor());
        return RecordSection.current(context, new PatentsView(model, context).build(), model, LedgerTables.PATENTS);
    }

    public Node build() {
        RecordListView<Patent> list = new RecordListView<>(model, this::confirmDelete)
                .column("patent-col-number", "records.patent.field.number", Patent::number, 175)
                .column("patent-col-title", "records.patent.field.title", Patent::title, 300)
                .column("patent-col-type", "records.patent.field.type", p -> I18n.tr(TYPE + p.type().name()), 85)
                .column("patent-col-status", "records.patent.field.status", p -> I18n.tr(STATUS + p.status().name()), 75)
                .column("patent-col-applied", "records.patent.field.appliedOn", Patent::appliedOn, 105)
                .column("patent-col-granted", "records.patent.field.grantedOn", Patent::grantedOn, 105)
                .column("patent-col-owners", "records.patent.field.ownerIds", model::ownersText, 320);
        FormSupport form = new FormSupport(model);
        form.add(PatentService.NUMBER, "records.patent.field.number",
                FormControls.text("patent-number", model.numberProperty())).setPromptText("ZL202210123456.X");
        form.add(PatentService.TYPE_FIELD, "records.patent.field.type", FormControls.choice("patent-type",
                Arrays.asList(PatentType.values()), TYPE, model.typeProperty()));
        form.add(PatentService.TITLE, "records.patent.field.title",
                FormControls.text("patent-title", model.titleProperty()));
        form.add(PatentService.STATUS, "records.patent.field.status", FormControls.choice("patent-status",
                Arrays.asList(PatentStatus.values()), STATUS, model.statusProperty()));
        form.add(PatentService.APPLIED_ON, "records.patent.field.appliedOn",
                FormControls.date("patent-applied", model.appliedOnProperty()));
        form.add(PatentService.GRANTED_ON, "records.patent.field.grantedOn",
                FormControls.date("patent-granted", model.grantedOnProperty()));
        form.add(PatentService.LAPSED_ON, "records.patent.field.lapsedOn",
                FormControls.date("patent-lapsed", model.lapsedOnProperty()));
        form.addRow("records.patent.field.ownerIds", owners(form));
        form.add(PatentService.OTHER_OWNERS, "records.patent.field.otherOwners",
                FormControls.text("patent-other-owners", model.otherOwnersProperty()));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.patent.new") : model.currentProperty().get().number(), model.currentProperty()));
        VBox root = RecordSection.build("patents-view", "section.patents", list.build(), RecordSection.form(title, form));
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    /** The park's enterprises with a tick each; the order of ticking is the owners' order, shown below. */
    private Node owners(FormSupport form) {
        CheckListView<Enterprise> owners = new CheckListView<>(model.parkEnterprises());
        owners.setId("patent-owners");
        owners.setPrefHeight(150);
        StringConverter<Enterprise> names = Shown.as(Enterprise::name);
        owners.setCellFactory(view -> new CheckBoxListCell<>(owners::getItemBooleanProperty, names));
        owners.getCheckModel().getCheckedItems().addListener((ListChangeListener<Enterprise>) change -> {
            if (syncing) {
                return;
            }
            while (change.next()) {
                change.getRemoved().forEach(enterprise -> model.setOwner(enterprise.id(), false));
                change.getAddedSubList().forEach(enterprise -> model.setOwner(enterprise.id(), true));
            }
        });
        model.ownerIds().addListener((ListChangeListener<Long>) change -> checkOwners(owners));
        model.parkEnterprises().addListener((ListChangeListener<Enterprise>) change -> checkOwners(owners));
        form.bind(PatentService.OWNERS, owners);

        Label order = new Label();
        order.setId("patent-owner-order");
        order.setWrapText(true);
        order.textProperty().bind(Bindings.createStringBinding(() -> ownerOrder(), model.ownerIds(),
                model.parkEnterprises()));
        return new VBox(4, owners, order);
    }

    /** Ticks exactly the view model's owners. */
    private void checkOwners(CheckListView<Enterprise> owners) {
        syncing = true;
        try {
            owners.getCheckModel().clearChecks();
            for (Enterprise enterprise : model.parkEnterprises()) {
                if (model.ownerIds().contains(enterprise.id())) {
                    owners.getCheckModel().check(enterprise);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private String ownerOrder() {
        Map<Long, String> names = model.parkEnterprises().stream()
                .collect(Collectors.toMap(Enterprise::id, Enterprise::name));
        List<Long> ids = model.ownerIds();
        Function<Integer, String> line = i -> (i + 1) + ". " + names.getOrDefault(ids.get(i), "#" + ids.get(i));
        return IntStream.range(0, ids.size()).boxed().map(line).collect(Collectors.joining("   "));
    }

    private boolean confirmDelete(Patent patent) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.patent.deleteConfirm", patent.number(), patent.title()));
    }
}
