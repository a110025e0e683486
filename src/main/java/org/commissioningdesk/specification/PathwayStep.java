package org.commissioningdesk.specification;

import java.util.Objects;
import java.util.UUID;

import org.commissioningdesk.common.Texts;

/**
 * One step of a care pathway: where it happens, who acts, what happens, and the longest a patient
 * should wait for it (days, from the step before; null where no wait is set).
 *
 * @param uid the lasting id of the stored row this step was read from, so that a save changes that row in place;
 *            null for a step not saved yet
 */
public record PathwayStep(String setting, String who, String what, Integer maxWaitDays, UUID uid) {

    /** A step not saved yet. */
    public PathwayStep(String setting, String who, String what, Integer maxWaitDays) {
        this(setting, who, what, maxWaitDays, null);
    }

    public PathwayStep normalised() {
        return new PathwayStep(Texts.clean(setting), Texts.clean(who), Texts.clean(what), maxWaitDays, uid);
    }

    /** Two steps are equal when they hold the same; which stored row each came from is not part of that. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PathwayStep o && Objects.equals(setting, o.setting) && Objects.equals(who, o.who)
                && Objects.equals(what, o.what) && Objects.equals(maxWaitDays, o.maxWaitDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(setting, who, what, maxWaitDays);
    }
}
