package org.commissioningdesk.specification;

import org.commissioningdesk.common.Texts;

/**
 * One step of a care pathway: where it happens, who acts, what happens, and the longest a patient
 * should wait for it (days, from the step before; null where no wait is set).
 */
public record PathwayStep(String setting, String who, String what, Integer maxWaitDays) {

    public PathwayStep normalised() {
        return new PathwayStep(Texts.clean(setting), Texts.clean(who), Texts.clean(what), maxWaitDays);
    }
}
