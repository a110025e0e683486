package org.commissioningdesk.specification;

/**
 * The financial consequence of breaching a quality requirement (¶94 "legally robust
 * incentives/penalties"): none, a fixed sum per breach, or a percentage of the month's contract value.
 */
public enum PenaltyKind {
    NONE("No financial penalty"),
    FIXED("Fixed sum (£) per breach"),
    PERCENT_OF_MONTHLY_VALUE("% of the monthly contract value");

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
