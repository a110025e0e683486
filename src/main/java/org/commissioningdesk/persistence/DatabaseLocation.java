package org.commissioningdesk.persistence;

import java.nio.file.Path;

/**
 * A database file, named as H2 names it: the path without the {@code .mv.db} suffix that H2 adds.
 * A path given with the suffix is accepted and the suffix is dropped, so {@code --db plan} and
 * {@code --db plan.mv.db} name the same file.
 */
public record DatabaseLocation(Path base) {

    static final String SUFFIX = ".mv.db";

    public DatabaseLocation {
        base = base.toAbsolutePath().normalize();
    }

    public static DatabaseLocation of(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("No database path given");
        }
        String trimmed = path.trim();
        if (trimmed.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX)) {
            trimmed = trimmed.substring(0, trimmed.length() - SUFFIX.length());
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("'" + path + "' is not a database file name");
        }
        return new DatabaseLocation(Path.of(trimmed));
    }

    public static DatabaseLocation of(Path path) {
        return of(path.toString());
    }

    /** The file on disk. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /** JDBC URL; WRITE_DELAY=0 so a crash never loses a committed change (../shared/stack.md). */
    String jdbcUrl() {
        return "jdbc:h2:file:" + base.toString().replace('\\', '/') + ";WRITE_DELAY=0";
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
