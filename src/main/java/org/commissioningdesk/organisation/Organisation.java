package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.commissioningdesk.common.Stamp;

/**
 * An organisation in the register: a commissioner, a provider, or a body they work with.
 *
 * @param parentId   the organisation this one is a member of (a PCT's LCG), or null
 * @param activeTo   the date the organisation was retired, or null while it is active
 * @param aliases    other names it is known by, used when matching imported names
 * @param stamp      its lasting id and revision; null only for an organisation named in another record's list
 */
public record Organisation(long id, String name, OrganisationType type, String code, String sector, Long parentId,
                           LocalDate activeFrom, LocalDate activeTo, String notes, List<String> aliases,
                           Stamp stamp) {

    public Organisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Its lasting id, the same in every copy of the database. */
    public UUID uid() {
        return stamp.uid();
    }

    public boolean isRetired() {
        return activeTo != null;
    }

    /** The editable part of this organisation, as a draft to change and save. */
    public OrganisationDraft toDraft() {
        return new OrganisationDraft(name, type, code, sector, parentId, activeFrom, notes);
    }
}
