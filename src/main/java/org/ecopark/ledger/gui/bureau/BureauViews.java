package org.ecopark.ledger.gui.bureau;

import javafx.scene.Node;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.settings.SettingsView;
import org.ecopark.ledger.logic.UserPreferences;

/** Builds each bureau section's view: one factory method a section, chosen in {@link #create}. */
final class BureauViews {

    private final UserPreferences preferences;

    BureauViews(UserPreferences preferences) {
        this.preferences = preferences;
    }

    Node create(BureauSection section, ViewContext context) {
        return switch (section) {
            case STATUS -> StatusView.create(context);
            case CONSOLIDATION -> ConsolidationView.create(context);
            case KEYS -> KeysView.create(context);
            case PLANS -> plans(context);
            case SETTINGS -> SettingsView.create(context, preferences);
        };
    }

    private static Node plans(ViewContext context) {
        PlanDistributionPane pane = PlanDistributionPane.create(context.services(), context.dialogs(), context.executor());
        context.refresh().watch(pane, LedgerTables.SUBMISSIONS, pane::reload);
        return pane;
    }
}
