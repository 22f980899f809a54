package org.ecopark.ledger.gui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.SectionTasks;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.records.RecordOpening;
import org.ecopark.ledger.gui.backup.BackupMenu;
import org.ecopark.ledger.gui.check.LedgerCheckDialog;
import org.ecopark.ledger.gui.check.LedgerCheckViewModel;
import org.ecopark.ledger.gui.copy.CopyLedgerDialog;
import org.ecopark.ledger.gui.copy.CopyLedgerViewModel;
import org.ecopark.ledger.l10n.I18n;

/**
 * The main window's layout: menu, navigation on the left, the current section in the middle and the
 * status bar (database file, park, as-of date) at the bottom.
 */
public final class MainWindow {

    private final ViewContext context;
    private final SectionViews views;
    private final Runnable onGuide;
    private final Runnable onAbout;
    private final Runnable onExit;
    private final Function<OpenFailure, Node> failureView;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private Node parkNavigation;
    /** The bureau's screens, built once for a bureau's ledger just opened (or the window built again). */
    private Node bureauWindow;

    public MainWindow(ViewContext context, SectionViews views, Runnable onGuide, Runnable onAbout, Runnable onExit) {
        this(context, views, onGuide, onAbout, onExit, failure -> new Label(failure.message()));
    }

    /**
     * @param onGuide     opens the user guide at the section in view (帮助 → 使用说明, F1)
     * @param failureView what the window shows when no ledger is open and why ({@link OpenFailureView})
     */
    public MainWindow(ViewContext context, SectionViews views, Runnable onGuide, Runnable onAbout, Runnable onExit,
                      Function<OpenFailure, Node> failureView) {
        this.context = context;
        this.views = views;
        this.onGuide = onGuide;
        this.onAbout = onAbout;
        this.onExit = onExit;
        this.failureView = failureView;
        MainViewModel main = context.main();
        main.sectionProperty().addListener((obs, old, section) -> show(section));
        // never a spinner after a failure: what failed, and what can be done next
        main.failureProperty().addListener((obs, old, failure) -> rebuildSection());
        // Sections built before the ledger opened, or for another park, are built again; once for a ledger just
        // opened with its park, not for the ledger and again for the park
        main.servicesProperty().addListener((obs, old, services) -> rebuildUnlessSwitching());
        main.selectedParkProperty().addListener((obs, old, park) -> rebuildUnlessSwitching());
        main.roleProperty().addListener((obs, old, role) -> rebuildUnlessSwitching());
        main.switchingProperty().addListener((obs, was, now) -> {
            if (!now) {
                rebuildSection();
            }
        });
        main.navigation().recordRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                openRecord(request);
            }
        });
        main.navigation().taskRequestProperty().addListener((obs, old, request) -> {
            if (request != null) {
                SectionTasks.open(built.get(request.section()), request.task());
                main.navigation().taskRequestHandled();
            }
        });
    }

    /** Hands a record asked for by another screen to its section; one without record forms just shows. */
    private void openRecord(Navigation.RecordRequest request) {
        Node view = built.get(request.section());
        if (view != null && request.period() != null) {
            RecordOpening.openFigures(view, request.recordId(), request.period());
        } else if (view != null) {
            RecordOpening.open(view, request.recordId());
        }
        context.main().navigation().recordRequestHandled();
    }

    private void rebuildUnlessSwitching() {
        if (!context.main().switchingProperty().get()) {
            rebuildSection();
        }
    }

    private void rebuildSection() {
        built.clear();
        bureauWindow = null;
        show(context.main().sectionProperty().get());
    }

    /** Builds the window's nodes; called again after the language changes. */
    public Parent build() {
        built.clear();
        bureauWindow = null;
        root.setId("main-window");
        root.setTop(menuBar());
        parkNavigation = navigation();
        root.setLeft(parkNavigation);
        content.setId("section-content");
        content.setPadding(new Insets(16));
        root.setCenter(content);
        root.setBottom(statusBar());
        show(context.main().sectionProperty().get());
        return root;
    }

    private void show(Section section) {
        Node view;
        OpenFailure failure = context.main().failureProperty().get();
        if (context.services() == null && failure != null) {
            view = failureView.apply(failure);
        } else if (context.services() == null) {
            ProgressIndicator progress = new ProgressIndicator();
            progress.setId("opening-progress");
            Label label = new Label(I18n.tr("status.database.opening"));
            VBox waiting = new VBox(12, progress, label);
            waiting.setAlignment(Pos.CENTER);
            view = waiting;
        } else if (context.main().isBureau()) {
            // the bureau's screens bring their own navigation
            if (bureauWindow == null) {
                bureauWindow = views.createBureauWindow(context);
            }
            view = bureauWindow;
        } else {
            view = built.computeIfAbsent(section, s -> views.create(s, context));
        }
        root.setLeft(context.main().isBureau() ? null : parkNavigation);
        content.setPadding(context.main().isBureau() ? Insets.EMPTY : new Insets(16));
        content.getChildren().setAll(view);
    }

    private MenuBar menuBar() {
        MenuItem exit = new MenuItem(I18n.tr("menu.file.exit"));
        exit.setId("menu-exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(event -> onExit.run());
        MenuItem check = new MenuItem(I18n.tr("check.gui.menu"));
        check.setId("menu-check");
        check.disableProperty().bind(context.servicesProperty().isNull());
        check.setOnAction(event -> LedgerCheckDialog.create(content.getScene().getWindow(),
                new LedgerCheckViewModel(() -> context.services().check(), context.executor())).show());
        MenuItem copy = new MenuItem(I18n.tr("copy.gui.menu"));
        copy.setId("menu-copy");
        copy.disableProperty().bind(context.servicesProperty().isNull());
        copy.setOnAction(event -> CopyLedgerDialog.create(content.getScene().getWindow(), new CopyLedgerViewModel(
                (to, progress) -> context.services().copyTo(to, progress), context.executor(), context.dialogs(),
                ledgerFolder())).show());
        Menu file = new Menu(I18n.tr("menu.file"));
        file.getItems().addAll(LedgerMenu.items(context));
        file.getItems().addAll(new SeparatorMenuItem(), check, copy, new SeparatorMenuItem());
        file.getItems().addAll(BackupMenu.items(context, () -> content.getScene().getWindow()));
        file.getItems().addAll(new SeparatorMenuItem(), exit);
        file.setId("menu-file");

        MenuItem guide = new MenuItem(I18n.tr("help.menu"));
        guide.setId("menu-guide");
        guide.setAccelerator(KeyCombination.keyCombination("F1"));
        guide.setOnAction(event -> onGuide.run());
        MenuItem about = new MenuItem(I18n.tr("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(event -> onAbout.run());
        Menu help = new Menu(I18n.tr("menu.help"), null, guide, new SeparatorMenuItem(), about);
        help.setId("menu-help");
        return new MenuBar(file, help);
    }

    /** The open ledger file's folder, where a copy's file chooser starts; null for a ledger on a server. */
    private java.nio.file.Path ledgerFolder() {
        java.nio.file.Path file = context.services().databaseFile();
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private Node navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(2);
        nav.getStyleClass().add(Styles.NAV);
        nav.setId("navigation");
        for (Section section : Section.values()) {
            if (section == Section.SETTINGS) {
                org.ecopark.ledger.gui.common.NavButtons.bottom(nav);
            }
            ToggleButton button = org.ecopark.ledger.gui.common.NavButtons.create(I18n.tr(section.titleKey()),
                    section.icon(), section.navId(), group, () -> context.main().sectionProperty().set(section));
            button.setSelected(section == context.main().sectionProperty().get());
            // follows the section when another screen changes it (a record opened from a target's detail)
            context.main().sectionProperty().addListener((obs, old, shown) -> button.setSelected(shown == section));
            nav.getChildren().add(button);
        }
        return org.ecopark.ledger.gui.common.NavButtons.scrolling(nav);
    }

    private Node statusBar() {
        MainViewModel main = context.main();
        Label database = new Label();
        database.setId("status-database");
        database.textProperty().bind(Bindings.concat(I18n.tr("status.database"), " ", main.databaseLabelProperty()));
        Label park = new Label();
        park.setId("status-park");
        // the short name, which fits beside the as-of date in English too; the full name in the tooltip
        park.textProperty().bind(Bindings.createStringBinding(() -> main.isBureau()
                ? I18n.tr("bureau.gui.statusBar", main.servicesProperty().get().bureau().profile()
                        .map(profile -> profile.name()).orElse(""))
                : I18n.tr("status.park", main.selectedParkProperty().get() == null ? I18n.tr("status.park.none")
                        : main.selectedParkProperty().get().shortNameIn(I18n.locale())),
                main.selectedParkProperty(), main.roleProperty(), main.servicesProperty()));
        park.tooltipProperty().bind(Bindings.createObjectBinding(() -> main.selectedParkProperty().get() == null ? null
                : new Tooltip(main.selectedParkProperty().get().nameIn(I18n.locale())), main.selectedParkProperty()));
        // the ledger's path and the park give way (shortened with …, whole in the tooltip); the as-of date never does
        database.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        database.setMinWidth(0);
        database.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(database.getText()),
                database.textProperty()));
        park.setMinWidth(0);
        Label asOfLabel = new Label(I18n.tr("status.asOf"));
        asOfLabel.setMinWidth(Region.USE_PREF_SIZE);
        DatePicker asOf = DatePickers.iso("as-of-date");
        asOf.valueProperty().bindBidirectional(main.asOfDateProperty());
        asOf.setMinWidth(Region.USE_PREF_SIZE);
        asOf.setMaxWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        spacer.setMinWidth(0);
        Separator separator = new Separator(javafx.geometry.Orientation.VERTICAL);
        separator.setMinWidth(Region.USE_PREF_SIZE);
        // a bureau's figures are what each package reports at its period's end: the as-of date is the park's only
        var parkLedger = Bindings.createBooleanBinding(() -> !main.isBureau(), main.roleProperty(), main.servicesProperty());
        for (Node parkOnly : List.of(asOfLabel, asOf)) {
            parkOnly.visibleProperty().bind(parkLedger);
            parkOnly.managedProperty().bind(parkLedger);
        }
        HBox bar = new HBox(16, database, separator, park, spacer, asOfLabel, asOf);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        bar.setId("status-bar");
        return bar;
    }
}
