package org.commissioningdesk.specification;

/** How often a provider reports a quality requirement. */
public enum ReportingFrequency {
    MONTHLY("Monthly"),
    QUARTERLY("Quarterly"),
    SIX_MONTHLY("Six-monthly"),
    ANNUALLY("Annually");

    private final String label;

    ReportingFrequency(String label) {
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
