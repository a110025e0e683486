package org.commissioningdesk.organisation;

import java.time.LocalDate;

/** What a person types to add or edit an organisation; {@link OrganisationService} validates it. */
public record OrganisationDraft(String name, OrganisationType type, String code, String sector, Long parentId,
                                LocalDate activeFrom, String notes) {

    /** The same draft with surrounding blanks removed and empty text turned into null. */
    public OrganisationDraft normalised() {
        return new OrganisationDraft(clean(name), type, clean(code), clean(sector), parentId, activeFrom,
                notes == null || notes.isBlank() ? null : notes.strip());
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
