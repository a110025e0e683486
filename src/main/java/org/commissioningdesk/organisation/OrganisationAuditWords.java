package org.commissioningdesk.organisation;

import static org.commissioningdesk.persistence.AuditVocabulary.date;
import static org.commissioningdesk.persistence.AuditVocabulary.items;
import static org.commissioningdesk.persistence.AuditVocabulary.labels;

import java.util.List;

import org.commissioningdesk.persistence.AuditVocabulary;
import org.commissioningdesk.persistence.AuditWords;

/**
 * How the audit trail of the register reads: an organisation's fields by the names its form gives them,
 * retiring and reinstating as things people did, and the lead-commissioner arrangements a starter pack loads.
 */
public final class OrganisationAuditWords {

    public static final AuditVocabulary VOCABULARY = AuditVocabulary.of(OrganisationService.ENTITY, "organisation")
            .titledBy("name")
            .text("name", "name")
            .value("type", "type", labels(OrganisationType.class, OrganisationType::label))
            .text("code", "code")
            .text("sector", "sector")
            .quiet("parentId", "group it is a member of")
            .value("activeFrom", "active-from date", date())
            .longText("notes", "notes")
            .list("aliases", items("other name", "other names").titledBy(""))
            .action("retire", "Retired the organisation")
            .action("reinstate", "Reinstated the organisation")
            .build();

    /** The arrangements a starter pack loads. */
    public static final AuditVocabulary LEAD_COMMISSIONING =
            AuditVocabulary.of(StarterPackService.ARRANGEMENTS_ENTITY, "lead-commissioner arrangements")
                    .action("starter-pack", "Loaded {text}")
                    .build();

    /** Everything the register writes to the audit trail. */
    public static final List<AuditVocabulary> ALL = List.of(VOCABULARY, LEAD_COMMISSIONING);

    /** The words for an organisation's history. */
    public static final AuditWords WORDS = AuditWords.of(ALL);

    private OrganisationAuditWords() {
    }
}
