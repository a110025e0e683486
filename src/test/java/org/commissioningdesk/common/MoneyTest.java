package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "£1,250,000     | 1250000.00",
        "-250000.50     | -250000.50",
        "(75,000)       | -75000.00",
        "1,250,000.5    | 1250000.50",
        "250000         | 250000.00",
        "+1,000         | 1000.00",
        "£ 12.30        | 12.30",
        "\u2212250,000  | -250000.00",
        "(£75,000.00)   | -75000.00",
        "12.340         | 12.34",
        "0              | 0.00"
    })
    void parsesWhatPeopleTypeInNhsPapersToExactPence(String text, String expected) {
        BigDecimal parsed = Money.parse(text);
        // Scale 2 exactly: 1250000.50, not 1250000.5 nor 1.2500005E+6.
        assertThat(parsed).isEqualTo(new BigDecimal(expected));
        assertThat(parsed.scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankIsNoAmount(String text) {
        assertThat(Money.parse(text)).isNull();
    }

    @Test
    void refusesFractionsOfAPennyRatherThanRounding() {
        assertThatThrownBy(() -> Money.parse("12.345"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'12.345' has more than two decimal places: amounts are in pounds and pence");
        assertThatThrownBy(() -> Money.parse("£1,250,000.001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than two decimal places");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,2,3", "12,34", "1.000,50", "£", "-", "()", "1e5", "12 pounds"})
    void refusesWhatIsNotAnAmountAndSaysHowToWriteOne(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not an amount: write pounds as 250000 or 250,000.00");
    }

    @Test
    void refusesAmountsTooLargeForTheDatabase() {
        assertThat(Money.parse("9,999,999,999,999.99")).isEqualTo(Money.LIMIT);
        assertThat(Money.parse("-9999999999999.99")).isEqualTo(Money.LIMIT.negate());
        assertThatThrownBy(() -> Money.parse("10,000,000,000,000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'10,000,000,000,000' is too large: the most is £9,999,999,999,999.99");
        assertThatThrownBy(() -> Money.parse("(10000000000000)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is too large");
    }

    @Test
    void exactKeepsPenceAndRefusesFractionsOfAPenny() {
        assertThat(Money.exact(null)).isNull();
        assertThat(Money.exact(new BigDecimal("100"))).isEqualTo(new BigDecimal("100.00"));
        assertThat(Money.exact(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Money.exact(new BigDecimal("2.500"))).isEqualTo(new BigDecimal("2.50"));
        assertThatThrownBy(() -> Money.exact(new BigDecimal("2.505")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2.505 has more than two decimal places");
    }

    @Test
    void formatsWithPoundSignGroupsAndPence() {
        assertThat(Money.format(new BigDecimal("1250000"))).isEqualTo("£1,250,000.00");
        assertThat(Money.format(new BigDecimal("-250000.00"))).isEqualTo("-£250,000.00");
        assertThat(Money.format(new BigDecimal("0.5"))).isEqualTo("£0.50");
        assertThat(Money.format(new BigDecimal("-0.05"))).isEqualTo("-£0.05");
        assertThat(Money.format(Money.LIMIT)).isEqualTo("£9,999,999,999,999.99");
        assertThat(Money.format(null)).isEmpty();
    }

    @Test
    void plainIsForEditingWithoutThePoundSign() {
        assertThat(Money.plain(new BigDecimal("1250000.5"))).isEqualTo("1,250,000.50");
        assertThat(Money.plain(new BigDecimal("-75000"))).isEqualTo("-75,000.00");
        assertThat(Money.plain(new BigDecimal("999"))).isEqualTo("999.00");
        assertThat(Money.plain(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1250000.50", "-250000.00", "0.01", "-0.99", "9999999999999.99", "1000"})
    void whatIsFormattedParsesBackToTheSameAmount(String amount) {
        BigDecimal value = Money.exact(new BigDecimal(amount));
        assertThat(Money.parse(Money.format(value))).isEqualTo(value);
        assertThat(Money.parse(Money.plain(value))).isEqualTo(value);
    }
}
