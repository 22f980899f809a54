package org.ecopark.ledger.gui.settings;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.Park;

/** The park this installation serves and the language of the window. */
public final class SettingsViewModel {

    private final ViewContext context;
    private final UserPreferences preferences;
    private final ObservableList<Park> parks = FXCollections.observableArrayList();
    private final ObjectProperty<Park> park = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(I18n.locale());

    public SettingsViewModel(ViewContext context, UserPreferences preferences) {
        this.context = context;
        this.preferences = preferences;
        parks.setAll(context.main().parks());
        park.set(context.parkProperty().get());
    }

    /** The parks again after a change elsewhere (a park added); the park chosen here stays chosen. */
    public void refreshParks() {
        Park chosen = park.get();
        parks.setAll(context.main().parks());
        park.set(chosen == null ? null
                : parks.stream().filter(p -> p.code().equals(chosen.code())).findFirst().orElse(null));
    }

    /** Whether the open ledger is a city bureau's. */
    public boolean bureau() {
        return context.main().isBureau();
    }

    /** Whose ledger it is, as 设置 says it: 园区台账, or 市局台账 with the bureau's name and city. */
    public String roleText() {
        return context.services().bureau().profile()
                .map(profile -> I18n.tr("settings.role.bureau", profile.name(),
                        profile.city() == null ? I18n.tr("bureau.gui.allCities") : profile.city()))
                .orElse(I18n.tr("settings.role.park"));
    }

    /**
     * Asks for the bureau's name and city and makes this ledger a city bureau's; a ledger that holds records is
     * refused by the logic, whose reason the clerk reads.
     */
    public void becomeBureau(javafx.stage.Window owner) {
        org.ecopark.ledger.gui.bureau.BureauRoleDialog.become(owner, context.main(), context.dialogs(), () -> { },
                () -> { }, I18n.tr("settings.role.newLedger"));
    }

    public ObservableList<Park> parks() {
        return parks;
    }

    public ObjectProperty<Park> parkProperty() {
        return park;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public static java.util.List<Locale> languages() {
        return java.util.List.of(I18n.CHINESE, Locale.ENGLISH);
    }

    /** The fingerprint of this ledger's signing key, as the PDF cover prints it. */
    public String fingerprint() {
        return context.services().signingKeys().key().fingerprint().text();
    }

    /**
     * Writes the public half of the ledger's key, named for the park served, for the bureau to register.
     *
     * @return what to tell the user
     */
    public String savePublicKey(java.nio.file.Path file) {
        var key = context.services().signingKeys().key();
        Park served = context.parkProperty().get();
        try {
            org.ecopark.ledger.logic.signing.PublicKeyFile.of(key, served == null ? "" : served.code(),
                    served == null ? "" : served.name()).write(file);
            return I18n.tr("signing.cli.written", file.toAbsolutePath());
        } catch (java.io.IOException e) {
            return I18n.tr("signing.cli.cannotWrite", file, String.valueOf(e.getMessage()));
        }
    }

    /** The open ledger's file, or its server's address. */
    public String databaseFile() {
        var server = context.services().server();
        if (server.isPresent()) {
            return I18n.tr("settings.db.currentServer", server.get());
        }
        var file = context.services().databaseFile();
        return file == null ? "" : file.toString();
    }

    /** Whether the open ledger is on a server: no file to back up or encrypt. */
    public boolean onServer() {
        return context.services().server().isPresent();
    }

    /** Stores the choices; a new language rebuilds the window in it. */
    public void apply() {
        if (park.get() != null && !park.get().equals(context.parkProperty().get())) {
            context.main().choosePark(park.get());
        }
        if (!language.get().getLanguage().equals(I18n.locale().getLanguage())) {
            preferences.setLanguage(language.get());
            I18n.setLocale(language.get());
            context.relocalize().run();
        }
    }
}
