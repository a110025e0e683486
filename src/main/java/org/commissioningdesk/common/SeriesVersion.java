package org.commissioningdesk.common;

/** One version of a record kept as a series of versions (a prospectus, a specification), as listed. */
public interface SeriesVersion<S> {

    long id();

    int version();

    S status();

    String title();
}
