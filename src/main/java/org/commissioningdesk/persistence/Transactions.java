package org.commissioningdesk.persistence;

/**
 * Runs a unit of work in one database transaction: all of it is committed, or (on any exception)
 * none of it. Services depend on this interface, never on Jdbi or JDBC.
 */
public interface Transactions {

    /** Work that runs inside a transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Tx tx);
    }

    <T> T inTransaction(Work<T> work);

    /** A read-only unit of work (still one consistent transaction). */
    default <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    /**
     * Transactions that join {@code tx} instead of opening their own, so a service's work commits or rolls
     * back with the larger unit it is part of (the demo data, a set-up).
     */
    static Transactions joining(Tx tx) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                return work.run(tx);
            }
        };
    }
}
