package org.commissioningdesk.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;


/**
 * The database a copy of schema version 1 (the first release: organisations, audit, settings) made, with
 * the London 2006/07 pack in it: checked in under src/test/resources/fixtures, the upgrade tests and the
 * crash drill upgrade copies of it. A main method of this class made it with the build of that time (see the
 * history); the file is never remade, since today's code writes today's schema.
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
}
