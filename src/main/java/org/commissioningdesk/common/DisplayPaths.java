package org.commissioningdesk.common;

import java.nio.file.Path;

/** Writes file paths the way a person reads them: the home folder as {@code ~}. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String friendly(Path path) {
        return friendly(path, Path.of(System.getProperty("user.home")));
    }

    static String friendly(Path path, Path home) {
        Path absolute = path.toAbsolutePath().normalize();
        Path normalHome = home.toAbsolutePath().normalize();
        if (absolute.startsWith(normalHome) && !absolute.equals(normalHome)) {
            return "~" + java.io.File.separator + normalHome.relativize(absolute);
        }
        return absolute.toString();
    }
}
