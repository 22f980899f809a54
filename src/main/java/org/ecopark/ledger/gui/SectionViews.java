package org.ecopark.ledger.gui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import org.ecopark.ledger.gui.settings.SettingsView;
import org.ecopark.ledger.logic.UserPreferences;

/**
 * Which view each section shows. Views are built when first visited, not at start-up, so the first
 * frame does not wait for screens nobody opened yet.
 */
public final class SectionViews {

    private final Map<Section, Function<ViewContext, Node>> factories = new EnumMap<>(Section.class);
    private Function<ViewContext, Node> bureauWindow = context -> {
        // standard() gives the bureau's screens; only a test's partial set can miss them
        throw new IllegalStateException("No bureau window is registered");
    };

    public static SectionViews standard(UserPreferences preferences) {
        SectionViews views = new SectionViews();
        views.register(Section.DASHBOARD, org.ecopark.ledger.gui.dashboard.DashboardView::create);
        views.register(Section.TARGETS, org.ecopark.ledger.gui.targets.TargetsView::create);
        views.register(Section.ENTERPRISES, org.ecopark.ledger.gui.records.EnterprisesView::create);
        views.register(Section.PATENTS, org.ecopark.ledger.gui.records.PatentsView::create);
        views.register(Section.STATISTICS, org.ecopark.ledger.gui.records.StatisticsView::create);
        views.register(Section.STAFF, org.ecopark.ledger.gui.records.StaffView::create);
        views.register(Section.STANDARDS, org.ecopark.ledger.gui.records.StandardsView::create);
        views.register(Section.PLATFORMS, org.ecopark.ledger.gui.records.PlatformsView::create);
        views.register(Section.PROJECTS, org.ecopark.ledger.gui.records.ProjectsView::create);
        views.register(Section.EVENTS, org.ecopark.ledger.gui.records.EventsView::create);
        views.register(Section.COLLECTION, org.ecopark.ledger.gui.collection.CollectionView::create);
        views.register(Section.SUBMISSIONS, org.ecopark.ledger.gui.submissions.SubmissionsView::create);
        views.register(Section.SETTINGS, context -> SettingsView.create(context, preferences));
        views.bureauWindow = context -> org.ecopark.ledger.gui.bureau.BureauWindow.create(context, preferences);
        return views;
    }

    /** What the window shows for a city bureau's ledger in place of the park's sections and their navigation. */
    public SectionViews registerBureauWindow(Function<ViewContext, Node> factory) {
        bureauWindow = factory;
        return this;
    }

    public Node createBureauWindow(ViewContext context) {
        return bureauWindow.apply(context);
    }

    public SectionViews register(Section section, Function<ViewContext, Node> factory) {
        factories.put(section, factory);
        return this;
    }

    public Node create(Section section, ViewContext context) {
        Function<ViewContext, Node> factory = factories.get(section);
        if (factory == null) {
            // Every section has its view in standard(); only a test's partial set can miss one.
            throw new IllegalStateException("No view is registered for section " + section);
        }
        return factory.apply(context);
    }
}
