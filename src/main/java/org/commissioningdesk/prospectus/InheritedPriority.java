package org.commissioningdesk.prospectus;

/** A priority agreed in a London-wide or LCG prospectus, shown read-only in a member's prospectus (¶53). */
public record InheritedPriority(long prospectusId, String prospectusTitle, String ownerName, ProspectusLevel level,
                                int version, ProspectusStatus status, Priority priority) {
}
