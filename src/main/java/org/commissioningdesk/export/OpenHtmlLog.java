package org.commissioningdesk.export;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the PDF layout engine's messages to the application's log instead of the console. */
final class OpenHtmlLog implements XRLogger {

    private static final Logger LOG = LoggerFactory.getLogger("org.commissioningdesk.export.pdf");

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            LOG.warn("{}: {}", where, message, failure);
        } else if (value >= Level.WARNING.intValue()) {
            LOG.info("{}: {}", where, message, failure);
        } else {
            LOG.debug("{}: {}", where, message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        return value >= Level.WARNING.intValue() ? LOG.isInfoEnabled() : LOG.isDebugEnabled();
    }
}
