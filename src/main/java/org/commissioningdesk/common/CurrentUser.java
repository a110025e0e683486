package org.commissioningdesk.common;

import java.util.Optional;

/**
 * Who is working now: the display name new changes are recorded under, in the audit trail and the
 * workflow history, and the author of exported documents. The person may change it while the
 * application runs (File > Your name…); changes already made keep the name they were recorded with.
 *
 * <p>The name is read from where it is kept the first time it is wanted, which can mean asking the
 * operating system: the window first asks as it opens a database, away from the FX thread.
 */
public final class CurrentUser {

    /** The longest display name taken: room for a full name, and within every column that records one. */
    public static final int MAX_LENGTH = 60;

    /** Where the display name is kept between runs. */
    public interface Store {

        /** The saved name, or the default when none is saved (may ask the system: not on the FX thread). */
        String load();

        /** Keeps {@code name} for the next run (writes to disk: not on the FX thread). */
        void save(String name);
    }

    private final Store store;
    private volatile UserIdentity identity;

    public CurrentUser(Store store) {
        this.store = store;
    }

    /** Always {@code who}, unless renamed; keeps nothing between runs (tests, benchmarks). */
    public static CurrentUser fixed(UserIdentity who) {
        return new CurrentUser(new Store() {
            @Override
            public String load() {
                return who.name();
            }

            @Override
            public void save(String name) {
                // Nothing is kept.
            }
        });
    }

    /** Who is working (read from the store the first time: not on the FX thread). */
    public UserIdentity identity() {
        UserIdentity known = identity;
        if (known == null) {
            synchronized (this) {
                if (identity == null) {
                    identity = new UserIdentity(Texts.clean(store.load()));
                }
                known = identity;
            }
        }
        return known;
    }

    /** The computer account the person works under, kept beside their display name with each change. */
    public String account() {
        String account = System.getProperty("user.name");
        return account == null || account.isBlank() ? "unknown" : account.strip();
    }

    /** The name changes are recorded under. */
    public String name() {
        return identity().name();
    }

    /**
     * Records changes from now on as {@code name} (stripped), and keeps it for the next run (writes to
     * disk: not on the FX thread).
     *
     * @throws RuleViolationException when the name is blank, too long or holds line breaks or other controls
     */
    public UserIdentity rename(String name) {
        problemWith(name).ifPresent(problem -> {
            throw new RuleViolationException(problem);
        });
        UserIdentity renamed = new UserIdentity(name.strip());
        synchronized (this) {
            identity = renamed;
        }
        // Used from now on even if it cannot be kept for next time (the store then says so).
        store.save(renamed.name());
        return renamed;
    }

    /** What is wrong with {@code name} as a display name, in words; empty when it will do. */
    public static Optional<String> problemWith(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            return Optional.of("Give the name your changes should be recorded under.");
        }
        if (clean.length() > MAX_LENGTH) {
            return Optional.of("Keep the name to " + MAX_LENGTH + " characters or fewer (it has " + clean.length() + ").");
        }
        if (clean.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("The name must be on one line, with no tabs or other control characters.");
        }
        return Optional.empty();
    }
}
