package org.commissioningdesk.app;

import java.time.Clock;

import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.dashboard.DashboardService;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationService;
import org.commissioningdesk.organisation.StarterPackService;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.Settings;

/**
 * The services over one open database, built once: the window and the command line use the same.
 * Closing it closes the database.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final OrganisationService organisations;
    private final StarterPackService starterPacks;
    private final DashboardService dashboard;

    private Services(Database database, UserIdentity user, Clock clock) {
        this.database = database;
        AuditLog audit = new AuditLog(user, clock);
        OrganisationRepository organisationRepository = new OrganisationRepository();
        this.organisations = new OrganisationService(database, organisationRepository, audit);
        this.starterPacks = new StarterPackService(database, organisationRepository, new Settings(), audit);
        this.dashboard = new DashboardService(database, organisationRepository, audit);
    }

    /** Opens (creating and migrating if needed) the database and builds the services over it. */
    public static Services open(DatabaseLocation location, UserIdentity user, Clock clock) {
        return new Services(Database.open(location), user, clock);
    }

    public static Services open(DatabaseLocation location) {
        return open(location, UserIdentity.fromOperatingSystem(), Clock.systemDefaultZone());
    }

    public DatabaseLocation location() {
        return database.location();
    }

    public OrganisationService organisations() {
        return organisations;
    }

    public StarterPackService starterPacks() {
        return starterPacks;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        database.close();
    }
}
