package org.ecopark.ledger.gui.bureau;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.ParkKeys;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;

/**
 * 公钥: the parks' keys the bureau registered, and registering one for a park from its key file or from the
 * fingerprint printed on a package's sealed cover; what the registration did (held packages now received, or held
 * still because they name another park) is said after it.
 */
public final class KeysViewModel {

    /** Eight groups of four hex digits, as a sealed cover prints them: {@code EC07 C9B8 … DFCD}. */
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-F]{4}( [0-9A-F]{4}){7}");

    private final Supplier<Services> services;
    private final UiExecutor executor;
    private final ObservableList<ParkKey> keys = FXCollections.observableArrayList();
    private final WorkMessage work = new WorkMessage();

    public KeysViewModel(Supplier<Services> services, UiExecutor executor) {
        this.services = services;
        this.executor = executor;
        refresh();
    }

    public void refresh() {
        keys.setAll(services.get().parkKeys().list());
    }

    /** The bureau's parks, that a key can be registered for. */
    public List<Park> parks() {
        return services.get().bureau().parks();
    }

    /**
     * The fingerprint as typed, in the cover's form (upper case, single spaces), or null when it is not eight groups
     * of four hex digits.
     */
    public static String normalizedFingerprint(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("[\\s-]+", " ").toUpperCase(Locale.ROOT);
        return FINGERPRINT.matcher(text).matches() ? text : null;
    }

    /** Why the registration cannot be asked for yet, or null when it can. */
    public static String problem(Park park, Path keyFile, String fingerprint, boolean byFile) {
        if (park == null) {
            return I18n.tr("bureau.gui.keys.choosePark");
        }
        if (byFile) {
            return keyFile == null ? I18n.tr("bureau.gui.keys.chooseFile") : null;
        }
        return normalizedFingerprint(fingerprint) == null ? I18n.tr("bureau.gui.keys.badFingerprint") : null;
    }

    /** Registers a key file for {@code park} in the background. */
    public void registerFile(Park park, Path keyFile) {
        register(park, keyFile.toAbsolutePath().toString());
    }

    /** Registers a typed fingerprint for {@code park} in the background. */
    public void registerFingerprint(Park park, String fingerprint) {
        String normalized = normalizedFingerprint(fingerprint);
        if (normalized == null) {
            work.report(I18n.tr("bureau.gui.keys.badFingerprint"), true);
            return;
        }
        register(park, normalized);
    }

    private void register(Park park, String given) {
        Services open = services.get();
        work.runningProperty().set(true);
        executor.run(() -> open.parkKeys().register(given, park.code()), registered -> {
            work.runningProperty().set(false);
            work.report(describe(registered), false);
            refresh();
        }, work::failed);
    }

    /** What the registration did, a sentence a line. */
    static String describe(ParkKeys.Registered registered) {
        ParkKey added = registered.key();
        List<String> lines = new ArrayList<>();
        lines.add(I18n.tr(added.publicKey() == null ? "bureau.keys.registeredWaiting" : "bureau.keys.registered",
                added.fingerprint(), added.parkName(), added.parkCode()));
        registered.accepted().forEach(accepted -> lines.add(I18n.tr("bureau.keys.promoted", accepted.fileName(),
                accepted.periodCode())));
        registered.namingAnotherPark().forEach(other -> lines.add(I18n.tr("bureau.keys.heldForOtherPark",
                other.fileName(), other.periodCode(), other.parkCode(), added.parkCode())));
        return String.join("\n", lines);
    }

    public ObservableList<ParkKey> keys() {
        return keys;
    }

    /** What the last registration came to, and whether one is running. */
    public WorkMessage work() {
        return work;
    }
}
