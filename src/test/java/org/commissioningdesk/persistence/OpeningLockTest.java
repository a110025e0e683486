package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two openings of one database never interleave: the second waits until the first has finished. */
class OpeningLockTest {

    @TempDir
    Path folder;

    @Test
    void anOpenWaitsWhileAnotherIsOpeningTheSameDatabaseAndThenGoesOn() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> {
            try (OpeningLock lock = OpeningLock.take(location)) {
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        other.start();
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        long start = System.nanoTime();
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(800);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            release.countDown();
        });
        releaser.start();
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(700);
        other.join();
        // The lock file is kept out of the database's folder.
        assertThat(OpeningLock.file(location).startsWith(folder)).isFalse();
    }

    @Test
    void aDatabaseThisProcessHasOpenAlreadyIsSharedNotCopiedAgain() throws Exception {
        DatabaseLocation location = V1Fixture.copyTo(folder, "desk");
        try (Services first = TestDatabases.OPENER.open(location)) {
            first.organisations().create(new org.commissioningdesk.organisation.OrganisationDraft("Shared PCT",
                    org.commissioningdesk.organisation.OrganisationType.PCT, "SHR01", null, null, null, null));
            try (Services second = TestDatabases.OPENER.open(location)) {
                assertThat(second.notices()).isEmpty();
                assertThat(second.organisations().list()).extracting(o -> o.name()).contains("Shared PCT");
                try (var files = java.nio.file.Files.list(folder)) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".opening-"));
                }
            }
            // Closing the second leaves the first working.
            assertThat(first.organisations().list()).hasSize(V1Fixture.ORGANISATIONS + 1);
        }
        // Once both are closed, the next open goes through the safety steps again (and finds everything).
        try (Services again = TestDatabases.OPENER.open(location)) {
            assertThat(again.organisations().list()).hasSize(V1Fixture.ORGANISATIONS + 1);
        }
    }
}
