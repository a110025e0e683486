package org.commissioningdesk.prospectus;

/** Who a consultation response came from. */
public enum SourceType {
    PATIENT("Patient"),
    CARER("Carer"),
    GP_PRACTICE("GP / practice"),
    PEC("Professional Executive Committee"),
    LOCAL_AUTHORITY("Local authority"),
    PROVIDER("Provider"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    OVERVIEW_SCRUTINY("Overview & scrutiny");

    private final String label;

    SourceType(String label) {
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
