package org.ecopark.ledger.gui.collection;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.SectionTask;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.SectionTasks;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.records.PeriodPicker;
import org.ecopark.ledger.gui.records.RecordSection;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ListKind;

/**
 * The collection section: the period on top, then three tabs: generate the templates to send to the
 * enterprises, import the workbooks they send back, and import lists of records from any sheet or CSV.
 */
public final class CollectionView {

    /** Where the window remembers the tab in view, across a rebuild in another language. */
    private static final String TAB = "collection.tab";

    private final CollectionViewModel model;
    private final DialogService dialogs;

    public CollectionView(CollectionViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("collection-view", "section.collection");
        }
        var services = context.services();
        CollectionViewModel model = new CollectionViewModel(services.collection(), services.records().enterprises(),
                context.parkProperty().get(), context.asOfDateProperty().get(), context.executor());
        model.keepPeriodIn(context.memory());
        VBox view = new CollectionView(model, context.dialogs()).build();
        TabPane tabs = (TabPane) view.lookup("#collection-tabs");
        context.memory().recall(TAB, Integer.class).ifPresent(tabs.getSelectionModel()::select);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                context.memory().remember(TAB, index.intValue()));
        context.refresh().watch(view, LedgerTables.ENTERPRISE_CHOICES, model.templates()::refreshEnterprises);
        return view;
    }

    public VBox build() {
        Label title = new Label(I18n.tr("section.collection"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        // the office keeps its files together: the templates' folder is first looked for beside the list imported
        TemplatesPane templatesPane = new TemplatesPane(model.templates(), dialogs, () -> {
            Path list = model.lists().fileProperty().get();
            return list == null ? null : list.toAbsolutePath().getParent();
        });
        Tab templates = tab("collection-tab-templates", "collection.gui.tab.templates", templatesPane.build());
        Tab imports = tab("collection-tab-import", "collection.gui.tab.import",
                new ImportPane(model.imports(), dialogs).build());
        ListImportPane listPane = new ListImportPane(model.lists(), dialogs);
        Tab lists = tab("collection-tab-lists", "collection.gui.tab.lists", listPane.build());
        TabPane tabs = new TabPane(templates, imports, lists);
        tabs.setId("collection-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox root = new VBox(title, periodChooser(), tabs);
        root.setId("collection-view");
        root.getStyleClass().addAll(Styles.PAGE, CollectionStyles.SECTION);
        root.getStylesheets().add(CollectionView.class.getResource(CollectionStyles.STYLESHEET).toExternalForm());
        // the file or folder is asked for once the section is on screen behind the dialog
        SectionTasks.mark(root, SectionTask.IMPORT_ENTERPRISES, () -> {
            tabs.getSelectionModel().select(lists);
            model.lists().kindProperty().set(ListKind.ENTERPRISE);
            Platform.runLater(listPane::chooseFile);
        });
        SectionTasks.mark(root, SectionTask.GENERATE_TEMPLATES, () -> {
            tabs.getSelectionModel().select(templates);
            if (model.templates().folderProperty().get() == null) {
                Platform.runLater(templatesPane::chooseFolder);
            }
        });
        return root;
    }

    /** Selects a tab by index; for tests and for the screenshot of the import report. */
    static void select(Node root, int index) {
        ((TabPane) root.lookup("#collection-tabs")).getSelectionModel().select(index);
    }

    private static Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(I18n.tr(titleKey), content);
        tab.setId(id);
        return tab;
    }

    private Node periodChooser() {
        PeriodPicker picker = PeriodPicker.create("collection", model.periodTypeProperty(), model.yearProperty(),
                model.partProperty(), model.parts());
        Label hint = new Label(I18n.tr("collection.gui.periodHint"));
        hint.getStyleClass().add(CollectionStyles.HINT);
        HBox box = new HBox(new Label(I18n.tr("collection.gui.period")), picker.type(), picker.year(),
                picker.part(), hint);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(CollectionStyles.ROW);
        return box;
    }
}
