package org.commissioningdesk.specification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.commissioningdesk.common.WorkflowStep;

/**
 * The specification workflow as data: a draft is agreed (when it has what agreement needs), an
 * agreed version is the start of a new draft version (which supersedes it when agreed in turn), and
 * only a draft can be deleted. {@link SpecificationService} refuses a step this does not allow, and
 * the editor enables each step's button from it.
 */
public enum SpecificationWorkflow implements WorkflowStep<SpecStatus, SpecificationDraft> {

    /** Draft to agreed: needs a commissioner, a provider and the sections agreement requires. */
    AGREE(EnumSet.of(SpecStatus.DRAFT)) {
        @Override
        public Map<String, String> gaps(SpecificationDraft content) {
            return SpecificationRules.agreementGaps(content);
        }
    },
    /** A new draft version from the latest agreed one. */
    NEW_VERSION(EnumSet.of(SpecStatus.AGREED)),
    /** Only a draft can be deleted; an agreed version is kept. */
    DELETE(EnumSet.of(SpecStatus.DRAFT)),
    /** Any saved version can be the start of a template. */
    SAVE_AS_TEMPLATE(EnumSet.allOf(SpecStatus.class));

    private final Set<SpecStatus> from;

    SpecificationWorkflow(Set<SpecStatus> from) {
        this.from = from;
    }

    @Override
    public Set<SpecStatus> from() {
        return from;
    }
}
