package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Eight people save the same record on one shared PostgreSQL database at the same moment, each through their own
 * connection pool and services, as eight copies of the application would: a save that started from a revision
 * someone else has moved on from is refused, no accepted save is lost, and the record's revision counts exactly the
 * saves that were accepted.
 */
class SharedSavesTest {

    private static final int PEOPLE = 8;
    private static final int SAVES_EACH = 6;

    @Test
    void everyStaleSaveIsRefusedAndNoAcceptedSaveIsLost() throws Exception {
        ServerAddress address = Engines.freshDatabase();
        long id;
        try (Services first = Services.on(Database.openShared(address, Engines.credentials()),
                CurrentUser.fixed(TestDatabases.USER), TestDatabases.CLOCK)) {
            id = first.organisations().create(new OrganisationDraft("Shared Test PCT", OrganisationType.PCT, "STP01",
                    null, null, null, null)).id();
        }
        List<Services> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(Services.on(Database.openShared(address, Engines.credentials()),
                    CurrentUser.fixed(new UserIdentity("Person " + i)), TestDatabases.CLOCK));
        }
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<String> acceptedNotes = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> startedFrom = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                Services mine = people.get(i);
                int person = i;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < SAVES_EACH; n++) {
                        Organisation read = mine.organisations().get(id);
                        OrganisationDraft d = read.toDraft();
                        String notes = "Person " + person + ", save " + n;
                        try {
                            mine.organisations().update(id, read.stamp().revision(), new OrganisationDraft(d.name(),
                                    d.type(), d.code(), d.sector(), d.parentId(), d.activeFrom(), notes));
                            accepted.incrementAndGet();
                            acceptedNotes.add(notes);
                            startedFrom.add(read.stamp().revision());
                        } catch (StaleSaveException stale) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Organisation last = people.get(0).organisations().get(id);
        List<org.commissioningdesk.persistence.AuditEntry> updates = people.get(0).organisations().history(id).stream()
                .filter(e -> e.action().equals("update")).toList();
        people.forEach(Services::close);

        assertThat(accepted.get() + refused.get()).isEqualTo(PEOPLE * SAVES_EACH);
        assertThat(accepted.get()).isPositive();
        // Made at revision 1, then one revision per accepted save; each accepted save is in the trail once.
        assertThat(last.stamp().revision()).isEqualTo(1 + accepted.get());
        assertThat(updates).hasSize(accepted.get());
        assertThat(acceptedNotes).contains(last.notes());
        // No two accepted saves started from the same revision: none was saved over another unseen.
        assertThat(startedFrom).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, accepted.get()).boxed()
                        .toList());
        assertThat(updates).extracting(org.commissioningdesk.persistence.AuditEntry::who).last()
                .isEqualTo(last.stamp().savedBy());
    }
}
