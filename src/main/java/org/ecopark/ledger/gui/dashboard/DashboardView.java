package org.ecopark.ledger.gui.dashboard;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.targets.Choice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The dashboard section: every target of the park as a card (指标总览) and the milestone list (里程碑), under the
 * first steps of a new park while they are open.
 * A card opens the target's trajectory in place of the cards; "back" returns to them.
 */
public final class DashboardView {

    /** Where the window remembers the tab and the target page in view, across a rebuild in another language. */
    private static final String TAB = "dashboard.tab";
    private static final String OPENED = "dashboard.opened";

    private final DashboardViewModel model;
    private final MilestonesViewModel milestones;
    private final FirstStepsViewModel firstSteps;
    private final StackPane overview = new StackPane();
    private final TabPane tabs = new TabPane();
    private Node cardsPage;

    /** @param firstSteps the guide of a new park, above the tabs while its steps are open */
    public DashboardView(DashboardViewModel model, MilestonesViewModel milestones, FirstStepsViewModel firstSteps) {
        this.model = model;
        this.milestones = milestones;
        this.firstSteps = firstSteps;
    }

    public static Node create(ViewContext context) {
        DashboardView view = new DashboardView(new DashboardViewModel(context), new MilestonesViewModel(context),
                new FirstStepsViewModel(context));
        Node root = view.build();
        context.refresh().watch(root, LedgerTables.ANY, view::refresh);
        view.refreshCardsFirst();
        view.keepChoicesIn(context.memory(), context.services() == null ? null : context.services().targets());
        return root;
    }

