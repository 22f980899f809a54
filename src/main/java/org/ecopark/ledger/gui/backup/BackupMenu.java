package org.ecopark.ledger.gui.backup;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;

/** The file menu's 备份 and 恢复…, both off while no ledger is open; 备份 also while the one asked for is being made. */
public final class BackupMenu {

    private BackupMenu() {
    }

    /** @param owner the window the restore dialog belongs to */
    public static List<MenuItem> items(ViewContext context, Supplier<Window> owner) {
        BackupsViewModel byHand = new BackupsViewModel(context.main(), context.executor());
        MenuItem backup = new MenuItem(I18n.tr("backup.gui.menu"));
        backup.setId("menu-backup");
        backup.disableProperty().bind(context.servicesProperty().isNull().or(byHand.runningProperty()));
        backup.setOnAction(event -> notOnServer(context).ifPresentOrElse(notice -> context.dialogs()
                .showInfo(I18n.tr("backup.gui.title"), notice), () -> byHand.backUp(
                made -> context.dialogs().showInfo(I18n.tr("backup.gui.title"), made),
                failure -> context.dialogs().showError(failure.message(), failure.error()))));
        MenuItem restore = new MenuItem(I18n.tr("backup.gui.restoreMenu"));
        restore.setId("menu-restore");
        restore.disableProperty().bind(context.servicesProperty().isNull());
        restore.setOnAction(event -> notOnServer(context).ifPresentOrElse(notice -> context.dialogs()
                .showInfo(I18n.tr("backup.gui.restoreMenu"), notice), () -> RestoreDialog.create(owner.get(),
                new BackupsViewModel(context.main(), context.executor()), context.dialogs()).show()));
        return List.of(backup, restore);
    }

    /** What a ledger on a server has in place of this program's backups (the server's own), or empty for a file. */
    private static java.util.Optional<String> notOnServer(ViewContext context) {
        return context.services().server().map(server -> I18n.tr("server.cli.backupRefused", server));
    }
}
