package org.commissioningdesk.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows of an open database left out of a list because a value in them cannot be read (a status or type
 * this version does not know, put there by hand or by another program). The list still shows every
 * other row; the window and the command line say which rows were left out and why.
 */
public final class UnreadableRows {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRows.class);

    /**
     * One row left out: what it is ("Organisation"), its id (null for a row of a count), and the value that
     * could not be read.
     */
    public record Row(String what, String id, String column, String value) {

        /** A plain sentence naming the row and why it was left out. */
        public String describe() {
            String why = " '" + value + "' is not one this version of Commissioning Desk knows (it was changed outside"
                    + " the application).";
            String field = column.replace('_', ' ');
            return id == null
                    ? "Some " + what.toLowerCase(java.util.Locale.ROOT) + " records were left out of a count: their "
                    + field + why
                    : what + " " + id + " was left out: its " + field + why;
        }
    }

    private final List<Row> seen = new CopyOnWriteArrayList<>();
    private final List<Consumer<Row>> listeners = new CopyOnWriteArrayList<>();

    void report(Row row) {
        if (seen.contains(row)) {
            return;
        }
        seen.add(row);
        LOG.warn("Unreadable row: {}", row);
        listeners.forEach(listener -> listener.accept(row));
    }

    /** Every row left out so far, once each. */
    public List<Row> seen() {
        return List.copyOf(seen);
    }

    /** Calls {@code listener} (on the thread that read the row) for each row left out from now on. */
    public void onReport(Consumer<Row> listener) {
        listeners.add(listener);
    }
}
