package org.commissioningdesk.app;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.DisplayNameSetting;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.dashboard.DashboardService;
import org.commissioningdesk.demo.DemoDataService;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationService;
import org.commissioningdesk.organisation.StarterPackService;
import org.commissioningdesk.organisation.OrganisationAuditWords;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.AuditWords;
import org.commissioningdesk.prospectus.ProspectusAuditWords;
import org.commissioningdesk.specification.SpecificationAuditWords;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Settings;
import org.commissioningdesk.persistence.UnreadableRows;
import org.commissioningdesk.prospectus.ProspectusRepository;
import org.commissioningdesk.prospectus.ProspectusService;
import org.commissioningdesk.specification.SpecificationRepository;
import org.commissioningdesk.specification.SpecificationService;

/**
 * The services over one open database, built once: the window and the command line use the same.
 * Closing it closes the database.
 */
public final class Services implements AutoCloseable {

    /**
     * How the audit trail tells changes in words: each feature's words for its records. Built on first use, with
     * the services, away from the FX thread: the window is shown before any of it is needed.
     */
    public static AuditWords auditWords() {
        return Words.ALL;
    }

    private static final class Words {
        static final AuditWords ALL = AuditWords.of(java.util.stream.Stream.of(
                OrganisationAuditWords.ALL, List.of(ProspectusAuditWords.VOCABULARY), SpecificationAuditWords.ALL)
                .flatMap(List::stream).toList());
    }

    private final Database database;
    private final Clock clock;
    private final CurrentUser user;
    private final OrganisationService organisations;
    private final StarterPackService starterPacks;
    private final DashboardService dashboard;
    private final ProspectusService prospectuses;
    private final SpecificationService specifications;
    private final DemoDataService demo;
    private final SetUpService setUp;

    private Services(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.user = user;
        // Services are built away from the FX thread: find who is working now, so that no screen ever waits
        // on the preferences or the operating system to learn it.
        user.identity();
        AuditLog audit = new AuditLog(user, clock, auditWords());
        // Changes moved from the old audit trail by an upgrade are told in words once, before any list reads them.
        database.inTransaction(audit::tellMovedChanges);
        OrganisationRepository organisationRepository = new OrganisationRepository();
        this.organisations = new OrganisationService(database, organisationRepository, audit);
        this.starterPacks = new StarterPackService(database, organisationRepository, new Settings(), audit);
        ProspectusRepository prospectusRepository = new ProspectusRepository();
        ServiceAreaRepository serviceAreas = new ServiceAreaRepository();
        SpecificationRepository specificationRepository = new SpecificationRepository();
        this.dashboard = new DashboardService(database, organisationRepository, prospectusRepository,
                specificationRepository, audit);
        this.prospectuses = new ProspectusService(database, prospectusRepository, organisationRepository, serviceAreas,
                specificationRepository, audit, clock);
        this.specifications = new SpecificationService(database, specificationRepository, organisationRepository,
                serviceAreas, audit, clock);
        this.demo = new DemoDataService(database, prospectusRepository, specificationRepository,
                organisationRepository, new Settings(), audit, clock);
        this.setUp = new SetUpService(database, starterPacks, organisations, demo);
    }

    /**
     * Opens an existing database (upgrading it if it is older) and builds the services over it.
     *
     * @throws org.commissioningdesk.persistence.DatabaseOpenException when it cannot be opened; nothing changed
     */
    public static Services open(DatabaseLocation location, CurrentUser user, Clock clock) {
        return new Services(Database.open(location), user, clock);
    }

    /**
     * The services over a database already open (a shared one, {@link Database#openShared}); closing them closes it.
     */
    public static Services on(Database database, CurrentUser user, Clock clock) {
        return new Services(database, user, clock);
    }

    /** As {@link #open(DatabaseLocation, CurrentUser, Clock)}, recording every change as {@code user}. */
    public static Services open(DatabaseLocation location, UserIdentity user, Clock clock) {
        return open(location, CurrentUser.fixed(user), clock);
    }

    /**
     * Creates a new database set up as chosen ({@code choice} empty: not set up, to be asked later), built whole
     * in a temporary file before it takes its name, and opens it.
     */
    public static Services create(DatabaseLocation location, Optional<SetUpService.Choice> choice, CurrentUser user,
                                  Clock clock) {
        Database database = Database.create(location,
                building -> choice.ifPresent(c -> new Services(building, user, clock).setUp().apply(c)));
        return new Services(database, user, clock);
    }

    /** As {@link #create(DatabaseLocation, Optional, CurrentUser, Clock)}, recording every change as {@code user}. */
    public static Services create(DatabaseLocation location, Optional<SetUpService.Choice> choice, UserIdentity user,
                                  Clock clock) {
        return create(location, choice, CurrentUser.fixed(user), clock);
    }

    /**
     * Opens and creates databases for the person using this computer, by the system clock: changes are
     * recorded under their display name (the one set in File > Your name…, else the system's full name for
     * the account), the same in the window and on the command line.
     */
    public static ServicesOpener opener() {
        return opener(new CurrentUser(DisplayNameSetting.forThisAccount()), Clock.systemDefaultZone());
    }

    /** Opens and creates databases for a fixed {@code user} by {@code clock} (tests). */
    public static ServicesOpener opener(UserIdentity user, Clock clock) {
        return opener(CurrentUser.fixed(user), clock);
    }

    /** Opens and creates databases for {@code user} by {@code clock} (fixed in tests). */
    public static ServicesOpener opener(CurrentUser user, Clock clock) {
        return new ServicesOpener() {
            @Override
            public CurrentUser user() {
                return user;
            }

            @Override
            public Services open(DatabaseLocation location) {
                return Services.open(location, user, clock);
            }

            @Override
            public Services openShared(org.commissioningdesk.persistence.ServerAddress server,
                                       org.commissioningdesk.persistence.Credentials credentials) {
                return Services.on(Database.openShared(server, credentials), user, clock);
            }

            @Override
            public Services create(DatabaseLocation location, Optional<SetUpService.Choice> choice) {
                return Services.create(location, choice, user, clock);
            }
        };
    }

    /** What the person should be told about this opening: an upgrade, or a problem put right. */
    public List<String> notices() {
        return database.notices();
    }

    /** Rows left out of lists because a value in them cannot be read. */
    public UnreadableRows unreadableRows() {
        return database.unreadableRows();
    }

    /** How the database was set up, and setting it up. */
    public SetUpService setUp() {
        return setUp;
    }

    /** Who is working: named in the audit trail and as the author of exported documents. */
    public CurrentUser user() {
        return user;
    }

    /** The clock the services date things by (fixed in tests). */
    public Clock clock() {
        return clock;
    }

    /** Where the database is, in words: its file, or its shared server and name. */
    public String where() {
        return database.where();
    }

    /** The kind of database open: on this computer, or shared. */
    public org.commissioningdesk.persistence.Engine engine() {
        return database.engine();
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
