package org.commissioningdesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.app.ServicesOpener;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;

/** Opens real file databases in a test's temporary folder, with a fixed user and clock. */
public final class TestDatabases {

    public static final UserIdentity USER = new UserIdentity("test.director");
    /** Organisations in the London 2006/07 starter pack: 71 NHS bodies and trusts, 10 mental health trusts, 33 local authorities. */
    public static final int LONDON_ORGANISATIONS = 114;
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2007-03-14T10:15:30Z"), ZoneId.of("Europe/London"));

    private TestDatabases() {
    }

    /** Opens and creates databases as {@link #USER} by {@link #CLOCK}. */
    public static final ServicesOpener OPENER = Services.opener(USER, CLOCK);

    /** Every schema version the application's migrations make, oldest first ("1", "2", ...). */
    public static java.util.List<String> schemaVersions() {
        try (var sql = java.nio.file.Files.list(Path.of(TestDatabases.class.getResource("/db/migration").toURI()));
             var classes = java.nio.file.Files.list(Path.of(TestDatabases.class.getResource(
                     "/org/commissioningdesk/persistence/migration").toURI()))) {
            return java.util.stream.Stream.concat(sql, classes).map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__[^$]*\\.(sql|class)"))
                    .map(n -> n.substring(1, n.indexOf("__"))).sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema versions whose migration is written in Java. */
    public static java.util.List<String> javaMigrations() {
        try (var classes = java.nio.file.Files.list(Path.of(TestDatabases.class.getResource(
                "/org/commissioningdesk/persistence/migration").toURI()))) {
            return classes.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__[^$]*\\.class"))
                    .map(n -> n.substring(1, n.indexOf("__"))).toList();
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest schema version this build makes. */
    public static String latestSchema() {
        java.util.List<String> all = schemaVersions();
        return all.get(all.size() - 1);
    }

    public static DatabaseLocation location(Path folder) {
        return DatabaseLocation.of(folder.resolve("desk"));
    }

    /** Creates a database at {@code location} with the London 2006/07 pack, and the demo when {@code demo}. */
    public static DatabaseLocation createLondon(DatabaseLocation location, boolean demo) {
        OPENER.create(location, Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, demo))).close();
        return location;
    }

    /** The bare database in {@code folder} (no services), created (not set up) the first time. */
    public static Database database(Path folder) {
        DatabaseLocation location = location(folder);
        return Files.exists(location.file()) ? Database.open(location) : Database.create(location, built -> { });
    }

    /**
     * A bare, empty database of the current schema on {@code engine}: a file in {@code folder} (H2), or a fresh
     * database on the test PostgreSQL server.
     */
    public static Database database(Engines engine, Path folder) {
        return engine == Engines.H2 ? database(folder)
                : Database.openShared(Engines.freshDatabase(), Engines.credentials());
    }

    /** The services over an empty database of the current schema on {@code engine} (see {@link #database(Engines, Path)}). */
    public static Services open(Engines engine, Path folder) {
        return engine == Engines.H2 ? open(folder)
                : Services.on(database(engine, folder), org.commissioningdesk.common.CurrentUser.fixed(USER), CLOCK);
    }

    /** Opens the test database in {@code folder}, creating it (not set up) the first time. */
    public static Services open(Path folder) {
        DatabaseLocation location = location(folder);
        return Files.exists(location.file()) ? OPENER.open(location) : OPENER.create(location, Optional.empty());
    }
}
