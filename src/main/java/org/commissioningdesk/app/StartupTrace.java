package org.commissioningdesk.app;

/**
 * Prints start-up milestones (wall-clock milliseconds) to stderr when the system property
 * {@code commissioningdesk.startupTrace} is set; docs/benchmarks/startup.sh reads them. Building each screen
 * on its first visit is marked too (building-NAME, built-NAME), as that is where start-up work now goes.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("commissioningdesk.startupTrace");

    private StartupTrace() {
    }

    static void mark(String milestone) {
        if (ON) {
            System.err.println("startup " + milestone + " " + System.currentTimeMillis());
        }
    }
}
