package org.commissioningdesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Settings;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.persistence.Tx;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusRepository;
import org.commissioningdesk.prospectus.ProspectusService;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationRepository;
import org.commissioningdesk.specification.SpecificationService;
import org.commissioningdesk.specification.SpecificationTemplate;

/**
 * Loads demonstration prospectuses for 2007/08, and the service specifications that go with them,
 * into a database set up with the London 2006 starter pack, so a new user sees the screens full of
 * realistic content. The prospectuses:
 * <ul>
 *   <li>the London Commissioning Group's London-wide prospectus (3 years), taken through consultation
 *       and approval to Published;</li>
 *   <li>the North East London LCG's sector prospectus (2 years), Board approved;</li>
 *   <li>Tower Hamlets PCT's prospectus (3 years), Out for consultation, with eight responses, some
 *       answered. It inherits the priorities of the other two.</li>
 * </ul>
 * The specifications ({@link DemoSpecifications}), each made from a built-in template:
 * <ul>
 *   <li>North East London LCG's primary angioplasty pathway with Barts and The London, version 1 Agreed
 *       in January 2007 and version 2 a Draft that changes the pathway and one quality requirement;</li>
 *   <li>Tower Hamlets PCT's intermediate care for older people with Barts and The London, Agreed in
 *       February 2007;</li>
 *   <li>City and Hackney Teaching PCT's community mental health services, a Draft not yet placed with a
 *       provider (the mental health trust is not in the starter pack's register).</li>
 * </ul>
 * Every prospectus goes through {@link ProspectusService} and every specification through
 * {@link SpecificationService}, so each is validated, audited and moved through the real workflow. All
 * of it runs in one transaction: it loads completely or not at all. The specifications are loaded
 * first, so that the prospectuses' priorities can link to them.
 * <p>
 * The workflow history is dated on the demo's own 2006/07 timeline (specifications from October 2006,
 * consultation from November 2006, approvals and agreements from January to March 2007), so that it
 * agrees with the Board dates and the dates of the consultation responses; the audit trail records
 * when and by whom the demo was really loaded.
 * <p>
 * <b>Applying it twice</b> is refused with a {@link RuleViolationException}: the database remembers
 * that the demo was loaded (the setting {@code demo_data}), and {@link #isLoaded()} says so beforehand.
 */
public final class DemoDataService {

    static final String SETTING = "demo_data";
    /** The demo prospectuses' titles, in the order they are loaded: London-wide, North East London, Tower Hamlets. */
    public static final List<String> PROSPECTUS_TITLES = List.of(DemoProspectuses.LONDON_TITLE,
            DemoProspectuses.NORTH_EAST_TITLE, DemoProspectuses.TOWER_HAMLETS_TITLE);
    private static final String VERSION = "london-2007-08";

    static final String LONDON_GROUP = "London Commissioning Group";
    static final String NORTH_EAST_LCG = "North East London LCG";
    static final String TOWER_HAMLETS = "Tower Hamlets PCT";
    static final String CITY_AND_HACKNEY = "City and Hackney Teaching PCT";
    static final String BARTS = "Barts and The London NHS Trust";

    // The demo's timeline: when each step of the workflow happened.
    private static final LocalDateTime HEART_ATTACK_CREATED = LocalDateTime.of(2006, 10, 2, 9, 0);
    private static final LocalDateTime HEART_ATTACK_AGREED = LocalDateTime.of(2007, 1, 18, 16, 30);
    private static final LocalDateTime HEART_ATTACK_REVISED = LocalDateTime.of(2007, 2, 12, 10, 0);
    private static final LocalDateTime HEART_ATTACK_REVISION_SAVED = LocalDateTime.of(2007, 2, 19, 14, 45);
    private static final LocalDateTime INTERMEDIATE_CARE_CREATED = LocalDateTime.of(2006, 11, 6, 11, 0);
    private static final LocalDateTime INTERMEDIATE_CARE_AGREED = LocalDateTime.of(2007, 2, 15, 15, 0);
    private static final LocalDateTime MENTAL_HEALTH_CREATED = LocalDateTime.of(2007, 2, 26, 9, 30);
    private static final LocalDateTime LONDON_CREATED = LocalDateTime.of(2006, 10, 16, 9, 30);
    private static final LocalDateTime LONDON_CONSULTED = LocalDateTime.of(2006, 11, 1, 10, 0);
    private static final LocalDateTime LONDON_ANSWERED = LocalDateTime.of(2006, 12, 15, 16, 0);
    private static final LocalDate LONDON_BOARD = LocalDate.of(2007, 1, 25);
    private static final LocalDateTime LONDON_APPROVED = LONDON_BOARD.atTime(17, 0);
    private static final LocalDateTime LONDON_PUBLISHED = LocalDateTime.of(2007, 2, 5, 9, 0);
    private static final LocalDateTime NORTH_EAST_CREATED = LocalDateTime.of(2006, 11, 20, 10, 0);
    private static final LocalDateTime NORTH_EAST_CONSULTED = LocalDateTime.of(2006, 12, 4, 9, 0);
    private static final LocalDate NORTH_EAST_BOARD = LocalDate.of(2007, 3, 1);
    private static final LocalDateTime NORTH_EAST_APPROVED = NORTH_EAST_BOARD.atTime(16, 0);
    private static final LocalDateTime TOWER_HAMLETS_CREATED = LocalDateTime.of(2006, 12, 11, 11, 0);
    private static final LocalDateTime TOWER_HAMLETS_CONSULTED = LocalDateTime.of(2007, 1, 8, 9, 0);
    /** The close its foreword gives ("out for consultation until 30 March 2007"). */
    private static final LocalDate TOWER_HAMLETS_CLOSES = LocalDate.of(2007, 3, 30);
    private static final LocalDateTime TOWER_HAMLETS_RESPONSES = LocalDateTime.of(2007, 2, 27, 17, 0);
    /** The demo's last date: the clock must have passed it, so no Board date lies in the future. */
    static final LocalDate LATEST_DATE = NORTH_EAST_BOARD;

