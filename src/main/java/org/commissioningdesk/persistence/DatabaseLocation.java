package org.commissioningdesk.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A database file, named as H2 names it: the path without the {@code .mv.db} suffix that H2 adds.
 * A path given with the suffix is accepted and the suffix is dropped, so {@code --db plan} and
 * {@code --db plan.mv.db} name the same file.
 * <p>
 * The path is made canonical (absolute, with its existing folders' links resolved) and checked before
 * anything is done with it: H2 reads everything after a {@code ;} in a connection URL as settings
 * ({@code INIT=RUNSCRIPT ...}), so a path holding one is refused rather than escaped, and so are control
 * characters and names too long to leave room for the safety copies kept beside the file. The URL is
 * built only from a path that passed these checks.
 */
public record DatabaseLocation(Path base) {

    /**
     * The only class H2 may load by name for a database's objects: its own reader of large values, which a
     * recovery script calls. No trigger, stored function or table engine of a file's choosing can be loaded
     * (checks of each file's schema come first; this is the second line). Set before H2 reads its settings.
     */
    static final String ALLOWED_CLASSES = "org.h2.tools.Recover";

    static {
        if (System.getProperty("h2.allowedClasses") == null) {
            System.setProperty("h2.allowedClasses", ALLOWED_CLASSES);
        }
    }

    static final String SUFFIX = ".mv.db";
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    /** The longest file name accepted (in bytes, suffix included): the side files add up to 30 more. */
    static final int MAX_NAME_BYTES = 200;
    /** The longest whole path accepted, well inside every platform's limit. */
    static final int MAX_PATH_CHARS = 3000;

    public DatabaseLocation {
        base = canonical(base);
        check(base);
    }

    /**
     * The database at {@code path} (with or without {@code .mv.db}).
     *
     * @throws DatabaseOpenException when the path cannot name a database (see the class comment)
     */
    public static DatabaseLocation of(String path) {
        if (path == null || path.isBlank()) {
            throw new DatabaseOpenException(DatabaseProblem.BAD_PATH, "No database file was named.");
        }
        String trimmed = path.trim();
        if (trimmed.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
            trimmed = trimmed.substring(0, trimmed.length() - SUFFIX.length());
        }
        if (trimmed.isEmpty() || trimmed.endsWith("/") || trimmed.endsWith("\\")) {
            throw new DatabaseOpenException(DatabaseProblem.BAD_PATH,
                    "'" + path + "' does not name a database file: give a file name, such as plans/camden.");
        }
        try {
            return new DatabaseLocation(Path.of(trimmed));
        } catch (InvalidPathException e) {
            throw new DatabaseOpenException(DatabaseProblem.BAD_PATH, "'" + path + "' is not a file name this"
                    + " computer accepts. Choose a plain name of letters, digits and spaces.", e);
        }
    }

    public static DatabaseLocation of(Path path) {
        return of(path.toString());
    }

    /** The file on disk. */
    public Path file() {
        return sibling(SUFFIX);
    }

    /** The folder the file is in. */
    public Path folder() {
        return base.getParent();
    }

    /** The file's name without {@code .mv.db}, the stem every side file is named from. */
    public String name() {
        return base.getFileName().toString();
    }

    /** A file beside the database named {@code NAME + suffix}. */
    Path sibling(String suffix) {
        return base.resolveSibling(name() + suffix);
    }

    /** The database named {@code NAME + infix} in the same folder (a temporary or backup copy). */
    DatabaseLocation beside(String infix) {
        return new DatabaseLocation(base.resolveSibling(name() + infix));
    }

    /**
     * The connection URL for this (checked) path, through {@link TrackedFiles}. WRITE_DELAY=0 so a crash never
     * loses a committed change; TRACE_LEVEL_FILE=0 so H2 leaves no {@code .trace.db} beside the file (the
     * application logs instead).
     */
    String jdbcUrl(String... settings) {
        StringBuilder url = new StringBuilder("jdbc:h2:file:").append(TrackedFiles.prefix())
                .append(base.toString().replace('\\', '/'))
                .append(";WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        for (String setting : settings) {
            url.append(';').append(setting);
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return file().toString();
    }

    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            return absolute;
        }
        // Resolve links in the part of the folder that exists, so one file has one name.
        Path existing = parent;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException | SecurityException e) {
            return absolute;
        }
    }

    private static void check(Path base) {
        String whole = base.toString();
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c == ';') {
                throw new DatabaseOpenException(DatabaseProblem.BAD_PATH, "The database path " + whole + SUFFIX
                        + " contains ';', which Commissioning Desk does not accept in a database's name or in the"
                        + " names of its folders. Choose a name without ';'.");
            }
            if (c == '\\' && !WINDOWS) {
                // H2 reads a backslash as a folder separator everywhere, so it would open another file than this one.
                throw new DatabaseOpenException(DatabaseProblem.BAD_PATH, "The database path " + whole + SUFFIX
                        + " contains '\\', which Commissioning Desk does not accept in a database's name or in the"
                        + " names of its folders. Choose a name without it.");
            }
            if (Character.isISOControl(c)) {
                throw new DatabaseOpenException(DatabaseProblem.BAD_PATH, "The database path contains a control"
                        + " character (such as a line break). Choose a plain name.");
            }
        }
        String name = base.getFileName() + SUFFIX;
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new DatabaseOpenException(DatabaseProblem.NAME_TOO_LONG, "The file name '" + abbreviate(name)
                    + "' is too long (" + bytes + " bytes; Commissioning Desk accepts up to " + MAX_NAME_BYTES
                    + "). Choose a shorter name.");
        }
        if (whole.length() > MAX_PATH_CHARS) {
            throw new DatabaseOpenException(DatabaseProblem.NAME_TOO_LONG, "The path of the database is too long ("
                    + whole.length() + " characters). Choose a folder nearer the top of the disk.");
        }
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 30) + "…" + name.substring(name.length() - 9);
    }
}
