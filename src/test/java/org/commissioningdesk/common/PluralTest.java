package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void countsReadAsEnglish() {
        assertThat(Plural.count(1, "response")).isEqualTo("1 response");
        assertThat(Plural.count(0, "response")).isEqualTo("0 responses");
        assertThat(Plural.count(3, "consultation response")).isEqualTo("3 consultation responses");
        assertThat(Plural.count(2, "prospectus priority")).isEqualTo("2 prospectus priorities");
        assertThat(Plural.count(2, "day")).isEqualTo("2 days");
        assertThat(Plural.count(1, "arrangement")).isEqualTo("1 arrangement");
        assertThat(Plural.count(2, "child", "children")).isEqualTo("2 children");
        assertThat(Plural.agree(1, "is", "are") + "/" + Plural.agree(2, "is", "are")).isEqualTo("is/are");
    }
}
