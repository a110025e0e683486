package org.commissioningdesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.persistence.DatabaseLocation;

/** Opens real file databases in a test's temporary folder, with a fixed user and clock. */
public final class TestDatabases {

    public static final UserIdentity USER = new UserIdentity("test.director");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2007-03-14T10:15:30Z"), ZoneId.of("Europe/London"));

    private TestDatabases() {
    }

    public static DatabaseLocation location(Path folder) {
        return DatabaseLocation.of(folder.resolve("desk"));
    }

    public static Services open(Path folder) {
        return Services.open(location(folder), USER, CLOCK);
    }
}
