package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

    @Test
    void writesAndReadsTheNhsForm() {
        assertThat(new FinancialYear(2007)).hasToString("2007/08");
        assertThat(new FinancialYear(1999)).hasToString("1999/00");
        assertThat(FinancialYear.parse("2006/07")).isEqualTo(new FinancialYear(2006));
        assertThat(FinancialYear.parse(" 1999/00 ")).isEqualTo(new FinancialYear(1999));
    }

    @Test
    void runsFromAprilToMarch() {
        FinancialYear year = new FinancialYear(2007);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2007, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2008, 3, 31));
        assertThat(FinancialYear.containing(LocalDate.of(2008, 3, 31))).isEqualTo(year);
        assertThat(FinancialYear.containing(LocalDate.of(2008, 4, 1))).isEqualTo(year.next());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2007/09", "2007-08", "07/08", "2007", ""})
    void refusesWhatIsNotAFinancialYear(String text) {
        assertThatThrownBy(() -> FinancialYear.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
