package org.ecopark.ledger.gui.settings;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ServerAddress;

/**
 * The address of a ledger on a PostgreSQL server as a clerk types it: host, port, database and user (the password is
 * never part of it, it is asked for when the ledger opens). Used by 设置 → 数据库 and by the screen of a connection
 * that failed.
 */
public final class ServerFormModel {

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    /** The fields filled from {@code address}; empty fields (and PostgreSQL's port) for none. */
    public ServerFormModel(ServerAddress address) {
        if (address != null) {
            host.set(address.host());
            port.set(String.valueOf(address.port()));
            database.set(address.database());
            user.set(address.user());
        }
    }

    /** The address the fields give; empty, with {@link #problemProperty()} saying what is missing, when they give none. */
    public Optional<ServerAddress> address() {
        if (host.get().isBlank() || database.get().isBlank() || user.get().isBlank()) {
            problem.set(I18n.tr("settings.db.incomplete"));
            return Optional.empty();
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number <= 0 || number > 65535) {
            problem.set(I18n.tr("settings.db.badPort", port.get().strip()));
            return Optional.empty();
        }
        if (database.get().contains("/") || host.get().strip().contains("/")) {
            problem.set(I18n.tr("settings.db.incomplete"));
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(new ServerAddress(host.get().strip(), number, database.get().strip(), user.get().strip()));
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    /** What keeps the fields from naming a server; empty when nothing does (or before {@link #address()}). */
    public StringProperty problemProperty() {
        return problem;
    }
}
