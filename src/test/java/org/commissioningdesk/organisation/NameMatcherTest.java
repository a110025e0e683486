package org.commissioningdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class NameMatcherTest {

    private final List<String> names = List.of("City and Hackney Teaching PCT", "Hammersmith and Fulham PCT",
            "Haringey Teaching PCT", "Bexley Care Trust", "Brent Teaching PCT", "Richmond and Twickenham PCT");

    private String match(String shortName) {
        return NameMatcher.match(shortName, names, Function.identity());
    }

    @Test
    void matchesTheSeedsShortNames() {
        assertThat(match("City & Hackney PCT")).isEqualTo("City and Hackney Teaching PCT");
        assertThat(match("Hammersmith & Fulham PCT")).isEqualTo("Hammersmith and Fulham PCT");
        assertThat(match("Brent PCT")).isEqualTo("Brent Teaching PCT");
        assertThat(match("Bexley Care Trust")).isEqualTo("Bexley Care Trust");
        assertThat(match("Specialist Commissioning Haringey PCT")).isEqualTo("Haringey Teaching PCT");
    }

    @Test
    void failsClearlyWhenNothingMatches() {
        assertThatThrownBy(() -> match("Croydon PCT")).hasMessage("'Croydon PCT' matches no organisation");
    }
}