    /**
     * Shows the tab and the target's page in view before the window was built again (a new language), and remembers
     * them from now on.
     */
    private void keepChoicesIn(SectionMemory memory, TargetService targets) {
        memory.recall(TAB, Integer.class).ifPresent(tabs.getSelectionModel()::select);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                memory.remember(TAB, index.intValue()));
        if (targets != null) {
            memory.recall(OPENED, Long.class).flatMap(targets::find).ifPresent(model::open);
        }
        model.openedProperty().addListener((obs, old, target) -> memory.remember(OPENED,
                target == null ? null : target.id()));
    }

    /**
     * The screen's first reading: the cards' evaluation first, the milestones and the first steps once the cards are
     * filled, so that their reading does not share the processor with the evaluation and the cards' building.
     */
    private void refreshCardsFirst() {
        model.refresh();
        if (!model.busyProperty().get()) {
            refreshBesideCards();
            return;
        }
        model.busyProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    // after the evaluation's result is shown, which follows in the same event
                    Platform.runLater(DashboardView.this::refreshBesideCards);
                }
            }
        });
    }

    private void refreshBesideCards() {
        milestones.refresh();
        firstSteps.refresh();
    }

    private void refresh() {
        model.refresh();
        milestones.refresh();
        firstSteps.refresh();
    }

    public Node build() {
        Label title = new Label(I18n.tr("section.dashboard"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        cardsPage = cardsPage();
        overview.getChildren().setAll(cardsPage);
        model.openedProperty().addListener((obs, old, target) -> showDetail(target));

        Tab overviewTab = new Tab(I18n.tr("indicators.dashboard.tab.overview"), overview);
        overviewTab.setId("tab-overview");
        Tab milestonesTab = new Tab(I18n.tr("indicators.dashboard.tab.milestones"));
        milestonesTab.setId("tab-milestones");
        // its table is built when the tab is first shown: at start it was a fifth of the window's nodes and controls
        // to style before the cards, for a tab behind them
        onceTrue(milestonesTab.selectedProperty(), () -> milestonesTab.setContent(
                new MilestonesView(milestones, this::openFromMilestones).build()));
        tabs.getTabs().setAll(overviewTab, milestonesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("dashboard-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox root = new VBox(title, tabs);
        addFirstStepsWhenShown(root);
        root.setId("dashboard-view");
        root.getStyleClass().addAll(Styles.PAGE, DashboardStyles.DASHBOARD);
        root.getStylesheets().add(DashboardView.class.getResource(DashboardStyles.STYLESHEET).toExternalForm());
        return root;
    }

    private Node cardsPage() {
        FlowPane cards = new FlowPane();
        cards.setId("dashboard-cards");
        cards.getStyleClass().add(DashboardStyles.CARDS);
        model.shown().addListener((ListChangeListener<Object>) change -> fill(cards));
        fill(cards);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label message = new Label();
        message.setId("dashboard-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(model.messageProperty());

        VBox page = new VBox(10, toolbar(), summary(), scroll, message);
        page.getStyleClass().add(DashboardStyles.DASHBOARD);
        return page;
    }

    private void fill(FlowPane cards) {
        cards.getChildren().setAll(model.shown().stream().map(e -> TargetCard.build(e, model::open)).toList());
    }

    private Node toolbar() {
        DatePicker asOf = DatePickers.iso("dashboard-as-of");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        asOf.setPrefWidth(160);
        Button finalEvaluation = new Button();
        finalEvaluation.setId("final-evaluation");
        finalEvaluation.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("indicators.dashboard.finalEvaluation", model.planEndProperty().get().toString()),
                model.planEndProperty()));
        finalEvaluation.setOnAction(event -> model.showFinalEvaluation());

        ComboBox<Choice<TargetStatus>> status = new ComboBox<>(model.statusChoices());
        status.setId("filter-status");
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<Choice<TargetKind>> kind =
                new ComboBox<>(model.kindChoices());
        kind.setId("filter-kind");
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("dashboard-progress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, label("indicators.dashboard.asOf"), asOf, finalEvaluation, progress, spacer,
                label("indicators.dashboard.filter.status"), status, label("indicators.dashboard.filter.kind"), kind);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(DashboardStyles.TOOLBAR);
        return bar;
    }

    /** A chip per status with its count; a chip filters the cards by its status, pressed again shows all. */
    private Node summary() {
        HBox strip = new HBox(8);
        strip.setId("dashboard-summary");
        strip.getStyleClass().add(DashboardStyles.SUMMARY);
        for (TargetStatus status : TargetStatus.values()) {
            Button chip = new Button();
            chip.setId("summary-" + status.name());
            chip.getStyleClass().addAll(DashboardStyles.SUMMARY_CHIP, DashboardStyles.of(status));
            chip.textProperty().bind(Bindings.createStringBinding(
                    () -> EvaluationTexts.status(status) + "  " + model.countProperty(status).get(),
                    model.countProperty(status)));
            chip.setOnAction(event -> {
                var current = model.statusFilterProperty().get();
                model.filterByStatus(current != null && current.value() == status ? null : status);
            });
            strip.getChildren().add(chip);
        }
        return strip;
    }

    /**
     * Puts the guide of a new park under the title once it is first to be shown: a park past its first steps (most
     * starts) never builds it.
     */
    private void addFirstStepsWhenShown(VBox root) {
        onceTrue(firstSteps.shownProperty(), () -> root.getChildren().add(1, new FirstStepsPane(firstSteps).build()));
    }

    /** Runs {@code action} once: now if {@code condition} holds, else the first time it comes to hold. */
    private static void onceTrue(ObservableValue<Boolean> condition, Runnable action) {
        if (Boolean.TRUE.equals(condition.getValue())) {
            action.run();
            return;
        }
        condition.addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    value.removeListener(this);
                    action.run();
                }
            }
        });
    }

    private void openFromMilestones(Target target) {
        tabs.getSelectionModel().select(0);
        model.open(target);
    }

    private void showDetail(Target target) {
        if (target == null) {
            overview.getChildren().setAll(cardsPage);
            return;
        }
        TargetTrajectoryViewModel detail = new TargetTrajectoryViewModel(model.context(), target);
        Node page = new TargetTrajectoryView(detail, model.context(), model::closeDetail).build();
        model.context().refresh().watch(page, LedgerTables.ANY, detail::refresh);
        overview.getChildren().setAll(page);
        detail.refresh();
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }
}
