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
    DASHBOARD(MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    TARGETS(MaterialDesignT.TARGET),
    ENTERPRISES(MaterialDesignD.DOMAIN),
    PROJECTS(MaterialDesignB.BRIEFCASE_OUTLINE),
    STAFF(MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    PATENTS(MaterialDesignC.CERTIFICATE_OUTLINE),
    STANDARDS(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE),
    PLATFORMS(MaterialDesignF.FLASK_OUTLINE),
    STATISTICS(MaterialDesignT.TABLE_LARGE),
    EVENTS(MaterialDesignC.CALENDAR_STAR),
    COLLECTION(MaterialDesignF.FILE_EXCEL_OUTLINE),
    SUBMISSIONS(MaterialDesignS.SEND_OUTLINE),
    SETTINGS(MaterialDesignC.COG_OUTLINE);

    private final Ikon icon;

    Section(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
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
