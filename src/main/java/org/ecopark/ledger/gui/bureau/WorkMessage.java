package org.ecopark.ledger.gui.bureau;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauException;

/**
 * What a bureau screen's last piece of work came to, in one sentence: done, or refused by the logic in its own words;
 * an error the logic did not expect is said plainly and kept for the error dialog with its details. Whether work is
 * running meanwhile.
 */
public final class WorkMessage {

    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> unexpected = new SimpleObjectProperty<>();

    void report(String text, boolean isError) {
        failed.set(isError);
        message.set(text);
    }

    /** The work failed: a {@link BureauException}'s sentence as it is, anything else as 操作未能完成 with its details. */
    void failed(Throwable error) {
        running.set(false);
        if (error instanceof BureauException) {
            report(error.getMessage(), true);
        } else {
            report(I18n.tr("bureau.gui.failed"), true);
            unexpected.set(error);
        }
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** An error the logic did not expect, for the error dialog with its details. */
    public ObjectProperty<Throwable> unexpectedProperty() {
        return unexpected;
    }
}
