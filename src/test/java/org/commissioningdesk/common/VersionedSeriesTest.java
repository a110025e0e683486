package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class VersionedSeriesTest {

    enum Status { DRAFT, AGREED, SUPERSEDED }

    record Row(long id, int version, Status status, String title) implements SeriesVersion<Status> {
    }

    private static VersionedSeries<Status, Row> series(Row... rows) {
        return new VersionedSeries<>(List.of(rows));
    }

    @Test
    void aNewVersionComesOnlyFromTheLatestAndOnlyWhileNoneIsBeingWorkedOn() {
        var agreed = series(new Row(1, 1, Status.SUPERSEDED, "PCI"), new Row(2, 2, Status.AGREED, "PCI"));
        assertThat(agreed.nextVersionFrom(2, 2, s -> s == Status.DRAFT, Status::name)).isEqualTo(3);
        assertThatThrownBy(() -> agreed.nextVersionFrom(1, 1, s -> s == Status.DRAFT, Status::name))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 is the latest; make the new version from it.");
        var drafting = series(new Row(1, 1, Status.AGREED, "PCI"), new Row(2, 2, Status.DRAFT, "PCI"));
        assertThatThrownBy(() -> drafting.nextVersionFrom(1, 1, s -> s == Status.DRAFT, Status::name))
                .hasMessage("Version 2 of 'PCI' is already being worked on (DRAFT); open that one.");
        assertThatThrownBy(() -> drafting.nextVersionFrom(2, 2, s -> s == Status.DRAFT, Status::name))
                .hasMessage("Version 2 of 'PCI' is already being worked on (DRAFT); edit it rather than making a new version.");
    }

    @Test
    void aVersionComingIntoForceSupersedesOnlyOlderOnesInForce() {
        var s = series(new Row(1, 1, Status.SUPERSEDED, "PCI"), new Row(2, 2, Status.AGREED, "PCI"),
                new Row(3, 3, Status.DRAFT, "PCI"));
        assertThat(s.supersededBy(3, x -> x == Status.AGREED)).extracting(Row::id).containsExactly(2L);
        assertThat(s.supersededBy(2, x -> x == Status.AGREED)).isEmpty();
        assertThat(s.newerInForce(1, x -> x == Status.AGREED)).map(Row::id).contains(2L);
        assertThat(s.newerInForce(2, x -> x == Status.AGREED)).isEmpty();
        assertThat(VersionedSeries.supersededBy(3)).isEqualTo("Superseded by version 3");
        assertThat(VersionedSeries.madeFrom(2)).isEqualTo("New version made from version 2");
    }
}
