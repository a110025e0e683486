package org.commissioningdesk.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where the log file is written: {@code logs/} in the user data folder, or (when that folder cannot
 * be written, say on a locked-down machine) a folder under the system's temporary folder. Tests set
 * the system property {@code commissioningdesk.logFolder} so they never write into a real user's folder.
 * Messages that send a person to "the log" name this folder.
 */
public final class LogFolder {

    static final String PROPERTY = "commissioningdesk.logFolder";

    private LogFolder() {
    }

    /** The folder the log is written to (created if need be); chosen once per run. */
    public static Path get() {
        return Holder.FOLDER;
    }

    /** The folder as a person reads it (the home folder as {@code ~}), for messages. */
    public static String shown() {
        return DisplayPaths.friendly(get());
    }

    private static final class Holder {
        static final Path FOLDER = choose();
    }

    private static Path choose() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path folder = Path.of(configured).toAbsolutePath();
            if (usable(folder)) {
                return folder;
            }
        }
        Path preferred = AppPaths.userDataFolder().resolve("logs");
        if (usable(preferred)) {
            return preferred;
        }
        // The shared temporary folder: only a folder of this person's own, never one someone else made (or a link
        // they planted) under the name this would choose.
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "commissioning-desk-" + user);
        if (ownFolder(fallback) && usable(fallback.resolve("logs"))) {
            return fallback.resolve("logs");
        }
        try {
            return Files.createTempDirectory("commissioning-desk-logs-");
        } catch (IOException | RuntimeException e) {
            return fallback.resolve("logs");
        }
    }

    /** True when {@code folder} is (or has just been made) a real folder owned by the person running this. */
    private static boolean ownFolder(Path folder) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
            return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName()
                    .equals(System.getProperty("user.name"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean usable(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.isDirectory(folder) && Files.isWritable(folder);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
