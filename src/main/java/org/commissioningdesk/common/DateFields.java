package org.commissioningdesk.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Sets up every DatePicker in the application the same way: UK dates, typed or picked. A typed
 * text that is not a date is never turned into another date: the picker keeps its value, the text
 * stays as typed so it can be corrected, and the person is told why.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * @param problem told the message whenever the typed text is not a date, and null once it is
     */
    public static void ukDates(DatePicker picker, Consumer<String> problem) {
        picker.setConverter(converter(picker, problem));
        picker.setPromptText("dd/mm/yyyy");
    }

    /** True when the editor holds text that, read as a date, differs from the picker's value. */
    public static boolean typedButNotCommitted(DatePicker picker) {
        String text = picker.getEditor().getText();
        if (text == null || text.isBlank()) {
            return picker.getValue() != null;
        }
        return UkDates.tryParse(text).map(date -> !Objects.equals(date, picker.getValue())).orElse(true);
    }

    /**
     * Takes every date typed but not committed (no Enter or Tab) under {@code root} as typed, so a
     * Save pressed straight after typing a date saves that date.
     */
    public static void commitTyped(javafx.scene.Node root) {
        for (javafx.scene.Node node : root.lookupAll(".date-picker")) {
            if (node instanceof DatePicker picker && !picker.isDisabled() && picker.isEditable()
                    && typedButNotCommitted(picker)) {
                UkDates.tryParse(picker.getEditor().getText()).ifPresent(picker::setValue);
            }
        }
    }

    static StringConverter<LocalDate> converter(DatePicker picker, Consumer<String> problem) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    problem.accept(null);
                    return null;
                }
                try {
                    LocalDate date = UkDates.parse(text);
                    problem.accept(null);
                    return date;
                } catch (DateTimeParseException e) {
                    problem.accept(e.getMessage());
                    if (picker == null) {
                        return null;
                    }
                    // The picker rewrites its text from the value it keeps; put back what was typed.
                    Platform.runLater(() -> {
                        if (!text.equals(picker.getEditor().getText())) {
                            picker.getEditor().setText(text);
                            picker.getEditor().end();
                        }
                    });
                    return picker.getValue();
                }
            }
        };
    }
}
