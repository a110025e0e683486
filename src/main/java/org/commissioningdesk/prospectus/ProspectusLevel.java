package org.commissioningdesk.prospectus;

import java.util.Locale;
import java.util.Optional;

import org.commissioningdesk.organisation.OrganisationType;

/**
 * The three levels of prospectus in seed 003 ¶97 (practice-based, PCT, London-wide), plus the
 * Local Commissioning Group between PCT and London. The level follows from the owner's type.
 */
public enum ProspectusLevel {
    PRACTICE("Practice-based"),
    PCT("PCT"),
    LCG("LCG"),
    LONDON("London-wide");

    private final String label;

    ProspectusLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The level of a prospectus owned by an organisation of this type; empty if it cannot own one. */
    public static Optional<ProspectusLevel> forOwner(OrganisationType type) {
        return Optional.ofNullable(switch (type) {
            case PBC_GROUP -> PRACTICE;
            case PCT, CARE_TRUST -> PCT;
            case LCG -> LCG;
            case LONDON_COMMISSIONING_GROUP, SHA -> LONDON;
            default -> null;
        });
    }

    /** Accepts the name or the label, any case. */
    public static ProspectusLevel parse(String text) {
        String t = text.strip();
        for (ProspectusLevel level : values()) {
            if (level.name().equalsIgnoreCase(t) || level.label.equalsIgnoreCase(t)) {
                return level;
            }
        }
        throw new IllegalArgumentException("Unknown level '" + text + "'. Known levels: practice, pct, lcg, london");
    }

    @Override
    public String toString() {
        return label.toLowerCase(Locale.ROOT);
    }
}
