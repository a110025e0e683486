package org.commissioningdesk.prospectus;

/**
 * Where a prospectus is in its yearly cycle: Draft, Out for consultation, Board approved,
 * Published, Superseded. Only the first two may be edited.
 */
public enum ProspectusStatus {
    DRAFT("Draft"),
    CONSULTATION("Out for consultation"),
    BOARD_APPROVED("Board approved"),
    PUBLISHED("Published"),
    SUPERSEDED("Superseded");

    private final String label;

    ProspectusStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the content (header, narrative, priorities, consultation) may change. */
    /** Whether a version with this status is in force: agreed by the Board, and published or about to be. */
    public boolean inForce() {
        return this == PUBLISHED || this == BOARD_APPROVED;
    }

    public boolean isEditable() {
        return this == DRAFT || this == CONSULTATION;
    }

    /** Agreed by a Board: what other prospectuses inherit from. */
    public boolean isAgreed() {
        return this == BOARD_APPROVED || this == PUBLISHED;
    }

    /** Accepts the name or the label, any case ("published", "Out for consultation"). */
    public static ProspectusStatus parse(String text) {
        String t = text.strip().replace('-', '_').replace(' ', '_');
        for (ProspectusStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.replace(' ', '_').equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
