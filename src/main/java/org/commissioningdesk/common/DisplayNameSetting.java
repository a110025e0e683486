package org.commissioningdesk.common;

import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where the display name is kept: the person's Java preferences, beside the window's size and place,
 * so the window and the command line of the same account record the same name. With none saved (or
 * one that would not do) the name is the operating system's full name for the account.
 */
public final class DisplayNameSetting implements CurrentUser.Store {

    static final String KEY = "displayName";

    private final Preferences node;
    private final Supplier<String> fallback;

    /** Keeps the name in {@code node}; {@code fallback} gives the name to use while none is saved. */
    public DisplayNameSetting(Preferences node, Supplier<String> fallback) {
        this.node = node;
        this.fallback = fallback;
    }

    /** The setting of the account this application runs as. */
    public static DisplayNameSetting forThisAccount() {
        return new DisplayNameSetting(Preferences.userRoot().node("org/commissioningdesk/person"),
                () -> AccountFullName.ofThisComputer().find());
    }

    @Override
    public String load() {
        String saved = node.get(KEY, null);
        return saved != null && CurrentUser.problemWith(saved).isEmpty() ? saved.strip() : fallback.get();
    }

    @Override
    public void save(String name) {
        node.put(KEY, name);
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            throw new NotKept(e);
        }
    }

    /** The name could not be written to the preferences. */
    static final class NotKept extends RuntimeException implements ExplainedFailure {
        NotKept(Throwable cause) {
            super("Your name is used for now, but could not be kept for next time: your settings could not be"
                    + " written. The details are in the log, in " + LogFolder.shown() + ".", cause);
        }
    }
}
