package org.commissioningdesk.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates the way NHS papers write them, whatever the computer's locale: 31/03/2007 in fields and
 * messages. Typing accepts 31/3/2007 and 31-03-2007 too. (Files and the command line use ISO dates.)
 */
public final class UkDates {

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter TYPED = new DateTimeFormatterBuilder()
            .appendPattern("d[/][-][.]M[/][-][.]uuuu")
            .toFormatter(Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT);

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : SHOW.format(date);
    }

    /** Parses a typed date; throws {@link DateTimeParseException} with the text when it is not one. */
    public static LocalDate parse(String text) {
        return LocalDate.parse(text.trim(), TYPED);
    }
}
