package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

class UkDatesTest {

    @Test
    void writesDayMonthYear() {
        assertThat(UkDates.format(LocalDate.of(2007, 3, 31))).isEqualTo("31/03/2007");
        assertThat(UkDates.format(null)).isEmpty();
    }

    @Test
    void readsWhatPeopleType() {
        assertThat(UkDates.parse("31/03/2007")).isEqualTo(LocalDate.of(2007, 3, 31));
        assertThat(UkDates.parse("1/4/2007")).isEqualTo(LocalDate.of(2007, 4, 1));
        assertThat(UkDates.parse(" 01-04-2007 ")).isEqualTo(LocalDate.of(2007, 4, 1));
        assertThat(UkDates.parse("1/4/07")).isEqualTo(LocalDate.of(2007, 4, 1));
        assertThat(UkDates.parse("31.3.2008")).isEqualTo(LocalDate.of(2008, 3, 31));
        assertThat(UkDates.tryParse("1/4/0")).isEmpty();
        assertThat(DateFields.converter(null, message -> { }).fromString("")).isNull();
        assertThat(DateFields.converter(null, message -> { }).toString(LocalDate.of(2007, 4, 1))).isEqualTo("01/04/2007");
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThatThrownBy(() -> UkDates.parse("31/02/2007")).isInstanceOf(DateTimeParseException.class)
                .hasMessage("'31/02/2007' is not a date: write it as 31/03/2007");
        assertThatThrownBy(() -> UkDates.parse("2007-03-31")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> UkDates.parse("03/31/2007")).isInstanceOf(DateTimeParseException.class);
    }
}
