package org.commissioningdesk.organisation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The kinds of organisation in the register (../shared/domain.md, "Organisations"). */
public enum OrganisationType {
    PCT("PCT", true, false),
    CARE_TRUST("Care Trust", true, false),
    LCG("Local Commissioning Group", true, false),
    LONDON_COMMISSIONING_GROUP("London Commissioning Group", true, false),
    SHA("Strategic Health Authority", false, false),
    NHS_TRUST("NHS Trust", false, true),
    FOUNDATION_TRUST("NHS Foundation Trust", false, true),
    INDEPENDENT_PROVIDER("Independent / voluntary provider", false, true),
    LOCAL_AUTHORITY("Local Authority", false, false),
    PBC_GROUP("Practice-based commissioning group", true, false),
    CLINICAL_NETWORK("Clinical network", false, false),
    CBS("Commissioning Business Service", false, false);

    private final String label;
    private final boolean commissioner;
    private final boolean provider;

    OrganisationType(String label, boolean commissioner, boolean provider) {
        this.label = label;
        this.commissioner = commissioner;
        this.provider = provider;
    }

    public String label() {
        return label;
    }

    public boolean isCommissioner() {
        return commissioner;
    }

    public boolean isProvider() {
        return provider;
    }

    /** The types this type may be a member of: PCT -> LCG, LCG -> London group, and so on. */
    public Set<OrganisationType> allowedParents() {
        return switch (this) {
            case PCT, CARE_TRUST, CLINICAL_NETWORK -> EnumSet.of(LCG);
            case LCG -> EnumSet.of(LONDON_COMMISSIONING_GROUP);
            case PBC_GROUP -> EnumSet.of(PCT, CARE_TRUST);
            default -> EnumSet.noneOf(OrganisationType.class);
        };
    }

    /** Whether organisations of this type can have members: a group, or a PCT with its practice-based groups. */
    public boolean canHaveMembers() {
        return Arrays.stream(values()).anyMatch(t -> t.allowedParents().contains(this));
    }

    /** Whether a sector (the LCG area a commissioner sits in) applies to this type. */
    public boolean hasSector() {
        return this == PCT || this == CARE_TRUST || this == LCG || this == PBC_GROUP;
    }

    /** Accepts the enum name or the label, any case: "pct", "NHS Trust", "nhs_trust". */
    public static OrganisationType parse(String text) {
        String wanted = text == null ? "" : text.trim();
        for (OrganisationType type : values()) {
            if (type.name().equalsIgnoreCase(wanted.replace(' ', '_')) || type.label.equalsIgnoreCase(wanted)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown organisation type '" + text + "'. Known types: "
                + String.join(", ", Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList()));
    }

    @Override
    public String toString() {
        return label;
    }
}
