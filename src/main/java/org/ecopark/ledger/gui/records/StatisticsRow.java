package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.logic.records.StatLine;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Metric;

/** One metric's line of the statistics grid: the value as typed, the same period last year, the change between. */
public final class StatisticsRow {

    private final Metric metric;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty lastYear = new SimpleStringProperty("");
    private final StringProperty change = new SimpleStringProperty("");
    private final BooleanProperty jump = new SimpleBooleanProperty(false);
    private BigDecimal lastYearValue;

    StatisticsRow(Metric metric) {
        this.metric = metric;
    }

    public Metric metric() {
        return metric;
    }

    public String label() {
        return StatisticsService.label(metric);
    }

    /** The value as typed. */
    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty lastYearProperty() {
        return lastYear;
    }

    /** The change against last year, e.g. {@code +12.5%}; empty when either value is missing. */
    public StringProperty changeProperty() {
        return change;
    }

    /** Whether the value jumps against last year (the service's warning). */
    public BooleanProperty jumpProperty() {
        return jump;
    }

    /** Shows the stored {@code line} (null for none): its value as typed text and last year's beside it. */
    void show(StatLine line) {
        value.set(line == null || line.value() == null ? "" : line.value().toPlainString());
        lastYearValue = line == null ? null : line.lastYear();
        lastYear.set(lastYearValue == null ? "" : lastYearValue.toPlainString());
    }

    /** The typed value; null when blank. @throws NumberFormatException when it is not a number */
    BigDecimal typed() {
        return parse(value.get());
    }

    /** Shows the change of {@code typed} (null for none) against last year and whether the service warned of a jump. */
    void showChange(BigDecimal typed, boolean jumps) {
        change.set(change(typed, lastYearValue));
        jump.set(jumps);
    }

    /** Blank is no value; thousands separators and blanks are dropped. */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.replaceAll("[\\s,，]", ""));
    }

    private static String change(BigDecimal value, BigDecimal lastYear) {
        if (value == null || lastYear == null || lastYear.signum() == 0) {
            return "";
        }
        BigDecimal percent = value.subtract(lastYear).multiply(BigDecimal.valueOf(100))
                .divide(lastYear, 1, RoundingMode.HALF_UP);
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
    }
}
