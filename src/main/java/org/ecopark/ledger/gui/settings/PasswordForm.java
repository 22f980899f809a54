package org.ecopark.ledger.gui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.l10n.I18n;

/**
 * What the password dialog asks for one change: the current password (unless the ledger has none), the new one twice
 * (unless it is removed), and what is still missing, in words.
 */
public final class PasswordForm {

    /** What the user asked for. */
    public enum Change {
        /** Encrypt a ledger that has no password. */
        SET,
        /** Put an encrypted ledger under another password. */
        CHANGE,
        /** Store an encrypted ledger in clear again. */
        REMOVE;

        /** Whether the ledger's current password is asked for. */
        public boolean needsCurrent() {
            return this != SET;
        }

        /** Whether a new password is asked for, twice. */
        public boolean needsNew() {
            return this != REMOVE;
        }

        /** The key of this change's texts ({@code settings.encryption.<key>...}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Change change;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringBinding problem;

    public PasswordForm(Change change) {
        this.change = change;
        this.problem = Bindings.createStringBinding(this::findProblem, current, next, repeat);
    }

    public Change change() {
        return change;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** What keeps the change from being made, in one sentence; empty when nothing does. */
    public StringBinding problemProperty() {
        return problem;
    }

    private String findProblem() {
        if (change.needsCurrent() && current.get().isEmpty()) {
            return I18n.tr("settings.encryption.problem.current");
        }
        if (change.needsNew() && next.get().isEmpty()) {
            return I18n.tr("settings.encryption.problem.new");
        }
        if (change.needsNew() && !next.get().equals(repeat.get())) {
            return I18n.tr("settings.encryption.problem.mismatch");
        }
        return "";
    }

    /** The current password typed, or null when none is asked for; the field is emptied. */
    char[] takeCurrent() {
        return take(current, change.needsCurrent());
    }

    /** The new password typed, or null when the password is removed; the fields are emptied. */
    char[] takeNext() {
        repeat.set("");
        return take(next, change.needsNew());
    }

    /** Empties the fields: the change was given up. */
    public void clear() {
        current.set("");
        next.set("");
        repeat.set("");
    }

    private static char[] take(StringProperty field, boolean asked) {
        char[] typed = asked ? field.get().toCharArray() : null;
        field.set("");
        return typed;
    }
}
