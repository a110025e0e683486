package org.commissioningdesk.common;

import java.time.LocalDate;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Sets up every DatePicker in the application the same way: UK dates, typed or picked. */
public final class DateFields {

    private DateFields() {
    }

    public static void ukDates(DatePicker picker) {
        picker.setConverter(converter());
        picker.setPromptText("dd/mm/yyyy");
    }

    static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : UkDates.parse(text);
            }
        };
    }
}
