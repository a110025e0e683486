package org.commissioningdesk.testing;

import java.io.IOException;

import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;

/**
 * Run in a second process by tests: opens the database given as the argument, says "ready", and
 * keeps it open until its standard input closes. That is what another running copy of the
 * application looks like to H2.
 */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(DatabaseLocation.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our input
            }
        }
    }
}