    private final Transactions transactions;
    private final ProspectusRepository prospectuses;
    private final SpecificationRepository specifications;
    private final OrganisationRepository organisations;
    private final Settings settings;
    private final AuditLog audit;
    private final Clock clock;

    public DemoDataService(Transactions transactions, ProspectusRepository prospectuses,
                           SpecificationRepository specifications, OrganisationRepository organisations,
                           Settings settings, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.prospectuses = prospectuses;
        this.specifications = specifications;
        this.organisations = organisations;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the demo has already been loaded into this database. */
    public boolean isLoaded() {
        return transactions.read(tx -> settings.get(tx, SETTING).isPresent());
    }

    /**
     * Loads the demo specifications and prospectuses, all or (on any failure) none of them.
     *
     * @return the prospectuses loaded, in their final state: London-wide, North East London, Tower Hamlets
     *         (the specifications are listed by {@link DemoSpecifications#TITLES})
     * @throws RuleViolationException when the London 2006 starter pack's organisations are missing or retired,
     *                                when the demo is already loaded, or when the clock is before the demo's dates
     */
    public List<Prospectus> apply() {
        checkClock();
        return transactions.inTransaction(this::apply);
    }

    /** Refuses a clock set before the demo's last date (no Board date may lie in the future). */
    public void checkClock() {
        if (LocalDate.now(clock).isBefore(LATEST_DATE)) {
            throw new RuleViolationException("The demo is set in the 2007/08 planning round, with Board dates up to "
                    + UkDates.format(LATEST_DATE) + "; this computer's clock says " + UkDates.format(LocalDate.now(clock))
                    + ".");
        }
    }

    /** Loads the demo inside {@code tx}, which the caller commits (see {@link #apply()}); call {@link #checkClock()} first. */
    public List<Prospectus> apply(Tx tx) {
        if (settings.get(tx, SETTING).isPresent()) {
            throw new RuleViolationException("The demo prospectuses are already loaded in this database.");
        }
        Organisation london = require(tx, LONDON_GROUP, OrganisationType.LONDON_COMMISSIONING_GROUP);
        Organisation northEast = require(tx, NORTH_EAST_LCG, OrganisationType.LCG);
        Organisation towerHamlets = require(tx, TOWER_HAMLETS, OrganisationType.PCT);
        Organisation cityAndHackney = require(tx, CITY_AND_HACKNEY, OrganisationType.PCT);
        Organisation barts = require(tx, BARTS, OrganisationType.NHS_TRUST);

        List<Specification> specs = loadSpecifications(tx, northEast, towerHamlets, cityAndHackney, barts);

        List<Prospectus> loaded = new ArrayList<>();

        // The priorities that the specifications deliver (specs: heart attack v1 and v2, intermediate care, mental health).
        long heartAttack = specs.get(0).seriesId();
        long mentalHealth = specs.get(3).seriesId();
        Prospectus p = at(tx, LONDON_CREATED).create(DemoProspectuses.withLinks(DemoProspectuses.londonWide(london.id()),
                Map.of(DemoProspectuses.HEART_ATTACK, heartAttack)));
        at(tx, LONDON_CONSULTED).sendToConsultation(p.id());
        p = at(tx, LONDON_CONSULTED).get(p.id());
        p = at(tx, LONDON_ANSWERED).update(p.id(), p.stamp().revision(),
                DemoProspectuses.londonWideAfterConsultation(at(tx, LONDON_ANSWERED).get(p.id())));
        at(tx, LONDON_APPROVED).approve(p.id(), LONDON_BOARD, false);
        loaded.add(at(tx, LONDON_PUBLISHED).publish(p.id()));

        p = at(tx, NORTH_EAST_CREATED).create(DemoProspectuses.withLinks(DemoProspectuses.northEastLondon(northEast.id()),
                Map.of(DemoProspectuses.NORTH_EAST_CARDIOLOGY, heartAttack,
                        DemoProspectuses.NORTH_EAST_MENTAL_HEALTH, mentalHealth)));
        at(tx, NORTH_EAST_CONSULTED).sendToConsultation(p.id());
        loaded.add(at(tx, NORTH_EAST_APPROVED).approve(p.id(), NORTH_EAST_BOARD, false));

        p = at(tx, TOWER_HAMLETS_CREATED).create(DemoProspectuses.towerHamlets(towerHamlets.id()));
        p = at(tx, TOWER_HAMLETS_CONSULTED).sendToConsultation(p.id(), TOWER_HAMLETS_CONSULTED.toLocalDate(),
                TOWER_HAMLETS_CLOSES);
        loaded.add(at(tx, TOWER_HAMLETS_RESPONSES).update(p.id(), p.stamp().revision(), DemoProspectuses.towerHamletsAfterConsultation(p)));

        settings.put(tx, SETTING, VERSION);
        audit.record(tx, "database", null, "demo data", null, "the demo prospectuses for "
                + DemoProspectuses.FIRST_YEAR + " (" + loaded.size() + ") and service specifications ("
                + specs.size() + ")");
        return loaded;
    }

    /**
     * The demo specifications, each through the real workflow on the demo's timeline.
     *
     * @return the versions loaded, in their final state: heart attack v1 (Agreed) and v2 (Draft),
     *         intermediate care (Agreed), mental health (Draft)
     */
    private List<Specification> loadSpecifications(Tx tx, Organisation northEast, Organisation towerHamlets,
                                                   Organisation cityAndHackney, Organisation barts) {
        List<Specification> loaded = new ArrayList<>();

        SpecificationTemplate cardiology = specsAt(tx, HEART_ATTACK_CREATED).template(DemoSpecifications.HEART_ATTACK_TEMPLATE);
        Specification s = specsAt(tx, HEART_ATTACK_CREATED).create(
                DemoSpecifications.heartAttack(cardiology, northEast.id(), barts.id()), fromTemplate(cardiology));
        loaded.add(specsAt(tx, HEART_ATTACK_AGREED).agree(s.id(), DemoSpecifications.HEART_ATTACK_AGREEMENT));
        Specification v2 = specsAt(tx, HEART_ATTACK_REVISED).newVersion(s.id());
        loaded.add(specsAt(tx, HEART_ATTACK_REVISION_SAVED).update(v2.id(), v2.stamp().revision(), DemoSpecifications.heartAttackVersion2(v2)));

        SpecificationTemplate intermediate = specsAt(tx, INTERMEDIATE_CARE_CREATED)
                .template(DemoSpecifications.INTERMEDIATE_CARE_TEMPLATE);
        s = specsAt(tx, INTERMEDIATE_CARE_CREATED).create(
                DemoSpecifications.intermediateCare(intermediate, towerHamlets.id(), barts.id()), fromTemplate(intermediate));
        loaded.add(specsAt(tx, INTERMEDIATE_CARE_AGREED).agree(s.id(), DemoSpecifications.INTERMEDIATE_CARE_AGREEMENT));

        SpecificationTemplate mental = specsAt(tx, MENTAL_HEALTH_CREATED).template(DemoSpecifications.MENTAL_HEALTH_TEMPLATE);
        loaded.add(specsAt(tx, MENTAL_HEALTH_CREATED).create(
                DemoSpecifications.mentalHealth(mental, cityAndHackney.id()), fromTemplate(mental)));
        return loaded;
    }

    private static String fromTemplate(SpecificationTemplate t) {
        return "From the template '" + t.name() + "'";
    }

    private Organisation require(Tx tx, String name, OrganisationType type) {
        Optional<Organisation> found = organisations.findAll(tx).stream()
                .filter(o -> o.type() == type && o.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            throw new RuleViolationException("The demo needs the London 2006 starter pack, and this database does not "
                    + "have it: '" + name + "' is not in its register.");
        }
        if (found.get().isRetired()) {
            throw new RuleViolationException("The demo needs the London 2006 starter pack as it was loaded, but " + name
                    + " was retired on " + UkDates.format(found.get().activeTo()) + ".");
        }
        return found.get();
    }

    /**
     * A prospectus service that works inside this one transaction, with its clock at a moment of the
     * demo's timeline (for the dated workflow history); the audit log keeps the real clock.
     */
    private ProspectusService at(Tx tx, LocalDateTime when) {
        Clock moment = Clock.fixed(when.atZone(clock.getZone()).toInstant(), clock.getZone());
        return new ProspectusService(Transactions.joining(tx), prospectuses, organisations, new ServiceAreaRepository(),
                specifications, audit, moment);
    }

    /** A specification service inside this one transaction, with its clock at a moment of the demo's timeline. */
    private SpecificationService specsAt(Tx tx, LocalDateTime when) {
        Clock moment = Clock.fixed(when.atZone(clock.getZone()).toInstant(), clock.getZone());
        return new SpecificationService(Transactions.joining(tx), specifications, organisations, new ServiceAreaRepository(), audit,
                moment);
    }
}
