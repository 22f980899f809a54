package org.ecopark.ledger.gui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import org.ecopark.ledger.gui.bureau.BureauWindow;
import org.ecopark.ledger.gui.collection.CollectionView;
import org.ecopark.ledger.gui.dashboard.DashboardView;
import org.ecopark.ledger.gui.records.EnterprisesView;
import org.ecopark.ledger.gui.records.EventsView;
import org.ecopark.ledger.gui.records.PatentsView;
import org.ecopark.ledger.gui.records.PlatformsView;
import org.ecopark.ledger.gui.records.ProjectsView;
import org.ecopark.ledger.gui.records.StaffView;
import org.ecopark.ledger.gui.records.StandardsView;
import org.ecopark.ledger.gui.records.StatisticsView;
import org.ecopark.ledger.gui.settings.SettingsView;
import org.ecopark.ledger.gui.submissions.SubmissionsView;
import org.ecopark.ledger.gui.targets.TargetsView;
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

    /**
     * Every section's view. Each factory is a lambda, not a method reference: a reference resolves its view's class
     * (and the classes its checking needs) when the window is built, a lambda only when the section is first shown.
     */
    public static SectionViews standard(UserPreferences preferences) {
        SectionViews views = new SectionViews();
        views.register(Section.DASHBOARD, context -> DashboardView.create(context));
        views.register(Section.TARGETS, context -> TargetsView.create(context));
        views.register(Section.ENTERPRISES, context -> EnterprisesView.create(context));
        views.register(Section.PATENTS, context -> PatentsView.create(context));
        views.register(Section.STATISTICS, context -> StatisticsView.create(context));
        views.register(Section.STAFF, context -> StaffView.create(context));
        views.register(Section.STANDARDS, context -> StandardsView.create(context));
        views.register(Section.PLATFORMS, context -> PlatformsView.create(context));
        views.register(Section.PROJECTS, context -> ProjectsView.create(context));
        views.register(Section.EVENTS, context -> EventsView.create(context));
        views.register(Section.COLLECTION, context -> CollectionView.create(context));
        views.register(Section.SUBMISSIONS, context -> SubmissionsView.create(context));
        views.register(Section.SETTINGS, context -> SettingsView.create(context, preferences));
        views.bureauWindow = context -> BureauWindow.create(context, preferences);
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
