package org.commissioningdesk.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.DatabaseOpenException;
import org.commissioningdesk.persistence.DatabaseProblem;
import org.commissioningdesk.persistence.DatabaseRecovery;

/**
 * Damaged databases for tests. Where a spoiled block lands depends on how H2 laid the file out, so the
 * damage is found rather than fixed: 512 bytes of 0xFF are written over one block after another until the
 * file no longer opens (and, when asked, can still be recovered).
 */
public final class DamagedDatabases {

    private DamagedDatabases() {
    }

    /** A demo database at {@code folder/NAME.mv.db} that cannot be opened (damaged) but can be recovered. */
    public static Path recoverable(Path folder, String name) throws Exception {
        Path scratch = Files.createDirectories(folder.resolve(name + "-making"));
        DatabaseLocation demo = TestDatabases.createLondon(DatabaseLocation.of(scratch.resolve("demo")), true);
        byte[] whole = Files.readAllBytes(demo.file());
        Path target = folder.resolve(name + ".mv.db");
        for (int offset = 4096 * 2; offset < whole.length; offset += 4096) {
            byte[] spoiled = whole.clone();
            Arrays.fill(spoiled, offset, Math.min(offset + 512, spoiled.length), (byte) 0xFF);
            Files.write(target, spoiled);
            if (failsAsDamaged(target) && recovers(target, scratch.resolve("trial-" + offset))) {
                return target;
            }
        }
        throw new IllegalStateException("No spoiled block made a recoverable damaged database");
    }

    private static boolean failsAsDamaged(Path file) {
        try (Services ignored = TestDatabases.OPENER.open(DatabaseLocation.of(file))) {
            return false;
        } catch (DatabaseOpenException e) {
            return e.problem() == DatabaseProblem.DAMAGED;
        }
    }

    private static boolean recovers(Path file, Path trial) {
        try {
            DatabaseLocation out = DatabaseLocation.of(trial);
            DatabaseRecovery.recover(file, out, () -> false);
            TestDatabases.OPENER.open(out).close();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
