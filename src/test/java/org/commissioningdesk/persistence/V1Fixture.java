package org.commissioningdesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.organisation.StarterPackService;

/**
 * The database a copy of schema version 1 (the first release: organisations, audit, settings) made, with
 * the London 2006/07 pack in it: checked in under src/test/resources/fixtures, the upgrade tests and the
 * crash drill upgrade copies of it. {@link #main} made it; run it again only to remake the file.
 */
public final class V1Fixture {

    /** The checked-in file. */
    public static final String RESOURCE = "/fixtures/v1-london-2006.mv.db";
    /** What it holds. */
    public static final int ORGANISATIONS = 71;
    public static final int LEAD_COMMISSIONING = 33;

    private V1Fixture() {
    }

    /** Copies the fixture to {@code folder/NAME.mv.db} and returns its location. */
    public static DatabaseLocation copyTo(Path folder, String name) throws Exception {
        Path target = folder.resolve(name + DatabaseLocation.SUFFIX);
        try (var in = V1Fixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The fixture " + RESOURCE + " is missing");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return DatabaseLocation.of(folder.resolve(name));
    }

    public static void main(String[] args) {
        DatabaseLocation location = DatabaseLocation.of(Path.of(args[0]));
        var pool = Database.pool(location);
        Database db = new Database(location, pool, List.of());
        try {
            Migrations.migrateTo(db.dataSource(), "1");
            Clock clock = Clock.fixed(Instant.parse("2007-02-01T09:00:00Z"), ZoneId.of("Europe/London"));
            new StarterPackService(db, new OrganisationRepository(), new Settings(),
                    new AuditLog(new UserIdentity("fixture.maker"), clock)).apply(StarterPack.LONDON_2006);
        } finally {
            db.shutdown();
        }
        System.out.println("Made " + location.file());
    }
}
