package org.commissioningdesk.demo;

import java.util.List;
import java.util.Optional;

import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.organisation.OrganisationService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.organisation.StarterPackService;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.prospectus.Prospectus;

/**
 * How a database starts, and how far a database got: a starter pack and, with the London pack, the
 * demonstration prospectuses and specifications. A set-up chosen for a database that has none is loaded
 * in one transaction, pack and demo together, so it is never half done; a database that was left with
 * the pack and without the demo (by an older version, or a set-up interrupted between the two) can be
 * finished with {@link #finishDemo()}.
 */
public final class SetUpService {

    /** What a person chose: a pack, and whether to add the demonstration data (London pack only). */
    public record Choice(StarterPack pack, boolean demo) {

        public Choice {
            if (pack == null) {
                throw new IllegalArgumentException("Choose a starter pack");
            }
            if (demo && pack != StarterPack.LONDON_2006) {
                throw new IllegalArgumentException("The demonstration data needs the London 2006/07 starter pack");
            }
        }
    }

    /** Where a database stands: its pack (if set up), whether the demo is loaded, whether its register is empty. */
    public record State(Optional<StarterPack> pack, boolean demoLoaded, boolean registerEmpty) {

        /** A person should be offered a starter pack: nothing set up and nothing added by hand. */
        public boolean needsChoice() {
            return pack.isEmpty() && registerEmpty;
        }

        /** Set up with the London pack, which the demo needs, and the demo not loaded. */
        public boolean demoCanBeAdded() {
            return pack.isPresent() && pack.get() == StarterPack.LONDON_2006 && !demoLoaded;
        }
    }

    private final Transactions transactions;
    private final StarterPackService starterPacks;
    private final OrganisationService organisations;
    private final DemoDataService demo;

    public SetUpService(Transactions transactions, StarterPackService starterPacks, OrganisationService organisations,
                        DemoDataService demo) {
        this.transactions = transactions;
        this.starterPacks = starterPacks;
        this.organisations = organisations;
        this.demo = demo;
    }

    public State state() {
        return new State(starterPacks.chosen(), demo.isLoaded(), organisations.list().isEmpty());
    }

    /**
     * Sets up a database that has not been set up: the pack and, if chosen, the demo, in one transaction.
     *
     * @return the demo prospectuses loaded (empty without the demo)
     * @throws RuleViolationException when the database is set up already, or the clock is before the demo's dates
     */
    public List<Prospectus> apply(Choice choice) {
        if (choice.demo()) {
            demo.checkClock();
        }
        return transactions.inTransaction(tx -> {
            starterPacks.apply(tx, choice.pack());
            return choice.demo() ? demo.apply(tx) : List.<Prospectus>of();
        });
    }

    /**
     * Adds the demo to a database set up with the London pack that does not have it yet.
     *
     * @throws RuleViolationException when it is set up with another pack, or the demo is loaded already
     */
    public List<Prospectus> finishDemo() {
        return demo.apply();
    }
}
