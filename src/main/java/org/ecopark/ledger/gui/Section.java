package org.ecopark.ledger.gui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The sections of the main window, in the order of the navigation list. */
public enum Section {
    DASHBOARD,
    TARGETS,
    ENTERPRISES,
    PROJECTS,
    STAFF,
    PATENTS,
    STANDARDS,
    PLATFORMS,
    STATISTICS,
    EVENTS,
    COLLECTION,
    SUBMISSIONS,
    SETTINGS;

    /**
     * The section's icon in the navigation. Looked up when asked for, not held by the constant: each of Material
     * Design's icon sets is an enum of a few thousand constants, and the sections are known before the window's first
     * frame, the icons only once the navigation is built after it.
     */
    public Ikon icon() {
        return switch (this) {
            case DASHBOARD -> MaterialDesignV.VIEW_DASHBOARD_OUTLINE;
            case TARGETS -> MaterialDesignT.TARGET;
            case ENTERPRISES -> MaterialDesignD.DOMAIN;
            case PROJECTS -> MaterialDesignB.BRIEFCASE_OUTLINE;
            case STAFF -> MaterialDesignA.ACCOUNT_GROUP_OUTLINE;
            case PATENTS -> MaterialDesignC.CERTIFICATE_OUTLINE;
            case STANDARDS -> MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE;
            case PLATFORMS -> MaterialDesignF.FLASK_OUTLINE;
            case STATISTICS -> MaterialDesignT.TABLE_LARGE;
            case EVENTS -> MaterialDesignC.CALENDAR_STAR;
            case COLLECTION -> MaterialDesignF.FILE_EXCEL_OUTLINE;
            case SUBMISSIONS -> MaterialDesignS.SEND_OUTLINE;
            case SETTINGS -> MaterialDesignC.COG_OUTLINE;
        };
    }

    /** The l10n key of the section's name. */
    public String titleKey() {
        return "section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The id of the navigation entry, for lookups in tests. */
    public String navId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
