package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@link CrashDrill}: upgrading the first release's database, killed at any moment, reopens with every record. */
class CrashDrillUpgradeTest extends CrashDrill {

    @Test
    void upgradingTheFirstReleasesDatabaseKilledAtAnyMomentReopensWithEveryRecord() throws Exception {
        List<String> versions = TestDatabases.schemaVersions();
        List<String> markers = pausesAround(versions.subList(1, versions.size()));
        Path wholeFolder = Files.createDirectories(folder.resolve("whole"));
        V1Fixture.copyTo(wholeFolder, "desk");
        long whole = timeWholeRun(wholeFolder, this::listArgs);
        List<Trial> trials = new ArrayList<>();
        int n = 0;
        for (String marker : markers) {
            trials.add(killAndCheckUpgrade(folder.resolve("m" + n++), marker, -1));
        }
        for (int k = 1; k <= 3; k++) {
            trials.add(killAndCheckUpgrade(folder.resolve("t" + n++), null, whole * k / 4));
        }
        report("upgrade schema 1 to " + TestDatabases.latestSchema() + " (organisations list)", whole, trials);
        assertThat(trials).hasSizeGreaterThanOrEqualTo(11);
        assertThat(trials.stream().filter(Trial::insideMigrations).count()).isGreaterThanOrEqualTo(markers.size());
    }

    @AfterAll
    static void figures() throws IOException {
        writeFigures("crash-drill-upgrade.txt");
    }
}
