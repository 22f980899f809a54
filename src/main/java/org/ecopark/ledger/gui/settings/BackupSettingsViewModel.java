package org.ecopark.ledger.gui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupPolicy;
import org.ecopark.ledger.logic.backup.BackupService;
import org.ecopark.ledger.logic.backup.BackupSettings;

/**
 * 设置 → 备份: the folder the ledger's backups go to and how many the rotation keeps, as typed. They are stored in the
 * ledger only when every value is right; otherwise one sentence says which is wrong and nothing is stored.
 */
public final class BackupSettingsViewModel {

    private final BackupService backups;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty daily = new SimpleStringProperty("");
    private final StringProperty weekly = new SimpleStringProperty("");
    private final StringProperty monthly = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public BackupSettingsViewModel(BackupService backups) {
        this.backups = backups;
        load();
    }

    /** The values the ledger holds; an empty folder stands for the default one. */
    public void load() {
        BackupSettings settings = backups.settings();
        folder.set(settings.chosenFolder().map(Path::toString).orElse(""));
        daily.set(String.valueOf(settings.policy().daily()));
        weekly.set(String.valueOf(settings.policy().weekly()));
        monthly.set(String.valueOf(settings.policy().monthly()));
    }

    /** What an empty folder means, for the field's prompt. */
    public String defaultFolderPrompt() {
        return backups.enabled() ? I18n.tr("backup.settings.folderPrompt", BackupService.defaultFolder(backups.ledgerFile()))
                : "";
    }

    /**
     * Checks the values and stores them in the ledger.
     *
     * @return false when a value is wrong or the folder cannot be written to; {@link #messageProperty()} says why
     */
    public boolean save() {
        BackupSettings chosen;
        try {
            chosen = new BackupSettings(chosenFolder(), new BackupPolicy(
                    count(daily, BackupPolicy.MIN_DAILY, "backup.settings.error.daily"),
                    count(weekly, 0, "backup.settings.error.weekly"),
                    count(monthly, 0, "backup.settings.error.monthly")));
            backups.saveSettings(chosen);
        } catch (Invalid | BackupException e) {
            show(e.getMessage(), true);
            return false;
        }
        load();
        show(I18n.tr("backup.settings.saved"), false);
        return true;
    }

    private Path chosenFolder() {
        String text = folder.get() == null ? "" : folder.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            throw new Invalid(I18n.tr("backup.settings.error.folderInvalid", text));
        }
        if (!path.isAbsolute()) {
            throw new Invalid(I18n.tr("backup.settings.error.folderNotAbsolute", text));
        }
        return path.normalize();
    }

    private static int count(StringProperty typed, int min, String errorKey) {
        String text = typed.get() == null ? "" : typed.get().strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= BackupPolicy.MAX_COUNT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below, like a number out of range
        }
        throw new Invalid(I18n.tr(errorKey, min, BackupPolicy.MAX_COUNT));
    }

    private void show(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    /** A value typed that cannot be stored, with the sentence that says so. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty dailyProperty() {
        return daily;
    }

    public StringProperty weeklyProperty() {
        return weekly;
    }

    public StringProperty monthlyProperty() {
        return monthly;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
