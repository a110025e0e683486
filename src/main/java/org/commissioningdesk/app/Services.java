package org.commissioningdesk.app;

import java.time.Clock;

import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.dashboard.DashboardService;
import org.commissioningdesk.demo.DemoDataService;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationService;
import org.commissioningdesk.organisation.StarterPackService;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Settings;
import org.commissioningdesk.prospectus.ProspectusRepository;
import org.commissioningdesk.prospectus.ProspectusService;
import org.commissioningdesk.specification.SpecificationRepository;
import org.commissioningdesk.specification.SpecificationService;

/**
 * The services over one open database, built once: the window and the command line use the same.
 * Closing it closes the database.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final OrganisationService organisations;
    private final StarterPackService starterPacks;
    private final DashboardService dashboard;
    private final ProspectusService prospectuses;
    private final SpecificationService specifications;
    private final DemoDataService demo;

    private Services(Database database, UserIdentity user, Clock clock) {
        this.database = database;
        this.clock = clock;
        AuditLog audit = new AuditLog(user, clock);
        OrganisationRepository organisationRepository = new OrganisationRepository();
        this.organisations = new OrganisationService(database, organisationRepository, audit);
        this.starterPacks = new StarterPackService(database, organisationRepository, new Settings(), audit);
        ProspectusRepository prospectusRepository = new ProspectusRepository();
        ServiceAreaRepository serviceAreas = new ServiceAreaRepository();
        SpecificationRepository specificationRepository = new SpecificationRepository();
        this.dashboard = new DashboardService(database, organisationRepository, prospectusRepository,
                specificationRepository, audit);
        this.prospectuses = new ProspectusService(database, prospectusRepository, organisationRepository, serviceAreas,
                specificationRepository, audit, user, clock);
        this.specifications = new SpecificationService(database, specificationRepository, organisationRepository,
                serviceAreas, audit, user, clock);
        this.demo = new DemoDataService(database, prospectusRepository, specificationRepository,
                organisationRepository, new Settings(), audit, user, clock);
    }

    /** Opens (creating and migrating if needed) the database and builds the services over it. */
    public static Services open(DatabaseLocation location, UserIdentity user, Clock clock) {
        return new Services(Database.open(location), user, clock);
    }

    public static Services open(DatabaseLocation location) {
        return open(location, UserIdentity.fromOperatingSystem(), Clock.systemDefaultZone());
    }

    /** The clock the services date things by (fixed in tests). */
    public Clock clock() {
        return clock;
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

    public ProspectusService prospectuses() {
        return prospectuses;
    }

    public SpecificationService specifications() {
        return specifications;
    }

    /** Loads the demo prospectuses and specifications into a database set up with the London 2006 starter pack. */
    public DemoDataService demo() {
        return demo;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    @Override
    public void close() {
        database.close();
    }
}
