package org.commissioningdesk.specification;

import java.time.LocalDate;

import org.commissioningdesk.common.Stamp;

/**
 * A service specification at one version: where it is in its workflow, whose it is, and its content.
 *
 * @param seriesId the id shared by every version of the same specification (that of version 1)
 * @param agreedOn the day this version was agreed, or null while it is a draft
 */
public record Specification(long id, long seriesId, int version, SpecStatus status, String commissionerName,
                            String providerName, LocalDate agreedOn, SpecificationDraft content, Stamp stamp) {

    /** Its lasting id, the same in every copy of the database. */
    public java.util.UUID uid() {
        return stamp.uid();
    }

    public String title() {
        return content.title();
    }

    /** "Primary PCI for heart attack v2". */
    public String label() {
        return content.title() + " v" + version;
    }
}
