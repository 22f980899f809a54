package org.ecopark.ledger.gui;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Locations;

/**
 * 文件 → 新建台账… and 打开台账…: another ledger in this window, e.g. the park's own after the demo was tried. The
 * window opens the ledger it had open last at its next start ({@link Locations#windowLedger}).
 */
final class LedgerMenu {

    private LedgerMenu() {
    }

    static List<MenuItem> items(ViewContext context) {
        MenuItem create = new MenuItem(I18n.tr("menu.file.newLedger"));
        create.setId("menu-new-ledger");
        create.setOnAction(event -> context.dialogs().chooseNewLedger(folder(context))
                .ifPresent(context.main()::switchLedger));
        MenuItem open = new MenuItem(I18n.tr("menu.file.openLedger"));
        open.setId("menu-open-ledger");
        open.setOnAction(event -> context.dialogs().chooseLedger(folder(context))
                .ifPresent(context.main()::switchLedger));
        for (MenuItem item : List.of(create, open)) {
            item.disableProperty().bind(context.main().loadingProperty());
        }
        return List.of(create, open);
    }

    /** The open ledger's folder, where a park keeps its ledgers; the data folder before any was opened. */
    private static Path folder(ViewContext context) {
        Path ledger = context.main().ledger();
        Path parent = ledger == null ? null : ledger.toAbsolutePath().getParent();
        return parent != null ? parent : Locations.dataDirectory();
    }
}
