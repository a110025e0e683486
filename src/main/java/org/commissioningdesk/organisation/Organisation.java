package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation in the register: a commissioner, a provider, or a body they work with.
 *
 * @param parentId   the organisation this one is a member of (a PCT's LCG), or null
 * @param activeTo   the date the organisation was retired, or null while it is active
 * @param aliases    other names it is known by, used when matching imported names
 */
public record Organisation(long id, String name, OrganisationType type, String code, String sector, Long parentId,
                           LocalDate activeFrom, LocalDate activeTo, String notes, List<String> aliases) {

    public Organisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean isRetired() {
        return activeTo != null;
    }

    /** The editable part of this organisation, as a draft to change and save. */
    public OrganisationDraft toDraft() {
        return new OrganisationDraft(name, type, code, sector, parentId, activeFrom, notes);
    }
}
