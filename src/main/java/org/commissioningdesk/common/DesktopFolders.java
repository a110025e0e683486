package org.commissioningdesk.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder in the desktop's file manager (Explorer, Finder, or whatever {@code xdg-open} chooses),
 * and says whether it could, so the caller can show the path instead. It may wait a few seconds for the
 * desktop to answer: call it off the JavaFX thread. (AWT's Desktop is not used: the application runs AWT
 * headless, as its window is JavaFX's.)
 */
public final class DesktopFolders {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopFolders.class);

    private DesktopFolders() {
    }

    /** True once the file manager was asked to show {@code folder} and did not refuse. */
    public static boolean open(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = command(os, folder.toAbsolutePath().toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                // Still going: the file manager itself, which is showing the folder.
                return true;
            }
            // Explorer answers 1 even when it has opened the folder.
            return process.exitValue() == 0 || os.contains("win");
        } catch (IOException e) {
            LOG.info("No file manager to show {}", folder, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<String> command(String os, String folder) {
        if (os.contains("win")) {
            return List.of("explorer.exe", folder);
        }
        if (os.contains("mac")) {
            return List.of("open", folder);
        }
        return List.of("xdg-open", folder);
    }
}
