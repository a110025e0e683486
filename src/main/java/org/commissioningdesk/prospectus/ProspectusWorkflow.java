package org.commissioningdesk.prospectus;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commissioningdesk.common.WorkflowStep;

/**
 * The prospectus workflow as data: Draft, out for consultation, approved by the Board, published,
 * and superseded by a later version; returning to draft to rework it; a new version from the
 * published one; deleting a draft. {@link ProspectusService} refuses a step this does not allow,
 * and the editor enables each step's button from it.
 */
public enum ProspectusWorkflow implements WorkflowStep<ProspectusStatus, Prospectus> {

    /** Draft to out for consultation: needs at least one priority, each with an outcome measure. */
    CONSULT(EnumSet.of(ProspectusStatus.DRAFT)) {
        @Override
        public Map<String, String> gaps(Prospectus p) {
            Map<String, String> gaps = new LinkedHashMap<>();
            if (p.priorities().isEmpty()) {
                gaps.put("priorities", "Add at least one priority before the prospectus goes out for consultation.");
            }
            List<String> unmeasured = p.priorities().stream().filter(x -> x.outcomes().isEmpty())
                    .map(Priority::title).toList();
            if (!unmeasured.isEmpty()) {
                gaps.put("outcomes", "Every priority needs a measurable outcome before consultation; these have none: "
                        + String.join("; ", unmeasured) + ".");
            }
            return gaps;
        }
    },
    /** Out for consultation to approved, at a Board meeting. */
    APPROVE(EnumSet.of(ProspectusStatus.CONSULTATION)),
    /** Approved to published; an earlier published version becomes superseded. */
    PUBLISH(EnumSet.of(ProspectusStatus.BOARD_APPROVED)),
    /** Back to draft to rework it. */
    RETURN(EnumSet.of(ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED)),
    /** A new draft version from the published one. */
    NEW_VERSION(EnumSet.of(ProspectusStatus.PUBLISHED)),
    /** Only a draft can be deleted; anything consulted on or agreed is kept. */
    DELETE(EnumSet.of(ProspectusStatus.DRAFT));

    private final Set<ProspectusStatus> from;

    ProspectusWorkflow(Set<ProspectusStatus> from) {
        this.from = from;
    }

    @Override
    public Set<ProspectusStatus> from() {
        return from;
    }
}
