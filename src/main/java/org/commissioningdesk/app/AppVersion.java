package org.commissioningdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, written into the build by Maven resource filtering. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String get() {
        Properties props = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }
}
