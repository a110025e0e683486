package org.commissioningdesk.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the application keeps its data by default: the platform's per-user data folder. */
public final class AppPaths {

    static final String APP_FOLDER = "CommissioningDesk";

    private AppPaths() {
    }

    /**
     * The system property that puts the data folder elsewhere: the tests set it, so they never write into a
     * real person's folder.
     */
    static final String PROPERTY = "commissioningdesk.dataFolder";

    /** The per-user data folder: XDG_DATA_HOME on Linux, %APPDATA% on Windows, Application Support on macOS. */
    public static Path userDataFolder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return userDataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path userDataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_FOLDER);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("commissioning-desk");
    }

    /** The database used when no {@code --db} is given (H2 adds {@code .mv.db}). */
    public static Path defaultDatabase() {
        return userDataFolder().resolve("commissioning-desk");
    }
}
