package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.PeriodType;

/**
 * The period of statistics as the user picks it: its type (month, quarter, year), the year, and the month or
 * quarter (disabled for a year). The statistics grid and the collection templates use the same one.
 *
 * @param type the period type box, id {@code <prefix>-period-type}
 * @param year the year spinner, id {@code <prefix>-year}
 * @param part the month or quarter box, id {@code <prefix>-part}
 */
public record PeriodPicker(ComboBox<PeriodType> type, Spinner<Integer> year, ComboBox<Integer> part) {

    public static PeriodPicker create(String idPrefix, ObjectProperty<PeriodType> periodType,
                                      ObjectProperty<Integer> yearValue, ObjectProperty<Integer> partValue,
                                      ObservableList<Integer> parts) {
        ComboBox<PeriodType> type = FormControls.choice(idPrefix + "-period-type", Arrays.asList(PeriodType.values()),
                "records.periodType.", periodType);
        type.setMaxWidth(Region.USE_PREF_SIZE);
        Spinner<Integer> year = new Spinner<>();
        year.setId(idPrefix + "-year");
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(1990, 2100);
        years.valueProperty().bindBidirectional(yearValue);
        year.setValueFactory(years);
        year.setEditable(true);
        year.setPrefWidth(100);
        ComboBox<Integer> part = new ComboBox<>(parts);
        part.setId(idPrefix + "-part");
        part.valueProperty().bindBidirectional(partValue);
        part.setConverter(Shown.as(value -> I18n.tr(periodType.get() == PeriodType.QUARTER
                ? "records.stat.quarter" : "records.stat.month", value)));
        part.disableProperty().bind(periodType.isEqualTo(PeriodType.YEAR));
        return new PeriodPicker(type, year, part);
    }
}
