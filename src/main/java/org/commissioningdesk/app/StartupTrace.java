package org.commissioningdesk.app;

/**
 * Prints start-up milestones (wall-clock milliseconds) to stderr when the system property
 * {@code commissioningdesk.startupTrace} is set; docs/benchmarks/startup.sh reads them.
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
