package org.commissioningdesk.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.LogFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's handler for faults nobody caught, on the JavaFX thread or a worker thread: each is logged
 * with its stack trace, and the person is told once, in plain words, with where the log is and a Copy details
 * button for whoever supports them. Faults that come while that dialog is open are logged only, so a fault
 * that repeats never buries the window in dialogs.
 */
final class UncaughtFailures implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtFailures.class);

    private final Supplier<Window> owner;
    private final Supplier<String> version;
    private final AtomicBoolean telling = new AtomicBoolean();
    private final AtomicInteger more = new AtomicInteger();
    private volatile Alert shown;

    UncaughtFailures(Supplier<Window> owner, Supplier<String> version) {
        this.owner = owner;
        this.version = version;
    }

    /** Makes this the handler of every thread without one of its own, the JavaFX thread included. */
    void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(this));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught in {}", thread.getName(), failure);
        if (!telling.compareAndSet(false, true)) {
            more.incrementAndGet();
            return;
        }
        String details = details(thread, failure);
        boolean onWindow = Platform.isFxApplicationThread();
        try {
            Platform.runLater(() -> tell(onWindow, details));
        } catch (IllegalStateException toolkitGone) {
            // The window has gone: the log has it.
            telling.set(false);
        }
    }

    private void tell(boolean onWindow, String details) {
        try {
            Alert alert = Dialogs.withCopy(owner.get(), Alert.AlertType.ERROR, "Something went wrong",
                    message(onWindow), "Copy details", details);
            alert.setOnHidden(event -> {
                shown = null;
                int missed = more.getAndSet(0);
                if (missed > 0) {
                    LOG.warn("{} more uncaught faults came while the dialog was open (logged above)", missed);
                }
                telling.set(false);
            });
            shown = alert;
            alert.show();
        } catch (RuntimeException e) {
            LOG.error("The fault could not be shown", e);
            telling.set(false);
        }
    }

    /** What the person reads: what failed and where the log is; never the fault's own words. */
    static String message(boolean onWindow) {
        return (onWindow ? "Something went wrong in the window that Commissioning Desk did not expect."
                : "Something went wrong in work Commissioning Desk was doing in the background, which it did not expect.")
                + " What you had saved is safe; if what you were doing did not finish, try it again.\n\n"
                + "The details are in the log, in " + LogFolder.shown() + ". If it happens again, press Copy details "
                + "and send them to whoever supports Commissioning Desk for you.";
    }

    /** The technical detail for Copy details: version, thread, time, exception class, message and stack trace. */
    private String details(Thread thread, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return "Commissioning Desk " + version.get() + "\n"
                + "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + "\n"
                + "Time: " + OffsetDateTime.now() + "\n"
                + "Thread: " + thread.getName() + "\n"
                + "Log folder: " + LogFolder.get() + "\n\n"
                + trace;
    }

    /** The dialog showing now, or null: for tests. */
    Alert shown() {
        return shown;
    }
}
