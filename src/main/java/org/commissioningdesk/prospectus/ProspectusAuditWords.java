package org.commissioningdesk.prospectus;

import static org.commissioningdesk.persistence.AuditVocabulary.count;
import static org.commissioningdesk.persistence.AuditVocabulary.financialYear;
import static org.commissioningdesk.persistence.AuditVocabulary.items;
import static org.commissioningdesk.persistence.AuditVocabulary.plain;

import org.commissioningdesk.persistence.AuditVocabulary;
import org.commissioningdesk.persistence.AuditWords;

/**
 * How a prospectus's audit trail reads: its fields by the names the editor gives them, and its steps
 * through the workflow as things people did ("Put version 1 out for consultation").
 */
public final class ProspectusAuditWords {

    public static final AuditVocabulary VOCABULARY = AuditVocabulary.of(ProspectusService.ENTITY, "prospectus")
            .titledBy("title")
            .text("title", "title")
            .value("ownerName", "owner", plain())
            .value("firstYear", "first year", financialYear())
            .value("cycleYears", "cycle", count("year", "years"))
            .longText("summary", "summary")
            .longText("strategicContext", "strategic context")
            .longText("healthNeeds", "health needs")
            .list("priorities", items("priority", "priorities").keyedBy("key").titledBy("title")
                    .label("title", "title")
                    .label("serviceArea", "service area")
                    .label("changeType", "kind of change")
                    .label("rationale", "rationale")
                    .label("amounts", "money")
                    .label("outcomes", "outcome measures")
                    .label("inequalityFocus", "inequality focus")
                    .label("leadOfficer", "lead officer")
                    .label("specificationIds", "specifications that deliver it"))
            .list("consultation", items("consultation response", "consultation responses").titledBy("respondent")
                    .label("source", "source")
                    .label("receivedOn", "date received")
                    .label("priorityKey", "priority")
                    .label("summary", "summary")
                    .label("response", "PCT response")
                    .label("answered", "answered mark"))
            .status("DRAFT", "Returned {version} to draft")
            .status("CONSULTATION", "Put {version} out for consultation")
            .status("BOARD_APPROVED", "Recorded the Board's approval of {version}")
            .status("PUBLISHED", "Published {version}")
            .status("SUPERSEDED", "Marked {version} as superseded")
            .action("copy for next year", "Copied from the previous year's prospectus")
            .build();

    /** The words for the History tab of a prospectus. */
    public static final AuditWords WORDS = AuditWords.of(VOCABULARY);

    private ProspectusAuditWords() {
    }
}
