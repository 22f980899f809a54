package org.ecopark.ledger.gui.settings;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.ServerAddress;

/**
 * 设置 → 数据库: whether the window works in the ledger file on this computer or in a ledger on a PostgreSQL server
 * (several clerks at once), and that server's address. The choice is kept in the preferences for the next start,
 * without any password: the server's is asked for each time the ledger opens.
 */
public final class DatabaseChoiceViewModel {

    private final MainViewModel main;
    private final UserPreferences preferences;
    private final BooleanProperty onServer = new SimpleBooleanProperty();
    private final ServerFormModel server;
    private final StringProperty message = new SimpleStringProperty("");

    public DatabaseChoiceViewModel(MainViewModel main, UserPreferences preferences) {
        this.main = main;
        this.preferences = preferences;
        Optional<ServerAddress> current = main.server().or(preferences::server);
        this.server = new ServerFormModel(current.orElse(null));
        onServer.set(main.server().isPresent());
    }

    /** True for 服务器, false for 本机文件. */
    public BooleanProperty onServerProperty() {
        return onServer;
    }

    public ServerFormModel server() {
        return server;
    }

    /** What the last {@link #save} said: saved, or what is missing. */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Keeps the choice for the next start: the server's address (never a password), or the file.
     *
     * @return the server chosen, empty for the file, or null when the fields name no server (the message says why)
     */
    public Optional<ServerAddress> save() {
        if (!onServer.get()) {
            preferences.setServer(null);
            message.set(I18n.tr("settings.db.savedFile"));
            return Optional.empty();
        }
        Optional<ServerAddress> address = server.address();
        if (address.isEmpty()) {
            message.set(server.problemProperty().get());
            return null;
        }
        preferences.setServer(address.get());
        message.set(I18n.tr("settings.db.savedServer", address.get()));
        return address;
    }

    /**
     * Saves the choice and opens it in the window now: the server after its password ({@code askPassword} opens it
     * with the one typed), or the ledger file.
     */
    public void saveAndOpen(java.util.function.Consumer<ServerAddress> askPassword) {
        Optional<ServerAddress> chosen = save();
        if (chosen == null) {
            return;
        }
        if (chosen.isPresent()) {
            if (!chosen.equals(main.server()) || main.servicesProperty().get() == null) {
                askPassword.accept(chosen.get());
            }
        } else if (main.server().isPresent()) {
            main.openLocalLedger();
        }
    }

    /** Which ledger is open, as the page says it: the file's path or the server's address. */
    public String current() {
        var services = main.servicesProperty().get();
        if (services == null) {
            return "";
        }
        return services.server().map(address -> I18n.tr("settings.db.currentServer", address))
                .orElseGet(() -> services.databaseFile() == null ? "" : services.databaseFile().toString());
    }
}
