package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files H2 opens for Commissioning Desk, reached through a file-system scheme of our own
 * ({@code desk:}, wrapping H2's ordinary disk files), so that an attempt to open a database that fails can
 * close what it left open. H2 2.x gives up on some damaged files half way through opening them and keeps
 * the file's lock for the rest of the process; every later open of that file (or of a new file given the
 * same disk slot) would then say "in use". Public only because H2 makes its file systems by reflection.
 */
public final class TrackedFiles extends FilePathWrapper {

    static final String SCHEME = "desk";
    private static final Logger LOG = LoggerFactory.getLogger(TrackedFiles.class);
    private static final ThreadLocal<List<FileChannel>> ATTEMPT = new ThreadLocal<>();

    static {
        FilePath.register(new TrackedFiles());
    }

    /** Used by H2 to make paths of this scheme. */
    public TrackedFiles() {
    }

    /** Makes sure H2 knows the scheme (the first use of this class registers it). */
    static String prefix() {
        return SCHEME + ":";
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        List<FileChannel> attempt = ATTEMPT.get();
        if (attempt != null) {
            attempt.add(channel);
        }
        return channel;
    }

    /** Work that opens a database and may fail. */
    @FunctionalInterface
    interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work}, which opens a database on this thread; if it fails, every file it opened and H2 did
     * not close again is closed (releasing its lock), then the failure goes on as it was.
     */
    static <T, E extends Exception> T attempt(Attempt<T, E> work) throws E {
        List<FileChannel> opened = new ArrayList<>();
        List<FileChannel> outer = ATTEMPT.get();
        ATTEMPT.set(opened);
        try {
            return work.run();
        } catch (Exception | Error e) {
            for (FileChannel channel : opened) {
                if (channel.isOpen()) {
                    try {
                        channel.close();
                        LOG.info("Closed a file H2 left open after a failed open");
                    } catch (IOException closing) {
                        LOG.warn("Could not close a file H2 left open", closing);
                    }
                }
            }
            throw e;
        } finally {
            ATTEMPT.set(outer);
            if (outer != null) {
                outer.addAll(opened);
            }
        }
    }
}
