package org.ecopark.ledger.gui.bureau;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The sections of the bureau's window, in the order of its navigation. A new section is one constant here, its icon
 * and its view's factory method in {@link BureauViews}; its name is {@code bureau.section.<name>} in the bundles.
 */
public enum BureauSection {
    STATUS,
    CONSOLIDATION,
    KEYS,
    PLANS,
    SETTINGS;

    /** The icon in the navigation, looked up when the navigation is built (as {@code Section.icon()}). */
    public Ikon icon() {
        return switch (this) {
            case STATUS -> MaterialDesignI.INBOX_ARROW_DOWN_OUTLINE;
            case CONSOLIDATION -> MaterialDesignT.TABLE_LARGE;
            case KEYS -> MaterialDesignK.KEY_CHAIN_VARIANT;
            case PLANS -> MaterialDesignS.SEND_OUTLINE;
            case SETTINGS -> MaterialDesignC.COG_OUTLINE;
        };
    }

    /** Whether the section sits apart at the bottom of the navigation, as 设置 does in the park's window. */
    public boolean atBottom() {
        return this == SETTINGS;
    }

    /** The l10n key of the section's name. */
    public String titleKey() {
        return "bureau.section." + name().toLowerCase(Locale.ROOT);
    }

    /** The id of the navigation entry, for lookups in tests. */
    public String navId() {
        return "bureau-nav-" + name().toLowerCase(Locale.ROOT);
    }
}
