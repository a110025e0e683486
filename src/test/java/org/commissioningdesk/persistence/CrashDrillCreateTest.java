package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link CrashDrill}: creating a database, killed at any moment, leaves nothing or everything. */
class CrashDrillCreateTest extends CrashDrill {

    @Test
    void creatingADatabaseKilledAtAnyMomentLeavesNothingOrEverything() throws Exception {
        List<String> markers = pausesAround(TestDatabases.schemaVersions());
        long whole = timeWholeRun(folder.resolve("whole"), this::initArgs);
        List<Trial> trials = new ArrayList<>();
        int n = 0;
        for (String marker : markers) {
            trials.add(killAndCheckCreation(folder.resolve("m" + n++), marker, -1));
        }
        for (int k = 1; k <= 3; k++) {
            trials.add(killAndCheckCreation(folder.resolve("t" + n++), null, whole * k / 4));
        }
        // The last moments, where the finished file takes its name.
        for (long sixtyFourths : new long[] {62, 63}) {
            trials.add(killAndCheckCreation(folder.resolve("t" + n++), null, whole * sixtyFourths / 64));
        }
        report("create (init --starter london-2006 --demo)", whole, trials);
        assertThat(trials).hasSizeGreaterThanOrEqualTo(14);
        assertThat(trials.stream().filter(Trial::insideMigrations).count()).isGreaterThanOrEqualTo(markers.size());
    }

    @AfterAll
    static void figures() throws IOException {
        writeFigures("crash-drill-create.txt");
    }
}
