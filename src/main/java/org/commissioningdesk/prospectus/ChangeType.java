package org.commissioningdesk.prospectus;

/** The change a priority intends: invest, disinvest, redesign, procure or decommission. */
public enum ChangeType {
    INVEST("Invest"),
    DISINVEST("Disinvest"),
    REDESIGN("Redesign"),
    PROCURE("Procure"),
    DECOMMISSION("Decommission");

    private final String label;

    ChangeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** +1 when its money must be investment (positive), -1 when a saving (negative), 0 when either. */
    public int requiredSign() {
        return switch (this) {
            case INVEST -> 1;
            case DISINVEST, DECOMMISSION -> -1;
            default -> 0;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
