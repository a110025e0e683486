package org.commissioningdesk.common;

import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the display name is kept: the person's Java preferences, beside the window's size and place,
 * so the window and the command line of the same account record the same name. With none saved (or
 * one that would not do) the name is the operating system's full name for the account.
 */
public final class DisplayNameSetting implements CurrentUser.Store {

    static final String KEY = "displayName";

    private static final Logger LOG = LoggerFactory.getLogger(DisplayNameSetting.class);
    /**
     * Java's preferences tell the console when they create their folder or cannot write it; on the command
     * line that would be a library's message among the program's own, so it goes to the log instead. Held
     * here so the logger (and what was set on it) lives as long as the class.
     */
    private static final java.util.logging.Logger PREFERENCES_LOG = toTheLog();

    private final Supplier<Preferences> node;
    private final Supplier<String> fallback;

    /** Keeps the name in {@code node}; {@code fallback} gives the name to use while none is saved. */
    public DisplayNameSetting(Preferences node, Supplier<String> fallback) {
        this(() -> node, fallback);
    }

    private DisplayNameSetting(Supplier<Preferences> node, Supplier<String> fallback) {
        this.node = node;
        this.fallback = fallback;
    }

    /**
     * The setting of the account this application runs as. Made at once, but the preferences are not touched
     * (their folder may be created, their file read) until the name is first loaded: away from the FX thread.
     */
    public static DisplayNameSetting forThisAccount() {
        return new DisplayNameSetting(() -> Preferences.userRoot().node("org/commissioningdesk/person"),
                () -> AccountFullName.ofThisComputer().find());
    }

    @Override
    public String load() {
        String saved = node.get().get(KEY, null);
        return saved != null && CurrentUser.problemWith(saved).isEmpty() ? saved.strip() : fallback.get();
    }

    @Override
    public void save(String name) {
        Preferences kept = node.get();
        kept.put(KEY, name);
        try {
            kept.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            throw new NotKept(e);
        }
    }

    private static java.util.logging.Logger toTheLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("java.util.prefs");
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                LOG.info("Java preferences: {}", format.formatMessage(record), record.getThrown());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return log;
    }

    /** The name could not be written to the preferences. */
    static final class NotKept extends RuntimeException implements ExplainedFailure {
        NotKept(Throwable cause) {
            super("Your name is used for now, but could not be kept for next time: your settings could not be"
                    + " written. The details are in the log, in " + LogFolder.shown() + ".", cause);
        }
    }
}
