package org.commissioningdesk.specification;

import static org.commissioningdesk.persistence.AuditVocabulary.items;
import static org.commissioningdesk.persistence.AuditVocabulary.plain;

import java.util.List;

import org.commissioningdesk.persistence.AuditVocabulary;
import org.commissioningdesk.persistence.AuditWords;

/**
 * How the audit trail of a specification (and of the templates saved from one) reads: its fields by the
 * names the editor gives them, its sections by their titles, and agreeing a version as "Agreed version 2".
 */
public final class SpecificationAuditWords {

    public static final AuditVocabulary VOCABULARY = AuditVocabulary.of(SpecificationService.ENTITY, "specification")
            .titledBy("content.title")
            .text("content.title", "title")
            .value("content.serviceArea", "service area", plain())
            .value("commissionerName", "commissioner", plain())
            .value("providerName", "provider", plain())
            .sections("content.sections", "section", "sections", SpecificationAuditWords::sectionTitle)
            .list("content.pathway", items("care pathway step", "care pathway steps")
                    .label("setting", "setting")
                    .label("who", "who")
                    .label("what", "what happens")
                    .label("maxWaitDays", "maximum wait"))
            .list("content.quality", items("quality requirement", "quality requirements").keyedBy("key")
                    .titledBy("indicator")
                    .label("indicator", "indicator")
                    .label("threshold", "target")
                    .label("direction", "target")
                    .label("unit", "unit")
                    .label("measurement", "measurement")
                    .label("frequency", "reporting")
                    .label("penaltyKind", "consequence of breach")
                    .label("penalty", "penalty")
                    .label("remedialActionPlan", "remedial action plan")
                    .label("incentive", "incentive")
                    .label("incentiveAmount", "incentive amount"))
            .status("AGREED", "Agreed {version}")
            .status("SUPERSEDED", "Marked {version} as superseded")
            .build();

    /** Templates saved from a specification. */
    public static final AuditVocabulary TEMPLATE = AuditVocabulary.of(SpecificationService.TEMPLATE_ENTITY, "template")
            .titledBy("name")
            .action("create", "Saved the template {title}")
            .action("delete", "Deleted the template {title}")
            .build();

    /** Everything a specification writes to the audit trail. */
    public static final List<AuditVocabulary> ALL = List.of(VOCABULARY, TEMPLATE);

    /** The words for the History tab of a specification. */
    public static final AuditWords WORDS = AuditWords.of(ALL);

    private SpecificationAuditWords() {
    }

    private static String sectionTitle(String code) {
        for (SpecSection section : SpecSection.values()) {
            if (section.name().equals(code)) {
                return section.title();
            }
        }
        return null;
    }
}
