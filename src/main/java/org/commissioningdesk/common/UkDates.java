package org.commissioningdesk.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates the way NHS papers write them, whatever the computer's locale: 31/03/2007 in fields and
 * messages. Typing accepts 31/3/2007, 31-03-2007, 31.03.2007 and two-digit years (31/3/07 is
 * 2007). Files and the command line use ISO dates instead.
 */
public final class UkDates {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            new DateTimeFormatterBuilder().appendPattern("d/M/uuuu").toFormatter(Locale.UK)
                    .withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().appendPattern("d/M/").appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : SHOW.format(date);
    }

    /** Parses a typed date; throws {@link DateTimeParseException}, naming the text, when it is not one. */
    public static LocalDate parse(String text) {
        String typed = text == null ? "" : text.trim();
        String slashed = typed.replace('-', '/').replace('.', '/');
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(slashed, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new DateTimeParseException("'" + typed + "' is not a date: write it as 31/03/2007", typed, 0);
    }

    /** The date typed, if it is one. */
    public static Optional<LocalDate> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
