package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.RdStaff;

/** The R&D staff section: the people with the headcount on the as-of date, and the form of one person. */
public final class StaffView {

    private static final String EDUCATION = "records.education.";

    private final StaffViewModel model;
    private final ViewContext context;

    public StaffView(StaffViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("staff-view", "section.staff");
        }
        var records = context.services().records();
        StaffViewModel model = new StaffViewModel(records.staff(), records.enterprises(),
                context.parkProperty().get().id(), context.asOfDateProperty().get(), context.executor());
        return RecordSection.current(context, new StaffView(model, context).build(), model, LedgerTables.STAFF);
    }

    public Node build() {
        RecordListView<RdStaff> list = new RecordListView<>(model, this::confirmDelete)
                .column("staff-col-name", "records.staff.field.name", RdStaff::name, 65)
                .column("staff-col-enterprise", "records.staff.field.enterpriseId",
                        s -> model.enterpriseName(s.enterpriseId()), 160)
                .column("staff-col-education", "records.staff.field.education",
                        s -> s.education() == null ? "" : I18n.tr(EDUCATION + s.education().name()), 50)
                .column("staff-col-title", "records.staff.field.professionalTitle", RdStaff::professionalTitle, 90)
                .column("staff-col-full-time", "records.staff.field.fullTime",
                        s -> I18n.tr(s.fullTime() ? "records.staff.fullTime" : "records.staff.partTime"), 45)
                .column("staff-col-joined", "records.staff.field.joinedOn", RdStaff::joinedOn, 102)
                .column("staff-col-left", "records.staff.field.leftOn", RdStaff::leftOn, 102);
        FormSupport form = new FormSupport(model);
        form.add(RdStaffService.NAME, "records.staff.field.name", FormControls.text("staff-name", model.nameProperty()));
        form.add(RdStaffService.ENTERPRISE, "records.staff.field.enterpriseId",
                EnterpriseChooser.required("staff-enterprise", model.enterprises(), model.enterpriseIdProperty()));
        form.add(RdStaffService.ID_HINT, "records.staff.field.idHint",
                FormControls.text("staff-id-hint", model.idHintProperty())).setPromptText(I18n.tr("records.staff.idHintPrompt"));
        form.add(RdStaffService.EDUCATION, "records.staff.field.education", FormControls.choice("staff-education",
                Arrays.asList(Education.values()), EDUCATION, model.educationProperty()));
        form.add(RdStaffService.PROFESSIONAL_TITLE, "records.staff.field.professionalTitle",
                FormControls.text("staff-professional-title", model.professionalTitleProperty()));
        form.add(RdStaffService.FULL_TIME, "records.staff.field.fullTime", FormControls.check("staff-full-time",
                "records.staff.fullTimeHint", model.fullTimeProperty()));
        form.add(RdStaffService.JOINED_ON, "records.staff.field.joinedOn",
                FormControls.date("staff-joined", model.joinedOnProperty()));
        form.add(RdStaffService.LEFT_ON, "records.staff.field.leftOn",
                FormControls.date("staff-left", model.leftOnProperty()));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.staff.new") : model.currentProperty().get().name(), model.currentProperty()));
        VBox root = RecordSection.build("staff-view", "section.staff", withHeadcount(list.build()),
                RecordSection.form(title, form));
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    /** The list with the park's R&D headcount on the as-of date above it. */
    private Node withHeadcount(Node list) {
        return ListSummary.above(list, "staff-headcount", Bindings.createStringBinding(() -> I18n.tr(
                "records.staff.headcount", FormControls.format(model.asOf()), model.headcountProperty().get(),
                model.fullTimeHeadcountProperty().get()), model.headcountProperty(), model.fullTimeHeadcountProperty()));
    }

    private boolean confirmDelete(RdStaff person) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.staff.deleteConfirm", person.name(), model.enterpriseName(person.enterpriseId())));
    }
}
