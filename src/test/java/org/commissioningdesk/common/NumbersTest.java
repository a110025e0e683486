package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"97|97", "97.5|97.5", " -3 |-3", "+4|4", "1,250|1250", "1,250,000.25|1250000.25",
            ".5|0.5", "7.|7", "\u22122.5|-2.5"})
    void readsNumbersAsPeopleTypeThem(String typed, String expected) {
        assertThat(Numbers.parse(typed)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,5", "1,5", "12,34", "1,2345", "1e3", "1E-2", "ninety", "9 0", "--1", "1.2.3", "£5"})
    void refusesWhatCouldOnlyBeAGuess(String typed) {
        assertThatThrownBy(() -> Numbers.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + typed.strip() + "' is not a number: write it as 97, 97.5 or 1,250");
    }

    @Test
    void aPercentSignBelongsInTheUnit() {
        assertThatThrownBy(() -> Numbers.parse("250%")).hasMessage("Write the number without % ('250') and put % in its unit");
        assertThatThrownBy(() -> Numbers.parse(" 97.5 % ")).hasMessageContaining("('97.5')");
    }

    @Test
    void blankIsNothingAndARefusalIsReportedOnItsField() {
        assertThat(Numbers.parse("  ")).isNull();
        Map<String, String> problems = new LinkedHashMap<>();
        assertThat(Numbers.parse("0,5", "kpi.0.threshold", problems)).isNull();
        assertThat(problems).containsOnlyKeys("kpi.0.threshold");
        assertThat(Numbers.parse("12", "kpi.1.threshold", problems)).isEqualTo(new BigDecimal("12"));
        assertThat(problems).hasSize(1);
    }
}
