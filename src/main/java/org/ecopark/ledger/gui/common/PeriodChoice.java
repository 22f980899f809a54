package org.ecopark.ledger.gui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;

/**
 * A month, quarter or year chosen in a screen's period picker: its type, year and part (the month or quarter), the
 * parts the type offers, and the period they make. Choosing another type keeps the chosen time: July becomes Q3, Q3
 * becomes July.
 */
public final class PeriodChoice {

    private final ObjectProperty<PeriodType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> part = new SimpleObjectProperty<>();
    private final ObservableList<Integer> parts = FXCollections.observableArrayList();
    /** The type {@link #parts} and {@link #part} are of; another while the type changes, until they are converted. */
    private PeriodType partsType;
    private boolean replacingParts;

    /** Starts at {@code initial}. */
    public PeriodChoice(StatPeriod initial) {
        setParts(initial.type());
        partsType = initial.type();
        show(initial);
        type.addListener((obs, old, now) -> {
            Integer converted = convert(old, now, part.get());
            replacingParts = true;
            try {
                setParts(now);
            } finally {
                replacingParts = false;
            }
            partsType = now;
            part.set(converted);
        });
    }

    /** Chooses {@code period}: its type, year and month or quarter. */
    public void show(StatPeriod period) {
        type.set(period.type());
        year.set(period.start().getYear());
        part.set(switch (period.type()) {
            case YEAR -> null;
            case QUARTER -> (period.start().getMonthValue() - 1) / 3 + 1;
            case MONTH -> period.start().getMonthValue();
        });
    }

    /** The chosen period; null while it is incomplete (or its part is not yet converted to a new type). */
    public StatPeriod period() {
        Integer chosenYear = year.get();
        if (chosenYear == null || type.get() == null || type.get() != partsType
                || part.get() != null && !parts.contains(part.get())) {
            return null;
        }
        return switch (type.get()) {
            case YEAR -> StatPeriod.year(chosenYear);
            case QUARTER -> part.get() == null ? null : StatPeriod.quarter(chosenYear, part.get());
            case MONTH -> part.get() == null ? null : StatPeriod.month(chosenYear, part.get());
        };
    }

    /**
     * True while the parts are being replaced for another type: a picker may clear its part meanwhile, which is no
     * choice of the user's.
     */
    public boolean replacingParts() {
        return replacingParts;
    }

    /** The month or quarter of {@code value} (a {@code from} part) as a {@code to} part; null for a year. */
    static Integer convert(PeriodType from, PeriodType to, Integer value) {
        if (to == null || to == PeriodType.YEAR) {
            return null;
        }
        int month = value == null || from == null || from == PeriodType.YEAR ? 1
                : from == PeriodType.QUARTER ? (value - 1) * 3 + 1 : value;
        return to == PeriodType.MONTH ? month : (month - 1) / 3 + 1;
    }

    private void setParts(PeriodType chosen) {
        int count = chosen == PeriodType.MONTH ? 12 : chosen == PeriodType.QUARTER ? 4 : 0;
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            values.add(i);
        }
        parts.setAll(values);
    }

    public ObjectProperty<PeriodType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    /** The month (1–12) or quarter (1–4); null for a year. */
    public ObjectProperty<Integer> partProperty() {
        return part;
    }

    public ObservableList<Integer> parts() {
        return parts;
    }
}
