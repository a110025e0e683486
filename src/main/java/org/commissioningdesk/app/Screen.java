package org.commissioningdesk.app;

/** The screens on the navigation rail. A screen appears here only once it is built. */
enum Screen {
    DASHBOARD("Dashboard"),
    ORGANISATIONS("Organisations"),
    PROSPECTUSES("Prospectuses"),
    SPECIFICATIONS("Specifications");

    private final String title;

    Screen(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    @Override
    public String toString() {
        return title;
    }
}
