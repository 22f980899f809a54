package org.ecopark.ledger.gui.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.TargetException;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Target;

/**
 * One target: what the plan says (read-only) and what the user owns (baseline, note, hidden), with the
 * baseline checked as one types: a value and a date or neither, the value a number not below zero,
 * the date no later than the deadline.
 */
public final class TargetDetailViewModel {

    private final TargetService service;
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();
    private final StringProperty baselineValue = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> baselineDate = new SimpleObjectProperty<>();
    private final StringProperty userNote = new SimpleStringProperty("");
    private final BooleanProperty hidden = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;

    public TargetDetailViewModel(TargetService service, Target target) {
        this.service = service;
        this.target.set(target);
        reset(target);
        dirty = Bindings.createBooleanBinding(this::isDirty, this.target, baselineValue, baselineDate, userNote, hidden);
        canSave = dirty.and(error.isEmpty());
        baselineValue.addListener((obs, old, now) -> check());
        baselineDate.addListener((obs, old, now) -> check());
        dirty.addListener((obs, old, now) -> {
            if (now) {
                saved.set("");
            }
        });
    }

    private void reset(Target shown) {
        baselineValue.set(Decimals.text(shown.baselineValue()));
        baselineDate.set(shown.baselineDate());
        userNote.set(shown.userNote() == null ? "" : shown.userNote());
        hidden.set(shown.hidden());
        error.set("");
    }

    private boolean isDirty() {
        Target shown = target.get();
        return !Objects.equals(Decimals.text(shown.baselineValue()), baselineValue.get().strip())
                || !Objects.equals(shown.baselineDate(), baselineDate.get())
                || !Objects.equals(shown.userNote() == null ? "" : shown.userNote(), userNote.get().strip())
                || shown.hidden() != hidden.get();
    }

    /** Sets the error text for the baseline as it stands; empty when it can be saved. */
    private void check() {
        error.set(baselineProblem());
    }

    private String baselineProblem() {
        String text = baselineValue.get().strip();
        boolean hasValue = !text.isEmpty();
        boolean hasDate = baselineDate.get() != null;
        if (hasValue != hasDate) {
            return I18n.tr("targets.error.baselineBoth", target.get().code());
        }
        if (!hasValue) {
            return "";
        }
        BigDecimal value = parse(text);
        if (value == null) {
            return I18n.tr("targets.detail.invalidNumber", text);
        }
        if (value.signum() < 0) {
            return I18n.tr("targets.error.baselineNegative", target.get().code());
        }
        if (baselineDate.get().isAfter(target.get().deadline())) {
            return I18n.tr("targets.error.baselineAfterDeadline", target.get().code(), target.get().deadline().toString());
        }
        return "";
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reads the target again after a commit made elsewhere: the fields follow it as stored unless the user has
     * changed them, which are kept; a target deleted meanwhile is said so and cannot be saved.
     */
    public void refresh() {
        service.find(target.get().id()).ifPresentOrElse(stored -> {
            if (!dirty.get()) {
                target.set(stored);
                reset(stored);
            }
        }, () -> error.set(I18n.tr("targets.detail.deletedElsewhere", target.get().code())));
    }

    /** Stores the user's fields; false (with the reason in {@link #errorProperty()}) when they cannot be stored. */
    public boolean save() {
        check();
        if (!error.get().isEmpty()) {
            return false;
        }
        String text = baselineValue.get().strip();
        try {
            Target stored = service.saveUserFields(target.get().id(), text.isEmpty() ? null : parse(text),
                    baselineDate.get(), hidden.get(), userNote.get());
            target.set(stored);
            reset(stored);
            saved.set(I18n.tr("targets.detail.saved"));
            return true;
        } catch (TargetException refused) {
            error.set(refused.getMessage());
            return false;
        }
    }

    /** Deletes a target a user added; false with the reason when the service refuses. */
    public boolean delete() {
        try {
            service.deleteTarget(target.get().id());
            return true;
        } catch (TargetException refused) {
            error.set(refused.getMessage());
            return false;
        }
    }

    public String scopeName() {
        Target shown = target.get();
        return I18n.tr("targets.scope." + shown.scope().name()) + " · " + service.scopeName(shown.scope(), shown.scopeCode());
    }

    public String indicatorText() {
        String code = target.get().indicatorCode();
        return service.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .map(i -> code + " · " + i.nameIn(I18n.locale())).orElse(code);
    }

    public String planText() {
        String code = target.get().planCode();
        return service.plans().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.nameIn(I18n.locale()) + (p.document() == null ? "" : "（" + p.document() + "）")).orElse(code);
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public StringProperty baselineValueProperty() {
        return baselineValue;
    }

    public ObjectProperty<LocalDate> baselineDateProperty() {
        return baselineDate;
    }

    public StringProperty userNoteProperty() {
        return userNote;
    }

    public BooleanProperty hiddenProperty() {
        return hidden;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
