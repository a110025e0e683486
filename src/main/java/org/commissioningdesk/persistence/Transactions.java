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
}
