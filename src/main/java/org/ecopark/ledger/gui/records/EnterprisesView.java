package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;

/** The enterprises section: the park's enterprises on the left, the form with the titles on the right. */
public final class EnterprisesView {

    private static final String SEGMENT = "records.segment.";
    private static final String TITLE = "records.title.";

    private final EnterprisesViewModel model;
    private final ViewContext context;

    public EnterprisesView(EnterprisesViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("enterprises-view", "section.enterprises");
        }
        EnterprisesViewModel model = new EnterprisesViewModel(context.services().records().enterprises(),
                context.parkProperty().get().id(), context.executor());
        return RecordSection.current(context, new EnterprisesView(model, context).build(), model, LedgerTables.ENTERPRISES);
    }

    public Node build() {
        LocalDate asOf = context.asOfDateProperty().get();
        RecordListView<Enterprise> list = new RecordListView<>(model, this::confirmDelete)
                .column("enterprise-col-name", "records.enterprise.field.name", Enterprise::name, 230)
                .column("enterprise-col-uscc", "records.enterprise.field.uscc", Enterprise::uscc, 190)
                .column("enterprise-col-segment", "records.enterprise.field.segment",
                        e -> I18n.tr(SEGMENT + e.segment().name()), 100)
                .column("enterprise-col-settled", "records.enterprise.field.settledOn", Enterprise::settledOn, 105)
                .column("enterprise-col-left", "records.enterprise.field.leftOn", Enterprise::leftOn, 105)
                .column("enterprise-col-titles", "records.enterprise.field.titles",
                        e -> EnterprisesViewModel.titlesAt(e, asOf), 220)
                .column("enterprise-col-contact", "records.enterprise.field.contactPerson", Enterprise::contactPerson, 80);
        FormSupport form = new FormSupport(model);
        form.add(EnterpriseService.USCC, "records.enterprise.field.uscc",
                FormControls.text("enterprise-uscc", model.usccProperty())).setPromptText("91370402MA…");
        form.add(EnterpriseService.NAME, "records.enterprise.field.name",
                FormControls.text("enterprise-name", model.nameProperty()));
        form.add(EnterpriseService.SHORT_NAME, "records.enterprise.field.shortName",
                FormControls.text("enterprise-short-name", model.shortNameProperty()));
        form.add(EnterpriseService.SEGMENT, "records.enterprise.field.segment", FormControls.choice("enterprise-segment",
                Arrays.asList(EnterpriseSegment.values()), SEGMENT, model.segmentProperty()));
        form.addRow("records.enterprise.field.envRelated", FormControls.check("enterprise-env-related",
                "records.enterprise.envRelatedHint", model.envRelatedProperty()));
        form.add(EnterpriseService.SETTLED_ON, "records.enterprise.field.settledOn",
                FormControls.date("enterprise-settled", model.settledOnProperty()));
        form.add(EnterpriseService.LEFT_ON, "records.enterprise.field.leftOn",
                FormControls.date("enterprise-left", model.leftOnProperty()));
        form.add(EnterpriseService.CONTACT_PERSON, "records.enterprise.field.contactPerson",
                FormControls.text("enterprise-contact-person", model.contactPersonProperty()));
        form.add(EnterpriseService.CONTACT_PHONE, "records.enterprise.field.contactPhone",
                FormControls.text("enterprise-contact-phone", model.contactPhoneProperty()));
        form.add(EnterpriseService.ADDRESS, "records.enterprise.field.address",
                FormControls.text("enterprise-address", model.addressProperty()));
        form.add(EnterpriseService.NOTE, "records.enterprise.field.note",
                FormControls.area("enterprise-note", model.noteProperty(), 2));
        form.addRow("records.enterprise.field.titles", titles(form));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.enterprise.new") : model.currentProperty().get().name(), model.currentProperty()));
        VBox root = RecordSection.build("enterprises-view", "section.enterprises", list.build(),
                RecordSection.form(title, form));
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    /** The titles table and, under it, a row to add a title. */
    private Node titles(FormSupport form) {
        TableView<EnterpriseTitle> table = new TableView<>(model.titles());
        table.setId("title-table");
        table.getStyleClass().add(RecordStyles.SUB_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("records.enterprise.title.none")));
        table.getColumns().add(column("records.enterprise.title.kind", t -> I18n.tr(TITLE + t.kind().name())));
        table.getColumns().add(column("records.enterprise.title.awarded", t -> FormControls.format(t.awardedOn())));
        table.getColumns().add(column("records.enterprise.title.expires", t -> FormControls.format(t.expiresOn())));
        table.getColumns().add(column("records.enterprise.title.certificate", t -> FormControls.format(t.certificateNo())));
        form.bind(EnterpriseService.TITLES, table);

        ComboBox<TitleKind> kind = FormControls.choice("title-kind", Arrays.asList(TitleKind.values()), TITLE,
                model.titleKindProperty());
        kind.setPromptText(I18n.tr("records.enterprise.title.kind"));
        kind.setMaxWidth(170);
        DatePicker awarded = FormControls.date("title-awarded", model.titleAwardedProperty());
        awarded.setPromptText(I18n.tr("records.enterprise.title.awarded"));
        awarded.setPrefWidth(125);
        DatePicker expires = FormControls.date("title-expires", model.titleExpiresProperty());
        expires.setPromptText(I18n.tr("records.enterprise.title.expires"));
        expires.setPrefWidth(125);
        TextField certificate = FormControls.text("title-certificate", model.titleCertificateProperty());
        certificate.setPromptText(I18n.tr("records.enterprise.title.certificate"));
        certificate.setPrefColumnCount(10);
        Button add = new Button(I18n.tr("records.enterprise.title.add"));
        add.setId("title-add");
        add.disableProperty().bind(model.canAddTitleProperty().not());
        add.setOnAction(event -> model.addTitle());
        Button remove = new Button(I18n.tr("records.enterprise.title.remove"));
        remove.setId("title-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeTitle(table.getSelectionModel().getSelectedItem()));
        FlowPane editor = new FlowPane(6, 6, kind, awarded, expires, certificate, add, remove);
        return new VBox(6, table, editor);
    }

    private static TableColumn<EnterpriseTitle, String> column(String titleKey,
                                                               java.util.function.Function<EnterpriseTitle, String> value) {
        TableColumn<EnterpriseTitle, String> column = new TableColumn<>(I18n.tr(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private boolean confirmDelete(Enterprise enterprise) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.enterprise.deleteConfirm", enterprise.name()));
    }
}
