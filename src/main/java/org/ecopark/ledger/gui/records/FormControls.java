package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.l10n.I18n;

/**
 * The controls of record forms, each with its id and bound both ways to a view model property. Enum
 * values show through dynamic keys ({@code prefix + NAME}); dates are ISO and reach the view model as
 * soon as a full date is typed, so that date rules are checked while typing too.
 */
public final class FormControls {

    private FormControls() {
    }

    public static TextField text(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    public static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    public static DatePicker date(String id, ObjectProperty<LocalDate> property) {
        DatePicker picker = DatePickers.iso(id);
        picker.valueProperty().bindBidirectional(property);
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (text == null || text.isBlank()) {
                picker.setValue(null);
                return;
            }
            try {
                // Only the full ISO form is taken while typing: its text does not change when the value is shown.
                picker.setValue(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                // not a whole date yet; the picker takes the text when the field is left
            }
        });
        return picker;
    }

    public static <E extends Enum<E>> ComboBox<E> choice(String id, List<E> values, String labelPrefix,
                                                         ObjectProperty<E> property) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(enumConverter(labelPrefix));
        box.valueProperty().bindBidirectional(property);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static CheckBox check(String id, String labelKey, BooleanProperty property) {
        CheckBox box = new CheckBox(I18n.tr(labelKey));
        box.setId(id);
        // a long text wraps within the form's column rather than end in "..."
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    /** Shows an enum value by its key {@code prefix + NAME}. */
    public static <E extends Enum<E>> StringConverter<E> enumConverter(String labelPrefix) {
        return Shown.as(value -> I18n.tr(labelPrefix + value.name()));
    }

    /** How a list cell shows a value: dates ISO, amounts plain, yes/no for flags, nothing for null. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return I18n.tr(flag ? "records.yes" : "records.no");
        }
        return value.toString();
    }
}
