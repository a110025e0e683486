package org.commissioningdesk.common;

import java.util.Map;
import java.util.Set;

/**
 * One step of a record's workflow, written as data: the statuses it may be taken from, and what
 * the record still needs before it can be taken (its readiness gaps, keyed by field). The service
 * asks it before moving a record and refuses if it says no; the editor asks it which buttons to
 * enable. Nothing else decides what is allowed.
 *
 * @param <S> the record's status
 * @param <R> the record
 */
public interface WorkflowStep<S extends Enum<S>, R> {

    /** The statuses the step may be taken from. */
    Set<S> from();

    /** What the record still needs, keyed by field, in reading order; empty when it is ready. */
    default Map<String, String> gaps(R record) {
        return Map.of();
    }

    /** Whether a record in {@code status} may take this step (its gaps aside). */
    default boolean allowedFrom(S status) {
        return status != null && from().contains(status);
    }
}
