package org.ecopark.ledger.gui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that read and write ISO dates (2025-12-31), as the plan, the bureau and Excel all understand. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker iso(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(ISO);
        picker.setPromptText("yyyy-mm-dd");
        return picker;
    }

    public static final StringConverter<LocalDate> ISO = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                // Half-typed text is not a date yet; the picker keeps its previous value.
                return null;
            }
        }
    };
}
