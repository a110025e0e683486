package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.TextDiff;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationService;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.organisation.StarterPackService;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Database;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Settings;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.testing.TestDatabases;
import org.commissioningdesk.testing.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class SpecificationServiceTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    private static final LocalDate TODAY = LocalDate.now(TestDatabases.CLOCK);
    private static final java.time.Instant NOW = TestDatabases.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    private static final String USER = TestDatabases.USER.name();
    private static final String PPCI = "Primary angioplasty for heart attack";
    private static final String CALL_TO_BALLOON = "Call to balloon within 150 minutes";
    private static final String DOOR_TO_BALLOON = "Median door to balloon time";

    @TempDir
    Path folder;

    private Database database;
    private AuditLog audit;
    private OrganisationRepository organisationRepository;
    private OrganisationService organisations;
    private SpecificationRepository repository;
    private SpecificationService specs;

    @BeforeEach
    void open() {
        database = TestDatabases.database(engine, folder);
        audit = new AuditLog(TestDatabases.USER, TestDatabases.CLOCK, org.commissioningdesk.app.Services.auditWords());
        organisationRepository = new OrganisationRepository();
        new StarterPackService(database, organisationRepository, new Settings(), audit).apply(StarterPack.LONDON_2006);
        organisations = new OrganisationService(database, organisationRepository, audit);
        repository = new SpecificationRepository();
        specs = serviceWith(database, TestDatabases.CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    // ---- fixtures

    private SpecificationService serviceWith(Transactions transactions, Clock clock) {
        return new SpecificationService(transactions, repository, organisationRepository, new ServiceAreaRepository(),
                new AuditLog(TestDatabases.USER, clock, org.commissioningdesk.app.Services.auditWords()), clock);
    }

    private SpecificationService on(LocalDateTime when) {
        ZoneId zone = TestDatabases.CLOCK.getZone();
        return serviceWith(database, Clock.fixed(when.atZone(zone).toInstant(), zone));
    }

    private long org(String name) {
        return organisations.list().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long northEast() {
        return org("North East London LCG");
    }

    private long barts() {
        return org("Barts and The London NHS Trust");
    }

    private static Map<SpecSection, String> sections() {
        Map<SpecSection, String> s = new EnumMap<>(SpecSection.class);
        s.put(SpecSection.AIMS, "Open the blocked artery as fast as possible.");
        s.put(SpecSection.SERVICE_DESCRIPTION, "A 24-hour primary angioplasty service.\n\n- direct admission\n- repatriation");
        return s;
    }

    private static List<PathwayStep> pathway() {
        return List.of(new PathwayStep(" Patient's home ", "London Ambulance Service", "12-lead ECG and transfer", 0),
                new PathwayStep("Catheter laboratory", null, "Primary angioplasty", 0),
                new PathwayStep("Local hospital", "Cardiology team", "Repatriation", 2));
    }

    private static QualityRequirement callToBalloon() {
        return new QualityRequirement(null, CALL_TO_BALLOON, new BigDecimal("75.0"), Direction.AT_LEAST, "%",
                "MINAP", ReportingFrequency.MONTHLY, PenaltyKind.PERCENT_OF_MONTHLY_VALUE, new BigDecimal("1.50"), true,
                "Paid each quarter at 90% or more", new BigDecimal("25000"));
    }

    private static QualityRequirement doorToBalloon() {
        return new QualityRequirement(null, DOOR_TO_BALLOON, new BigDecimal("90"), Direction.AT_MOST, "minutes",
                null, ReportingFrequency.QUARTERLY, PenaltyKind.FIXED, new BigDecimal("5000"), false, null, null);
    }

    private SpecificationDraft draft(String title) {
        return new SpecificationDraft(title, "Acute", northEast(), barts(), sections(), pathway(),
                List.of(callToBalloon(), doorToBalloon()));
    }

    private static SpecificationDraft with(SpecificationDraft d, Map<SpecSection, String> sections,
                                           List<PathwayStep> steps, List<QualityRequirement> quality) {
        return new SpecificationDraft(d.title(), d.serviceArea(), d.commissionerId(), d.providerId(), sections, steps,
                quality);
    }

    private Specification agreed(String title) {
        Specification s = specs.create(draft(title));
        return specs.agree(s.id(), null);
    }

    private long lastAuditId() {
        return database.read(tx -> audit.recent(tx, 1)).get(0).id();
    }

    private List<String> auditActions(long id) {
        return specs.details(id).audit().stream().map(AuditEntry::action).toList();
    }

    private ValidationException refused(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("Expected a ValidationException");
    }

    // ---- creating and reading

    @Test
    void createsVersionOneInDraftAndReadsItsContentBackExactly() {
        Specification s = specs.create(draft("  " + PPCI + " "));

        assertThat(s.id()).isPositive();
        assertThat(s.seriesId()).isEqualTo(s.id());
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(s.agreedOn()).isNull();
        assertThat(s.title()).isEqualTo(PPCI);
        assertThat(s.label()).isEqualTo(PPCI + " v1");
        assertThat(s.commissionerName()).isEqualTo("North East London LCG");
        assertThat(s.providerName()).isEqualTo("Barts and The London NHS Trust");

        SpecificationDraft c = s.content();
        assertThat(c.sections()).containsOnlyKeys(SpecSection.AIMS, SpecSection.SERVICE_DESCRIPTION);
        assertThat(c.section(SpecSection.SERVICE_DESCRIPTION)).isEqualTo(sections().get(SpecSection.SERVICE_DESCRIPTION));
        assertThat(c.section(SpecSection.LOCATION)).isEmpty();
        assertThat(c.pathway()).extracting(PathwayStep::setting, PathwayStep::who, PathwayStep::maxWaitDays)
                .containsExactly(tuple("Patient's home", "London Ambulance Service", 0),
                        tuple("Catheter laboratory", null, 0), tuple("Local hospital", "Cardiology team", 2));

        QualityRequirement first = c.quality().get(0);
        assertThat(first.key()).isNotBlank();
        assertThat(first.threshold()).isEqualTo(new BigDecimal("75"));
        assertThat(first.penalty()).isEqualTo(new BigDecimal("1.5"));
        assertThat(first.incentiveAmount()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(first.consequenceText()).isEqualTo("1.5% of the monthly contract value; remedial action plan");
        assertThat(first.penaltyFor(new BigDecimal("400000.00"))).isEqualTo(new BigDecimal("6000.00"));
        QualityRequirement second = c.quality().get(1);
        assertThat(second.penalty()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(second.targetText()).isEqualTo("at most 90 minutes");
        assertThat(second.consequenceText()).isEqualTo("£5,000.00 per breach");
        assertThat(c.quality()).extracting(QualityRequirement::key).doesNotHaveDuplicates();

        assertThat(specs.get(s.id())).isEqualTo(s);
        assertThat(specs.list()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(s.id());
            assertThat(row.steps()).isEqualTo(3);
            assertThat(row.kpis()).isEqualTo(2);
            assertThat(row.label()).isEqualTo(PPCI + " v1");
        });
    }

    @Test
    void creationIsDatedAttributedAndAuditedWithWhereItCameFrom() {
        Specification plain = specs.create(draft(PPCI));
        Specification fromTemplate = specs.create(draft("Heart attack pathway"), "From the template 'Heart attack'");

        assertThat(specs.details(plain.id()).statusChanges()).containsExactly(
                new SpecStatusChange(null, SpecStatus.DRAFT, NOW, USER, "Created"));
        assertThat(specs.details(fromTemplate.id()).statusChanges()).extracting(SpecStatusChange::note)
                .containsExactly("From the template 'Heart attack'");
        List<AuditEntry> trail = specs.details(plain.id()).audit();
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.entityType()).isEqualTo(SpecificationService.ENTITY);
            assertThat(e.who()).isEqualTo(USER);
            assertThat(e.summary()).isEqualTo("Created the specification.");
            assertThat(e.subject()).isEqualTo("Specification “" + PPCI + "”");
        });
    }

    @Test
    void aServiceAreaTypedInAJoinsTheListOnce() {
        assertThat(specs.serviceAreas()).doesNotContain("Cardiac services");
        SpecificationDraft d = draft(PPCI);
        specs.create(new SpecificationDraft(d.title(), " Cardiac services ", d.commissionerId(), d.providerId(),
                d.sections(), d.pathway(), d.quality()));
        SpecificationDraft other = draft("Cardiac rehabilitation");
        specs.create(new SpecificationDraft(other.title(), "CARDIAC SERVICES", null, null, other.sections(),
                other.pathway(), other.quality()));
        assertThat(specs.serviceAreas()).filteredOn(a -> a.equalsIgnoreCase("cardiac services"))
                .containsExactly("Cardiac services");
        assertThat(specs.serviceAreas()).startsWith("Acute", "Mental health");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> specs.get(424242)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no specification with id 424242.");
        assertThatThrownBy(() -> specs.agree(424242, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> specs.template("saved:999")).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no specification template 'saved:999'.");
    }

    // ---- validation

    @Test
    void anInvalidDraftIsRefusedWithAMessageOnEachFieldAndNothingIsWritten() {
        long lastAudit = lastAuditId();
        List<PathwayStep> steps = List.of(new PathwayStep(" ", null, "Assessment", 5),
                new PathwayStep("Clinic", null, null, -1), new PathwayStep("Home", null, "Review", 3651));
        List<QualityRequirement> quality = List.of(
                new QualityRequirement(null, "Seen in time", null, null, "%", null, null, PenaltyKind.FIXED, null,
                        false, null, null),
                new QualityRequirement(null, "seen in TIME", new BigDecimal("101"), Direction.AT_LEAST, "%", null,
                        ReportingFrequency.MONTHLY, PenaltyKind.PERCENT_OF_MONTHLY_VALUE, new BigDecimal("0"), false,
                        null, new BigDecimal("10.005")));
        SpecificationDraft bad = new SpecificationDraft(" ", "", null, null, Map.of(), steps, quality);

        ValidationException e = refused(() -> specs.create(bad));

        assertThat(e.fieldErrors()).containsExactly(
                entry("title", "Give the specification a title"),
                entry("serviceArea", "Choose or type a service area"),
                entry("step.0.setting", "Say where this step happens"),
                entry("step.1.what", "Say what happens at this step"),
                entry("step.1.maxWaitDays", "A wait cannot be negative"),
                entry("step.2.maxWaitDays", "At most 3650 days (ten years)"),
                entry("kpi.0.threshold", "Give the threshold as a number"),
                entry("kpi.0.direction", "Choose whether the threshold is a minimum (at least) or a maximum (at most)"),
                entry("kpi.0.frequency", "Choose how often it is reported"),
                entry("kpi.0.penalty", "Give the penalty in pounds"),
                entry("kpi.1.indicator", "Another quality requirement already measures 'seen in TIME'"),
                entry("kpi.1.threshold", "A percentage is between 0 and 100"),
                entry("kpi.1.penalty", "A percentage is more than 0 and at most 100"),
                entry("kpi.1.incentiveAmount", "Amounts are in pounds and pence: at most two decimal places"),
                entry("kpi.1.incentive", "Say what the incentive is paid for"));
        assertThat(specs.list()).isEmpty();
        assertThat(lastAuditId()).isEqualTo(lastAudit);
    }

    @Test
    void theTitleIsUniqueAcrossSpecificationsWhateverItsCaseAndSpacing() {
        Specification first = specs.create(draft(PPCI));
        long lastAudit = lastAuditId();

        ValidationException e = refused(() -> specs.create(draft("  primary ANGIOPLASTY  for heart attack")));
        assertThat(e.fieldErrors()).containsOnly(entry("title", "Another specification is already called '" + PPCI + "'"));
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        Specification other = specs.create(draft("Cardiac rehabilitation"));
        ValidationException renamed = refused(() -> specs.update(other.id(), specs.get(other.id()).stamp().revision(), draft(PPCI.toUpperCase())));
        assertThat(renamed.fieldErrors()).containsOnlyKeys("title");
        assertThat(specs.get(other.id()).title()).isEqualTo("Cardiac rehabilitation");

        // Its own title is no clash, and neither is the title it keeps in a later version.
        assertThat(specs.update(first.id(), specs.get(first.id()).stamp().revision(), draft(PPCI.toLowerCase())).title()).isEqualTo(PPCI.toLowerCase());
        specs.agree(first.id(), null);
        Specification v2 = specs.newVersion(first.id());
        assertThat(v2.title()).isEqualTo(PPCI.toLowerCase());
        // Another specification may not take the title of the earlier version either.
        specs.update(v2.id(), specs.get(v2.id()).stamp().revision(), draft("Heart attack centre"));
        assertThat(refused(() -> specs.create(draft(PPCI))).fieldErrors()).containsOnlyKeys("title");
    }

    @Test
    void theCommissionerMustCommissionAndTheProviderMustProvide() {
        long sha = org("London Strategic Health Authority");
        long towerHamlets = org("Tower Hamlets PCT");
        SpecificationDraft d = draft(PPCI);

        ValidationException swapped = refused(() -> specs.create(d.withOrganisations(barts(), towerHamlets)));
        assertThat(swapped.fieldErrors()).containsExactly(
                entry("commissionerId", "A NHS Trust does not commission services"),
                entry("providerId", "A PCT is not a provider"));
        ValidationException neither = refused(() -> specs.create(d.withOrganisations(sha, sha)));
        assertThat(neither.fieldErrors()).containsExactly(
                entry("commissionerId", "A Strategic Health Authority does not commission services"),
                entry("providerId", "A Strategic Health Authority is not a provider"));
        ValidationException missing = refused(() -> specs.create(d.withOrganisations(987654L, 987655L)));
        assertThat(missing.fieldErrors()).containsExactly(
                entry("commissionerId", "The chosen organisation no longer exists"),
                entry("providerId", "The chosen organisation no longer exists"));

        // A generic specification, with neither, is fine; so is an LCG with an NHS trust.
        assertThat(specs.create(d.withOrganisations(null, null)).commissionerName()).isNull();
        assertThat(specs.commissioners()).extracting(Organisation::type).allMatch(OrganisationType::isCommissioner)
                .contains(OrganisationType.PCT, OrganisationType.LCG);
        assertThat(specs.providers()).extracting(Organisation::name).contains("Barts and The London NHS Trust")
                .doesNotContain("Tower Hamlets PCT");
    }

    @Test
    void aRetiredOrganisationCannotBeChosenButADraftThatHasOneCanStillBeSaved() {
        Organisation clinic = organisations.create(new OrganisationDraft("Mile End Heart Clinic Ltd",
                OrganisationType.INDEPENDENT_PROVIDER, null, null, null, null, null));
        Specification s = specs.create(draft(PPCI).withOrganisations(northEast(), clinic.id()));
        organisations.retire(clinic.id(), LocalDate.of(2007, 3, 1));

        SpecificationDraft changed = with(s.content(), sections(), pathway().subList(0, 2), s.content().quality());
        assertThat(specs.update(s.id(), specs.get(s.id()).stamp().revision(), changed).content().pathway()).hasSize(2);
        ValidationException e = refused(() -> specs.create(draft("Heart attack centre")
                .withOrganisations(northEast(), clinic.id())));
        assertThat(e.fieldErrors()).containsOnly(entry("providerId", "Mile End Heart Clinic Ltd was retired on 01/03/2007"));
        assertThat(specs.providers()).extracting(Organisation::id).doesNotContain(clinic.id());
    }

    // ---- editing

    @Test
    void updatingADraftReplacesItsContentAndAuditsBeforeAndAfter() {
        Specification s = specs.create(draft(PPCI));
        Map<SpecSection, String> moreSections = new EnumMap<>(sections());
        moreSections.put(SpecSection.LOCATION, "The London Chest Hospital.");
        List<QualityRequirement> kpis = new ArrayList<>(s.content().quality());
        kpis.remove(1);
        List<PathwayStep> steps = List.of(pathway().get(2), pathway().get(0));

        Specification after = specs.update(s.id(), specs.get(s.id()).stamp().revision(), with(s.content(), moreSections, steps, kpis));

        assertThat(after.content().section(SpecSection.LOCATION)).isEqualTo("The London Chest Hospital.");
        assertThat(after.content().pathway()).extracting(PathwayStep::setting)
                .containsExactly("Local hospital", "Patient's home");
        assertThat(after.content().quality()).extracting(QualityRequirement::key)
                .containsExactly(s.content().quality().get(0).key());
        List<AuditEntry> trail = specs.details(s.id()).audit();
        assertThat(trail).extracting(AuditEntry::action).containsExactly("create", "update");
        // Only what changed is kept with the change, and told in words when it is opened.
        String details = specs.changeDetails(trail.get(1).id());
        assertThat(details).isNotBlank().isEqualTo(trail.get(1).summary());
    }

    @Test
    void savingWithNothingChangedWritesNothing() {
        Specification s = specs.create(draft(PPCI));
        long lastAudit = lastAuditId();
        assertThat(specs.update(s.id(), specs.get(s.id()).stamp().revision(), s.content())).isEqualTo(s);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
    }

    // ---- agreeing

    @Test
    void agreementNeedsAServiceDescriptionAndAQualityRequirement() {
        Map<SpecSection, String> noDescription = new EnumMap<>(SpecSection.class);
        noDescription.put(SpecSection.AIMS, "Faster treatment.");
        Specification bare = specs.create(with(draft(PPCI), noDescription, List.of(), List.of()));
        long lastAudit = lastAuditId();

        assertThatThrownBy(() -> specs.agree(bare.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Before '" + PPCI + "' can be agreed it needs a service description (section 3.2) and at "
                        + "least one quality requirement (section 5).");
        assertThat(lastAuditId()).isEqualTo(lastAudit);
        specs.update(bare.id(), specs.get(bare.id()).stamp().revision(), with(bare.content(), sections(), List.of(), List.of()));
        assertThatThrownBy(() -> specs.agree(bare.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("Before '" + PPCI + "' can be agreed it needs at least one quality requirement (section 5).");
        Specification stillDraft = specs.get(bare.id());
        assertThat(stillDraft.status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(stillDraft.agreedOn()).isNull();
        assertThat(specs.details(bare.id()).statusChanges()).hasSize(1);
        assertThat(auditActions(bare.id())).containsExactly("create", "update");

        specs.update(bare.id(), specs.get(bare.id()).stamp().revision(), with(bare.content(), sections(), List.of(), List.of(doorToBalloon())));
        assertThat(specs.agree(bare.id(), null).status()).isEqualTo(SpecStatus.AGREED);
    }

    @Test
    void agreeingDatesTheVersionAndRecordsTheMoveWithItsNote() {
        Specification s = specs.create(draft(PPCI));
        Specification agreed = specs.agree(s.id(), "  Agreed by the LCG Board, 14 March 2007 ");

        assertThat(agreed.status()).isEqualTo(SpecStatus.AGREED);
        assertThat(agreed.agreedOn()).isEqualTo(TODAY);
        assertThat(specs.details(s.id()).statusChanges()).containsExactly(
                new SpecStatusChange(null, SpecStatus.DRAFT, NOW, USER, "Created"),
                new SpecStatusChange(SpecStatus.DRAFT, SpecStatus.AGREED, NOW, USER,
                        "Agreed by the LCG Board, 14 March 2007"));
        assertThat(auditActions(s.id())).containsExactly("create", "status: Agreed");
        assertThat(specs.list()).singleElement().extracting(SpecificationSummary::agreedOn).isEqualTo(TODAY);

        assertThatThrownBy(() -> specs.agree(s.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessage("'" + PPCI + " v1' is already agreed.");
    }

    @Test
    void theAgreementDateIsTheOneGivenWhichMayBePastButNotFutureNorBeforeTheVersionItReplaces() {
        Specification v1 = specs.create(draft(PPCI));
        LocalDate meeting = TODAY.minusMonths(2);
        assertThat(specs.agree(v1.id(), meeting, null).agreedOn()).isEqualTo(meeting);
        // The history still says when it was recorded; the version says when it was agreed.
        assertThat(specs.details(v1.id()).statusChanges()).last().extracting(SpecStatusChange::at).isEqualTo(NOW);

        Specification v2 = specs.newVersion(v1.id());
        ValidationException future = refused(() -> specs.agree(v2.id(), TODAY.plusDays(1), null));
        assertThat(future.fieldErrors()).containsOnlyKeys("agreedOn");
        ValidationException earlier = refused(() -> specs.agree(v2.id(), meeting.minusDays(1), null));
        assertThat(earlier.fieldErrors()).containsOnly(entry("agreedOn", "Version 1 was agreed on "
                + org.commissioningdesk.common.UkDates.format(meeting) + "; this version cannot be agreed before it"));
        assertThat(specs.get(v2.id()).status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(specs.agree(v2.id(), meeting, null).agreedOn()).isEqualTo(meeting);
    }

    @Test
    void anAgreementNoteOverTheLimitIsAFieldError() {
        Specification s = specs.create(draft(PPCI));
        ValidationException e = refused(() -> specs.agree(s.id(), "x".repeat(1001)));
        assertThat(e.fieldErrors()).containsOnly(entry("note", "At most 1000 characters (this has 1001)"));
        assertThat(specs.get(s.id()).status()).isEqualTo(SpecStatus.DRAFT);
    }

    @Test
    void agreeingVersionTwoSupersedesVersionOneWhichKeepsItsAgreedDate() {
        LocalDateTime january = LocalDateTime.of(2007, 1, 18, 15, 0);
        Specification v1 = on(january).create(draft(PPCI));
        on(january).agree(v1.id(), null);
        Specification v2 = specs.newVersion(v1.id());
        specs.update(v2.id(), specs.get(v2.id()).stamp().revision(), with(v2.content(), v2.content().sections(), pathway().subList(0, 2),
                v2.content().quality()));

        Specification agreed = specs.agree(v2.id(), null);

        assertThat(agreed.agreedOn()).isEqualTo(TODAY);
        Specification old = specs.get(v1.id());
        assertThat(old.status()).isEqualTo(SpecStatus.SUPERSEDED);
        assertThat(old.agreedOn()).isEqualTo(LocalDate.of(2007, 1, 18));
        assertThat(specs.details(v1.id()).statusChanges()).extracting(SpecStatusChange::from, SpecStatusChange::to,
                SpecStatusChange::at, SpecStatusChange::note).containsExactly(
                tuple(null, SpecStatus.DRAFT, january.atZone(TestDatabases.CLOCK.getZone()).toInstant(), "Created"),
                tuple(SpecStatus.DRAFT, SpecStatus.AGREED, january.atZone(TestDatabases.CLOCK.getZone()).toInstant(), null),
                tuple(SpecStatus.AGREED, SpecStatus.SUPERSEDED, NOW, "Superseded by version 2"));
        assertThat(auditActions(v1.id())).containsExactly("create", "status: Agreed", "status: Superseded");
        assertThat(specs.details(v2.id()).versions()).extracting(SpecificationSummary::version,
                SpecificationSummary::status).containsExactly(tuple(1, SpecStatus.SUPERSEDED), tuple(2, SpecStatus.AGREED));
    }

    // ---- versions

    @Test
    void aNewVersionCopiesTheContentWithItsKpiKeysAsADraft() {
        Specification v1 = agreed(PPCI);
        long lastAudit = lastAuditId();

        Specification v2 = specs.newVersion(v1.id());

        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.seriesId()).isEqualTo(v1.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(v2.agreedOn()).isNull();
        assertThat(v2.content()).isEqualTo(v1.content());
        assertThat(v2.content().quality()).extracting(QualityRequirement::key)
                .containsExactlyElementsOf(v1.content().quality().stream().map(QualityRequirement::key).toList());
        assertThat(specs.details(v2.id()).statusChanges()).containsExactly(
                new SpecStatusChange(null, SpecStatus.DRAFT, NOW, USER, "New version made from version 1"));
        assertThat(auditActions(v2.id())).containsExactly("new version");
        assertThat(lastAuditId()).isGreaterThan(lastAudit);
        assertThat(specs.get(v1.id()).status()).isEqualTo(SpecStatus.AGREED);
    }

    @Test
    void aNewVersionIsRefusedWhileADraftExistsOrFromAnEarlierVersion() {
        Specification draftOnly = specs.create(draft("Cardiac rehabilitation"));
        assertThatThrownBy(() -> specs.newVersion(draftOnly.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 1 of 'Cardiac rehabilitation' is already being worked on (Draft); edit it rather than making a new version.");

        Specification v1 = agreed(PPCI);
        Specification v2 = specs.newVersion(v1.id());
        long lastAudit = lastAuditId();
        assertThatThrownBy(() -> specs.newVersion(v1.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 of '" + PPCI + "' is already being worked on (Draft); open that one.");
        assertThatThrownBy(() -> specs.newVersion(v2.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 of '" + PPCI + "' is already being worked on (Draft); edit it rather than making a new version.");

        specs.agree(v2.id(), null);
        assertThatThrownBy(() -> specs.newVersion(v1.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 is the latest; make the new version from it.");
        assertThat(specs.details(v1.id()).versions()).hasSize(2);
        assertThat(specs.newVersion(v2.id()).version()).isEqualTo(3);
        assertThat(lastAuditId()).isGreaterThan(lastAudit);
    }

    @Test
    void theListGroupsEveryVersionBySpecificationEvenWhenALaterVersionIsRetitled() {
        Specification zeta = agreed("Zeta: community cardiology");
        Specification beta = specs.create(draft("Beta: heart failure nursing"));
        Specification zeta2 = specs.newVersion(zeta.id());
        specs.update(zeta2.id(), specs.get(zeta2.id()).stamp().revision(), draft("Alpha: community cardiology"));

        assertThat(specs.list()).extracting(SpecificationSummary::seriesId, SpecificationSummary::version,
                SpecificationSummary::title).containsExactly(
                tuple(zeta.id(), 1, "Zeta: community cardiology"),
                tuple(zeta.id(), 2, "Alpha: community cardiology"),
                tuple(beta.id(), 1, "Beta: heart failure nursing"));
    }

    // ---- read-only once agreed

    @Test
    void anAgreedVersionCannotBeChangedOrDeletedByTheService() {
        Specification v1 = agreed(PPCI);
        long lastAudit = lastAuditId();

        assertThatThrownBy(() -> specs.update(v1.id(), specs.get(v1.id()).stamp().revision(), draft("Something else")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'" + PPCI + " v1' is agreed and cannot be changed; make a new version instead.");
        assertThatThrownBy(() -> specs.delete(v1.id())).isInstanceOf(RuleViolationException.class)
                .hasMessage("Only a draft can be deleted; '" + PPCI + " v1' is agreed.");
        Specification v2 = specs.newVersion(v1.id());
        specs.agree(v2.id(), null);
        assertThatThrownBy(() -> specs.update(v1.id(), specs.get(v1.id()).stamp().revision(), draft(PPCI))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is superseded and cannot be changed");
        assertThat(specs.get(v1.id()).content()).isEqualTo(v1.content());
        assertThat(auditActions(v1.id())).containsExactly("create", "status: Agreed", "status: Superseded");
        assertThat(lastAuditId()).isGreaterThan(lastAudit);
    }

    @Test
    void theRepositoryItselfRefusesToChangeOrDeleteAnAgreedVersionAndChangesNothing() {
        Specification v1 = agreed(PPCI);
        SpecificationDraft other = with(draft("Rewritten"), Map.of(SpecSection.AIMS, "Other aims"), List.of(), List.of());

        // Inside one transaction: each refused call leaves the rows as they were, so the transaction may go on.
        List<Specification> seen = database.inTransaction(tx -> {
            assertThatThrownBy(() -> repository.update(tx, v1.id(), v1.stamp().revision(), other, audit.saving())).isInstanceOf(RuleViolationException.class)
                    .hasMessage("'" + PPCI + " v1' is agreed and cannot be changed; make a new version instead.");
            assertThatThrownBy(() -> repository.delete(tx, v1.id())).isInstanceOf(RuleViolationException.class)
                    .hasMessage("'" + PPCI + " v1' is agreed and cannot be deleted; make a new version instead.");
            assertThatThrownBy(() -> repository.update(tx, 777777, 1, other, audit.saving())).isInstanceOf(RuleViolationException.class)
                    .hasMessage("There is no specification with id 777777.");
            return List.of(repository.findById(tx, v1.id()).orElseThrow());
        });

        assertThat(seen.get(0)).isEqualTo(v1);
        assertThat(specs.get(v1.id())).isEqualTo(v1);
        assertThat(specs.list()).hasSize(1);
    }

    // ---- deleting

    @Test
    void aDraftIsDeletedWithAnAuditRowAndTheAgreedVersionStays() {
        Specification v1 = agreed(PPCI);
        Specification v2 = specs.newVersion(v1.id());

        specs.delete(v2.id());

        assertThat(specs.list()).extracting(SpecificationSummary::id).containsExactly(v1.id());
        assertThatThrownBy(() -> specs.get(v2.id())).isInstanceOf(NotFoundException.class);
        List<AuditEntry> last = database.read(tx -> audit.forEntity(tx, SpecificationService.ENTITY, v2.uid()));
        assertThat(last).extracting(AuditEntry::action).containsExactly("new version", "delete");
        assertThat(last.get(1).summary()).isEqualTo("Deleted the specification.");
        assertThat(last.get(1).subject()).contains(PPCI);
        // With the draft gone a new version can be made again.
        assertThat(specs.newVersion(v1.id()).version()).isEqualTo(2);

        Specification lone = specs.create(draft("Cardiac rehabilitation"));
        specs.delete(lone.id());
        assertThat(specs.list()).extracting(SpecificationSummary::title).doesNotContain("Cardiac rehabilitation");
    }

    // ---- audit in the same transaction

    @Test
    void aWriteAndItsAuditRowCommitOrRollBackTogether() {
        long lastAudit = lastAuditId();
        Transactions failingAtCommit = new Transactions() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                return database.inTransaction(tx -> {
                    work.run(tx);
                    throw new IllegalStateException("the disk filled up at commit");
                });
            }
        };
        SpecificationService failing = serviceWith(failingAtCommit, TestDatabases.CLOCK);

        assertThatThrownBy(() -> failing.create(draft(PPCI))).hasMessage("the disk filled up at commit");
        assertThat(specs.list()).isEmpty();
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        Specification s = specs.create(draft(PPCI));
        long afterCreate = lastAuditId();
        assertThatThrownBy(() -> failing.agree(s.id(), null)).isInstanceOf(IllegalStateException.class);
        assertThat(specs.get(s.id()).status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(specs.details(s.id()).statusChanges()).hasSize(1);
        assertThat(lastAuditId()).isEqualTo(afterCreate);
    }

    // ---- templates

    @Test
    void theBuiltInTemplatesComeFirstThenSavedOnesByName() {
        Specification s = specs.create(draft(PPCI));
        specs.saveAsTemplate(s.id(), "Zebra crossing pathway", null);
        specs.saveAsTemplate(s.id(), "Angioplasty, North East London", "As agreed in the sector");

        List<SpecificationTemplate> all = specs.templates();
        assertThat(all).extracting(SpecificationTemplate::builtIn).containsExactly(true, true, true, false, false);
        assertThat(all).extracting(SpecificationTemplate::name).endsWith("Angioplasty, North East London",
                "Zebra crossing pathway");
        assertThat(all.get(3).key()).isEqualTo("saved:" + all.get(3).id());
        assertThat(specs.template(all.get(3).key()).description()).isEqualTo("As agreed in the sector");
        assertThat(specs.template("builtin:community-mental-health").content().serviceArea()).isEqualTo("Mental health");
    }

    @Test
    void aSavedTemplateRoundTripsItsContentWithoutOrganisationsOrKeys() {
        Specification s = specs.create(draft(PPCI));
        long lastAudit = lastAuditId();

        SpecificationTemplate t = specs.saveAsTemplate(s.id(), "  Heart attack, sector model ", " From the NEL review ");

        assertThat(t.builtIn()).isFalse();
        assertThat(t.name()).isEqualTo("Heart attack, sector model");
        assertThat(t.description()).isEqualTo("From the NEL review");
        SpecificationDraft c = t.content();
        assertThat(c.commissionerId()).isNull();
        assertThat(c.providerId()).isNull();
        assertThat(c.title()).isEqualTo(PPCI);
        assertThat(c.sections()).isEqualTo(s.content().sections());
        assertThat(c.pathway()).isEqualTo(s.content().pathway());
        assertThat(c.quality()).extracting(QualityRequirement::indicator, QualityRequirement::threshold,
                QualityRequirement::penalty, QualityRequirement::incentiveAmount).containsExactlyElementsOf(
                s.content().quality().stream().map(q -> tuple(q.indicator(), q.threshold(), q.penalty(),
                        q.incentiveAmount())).toList());
        assertThat(c.quality()).extracting(QualityRequirement::key)
                .doesNotContainAnyElementsOf(s.content().quality().stream().map(QualityRequirement::key).toList());

        List<AuditEntry> written = database.read(tx -> audit.recent(tx, 5)).stream()
                .filter(e -> e.id() > lastAudit).toList();
        assertThat(written).singleElement().satisfies(e -> {
            assertThat(e.entityType()).isEqualTo(SpecificationService.TEMPLATE_ENTITY);
            assertThat(e.entityUid()).isNotNull();
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.summary()).contains("Heart attack, sector model");
        });

        // A specification made from it is valid and independent of the one it came from.
        Specification made = specs.create(c.withTitle("Heart attack, Outer North East London")
                .withOrganisations(northEast(), barts()), "From the template '" + t.name() + "'");
        assertThat(made.content().sections()).isEqualTo(s.content().sections());
    }

    @Test
    void templateNamesAreRequiredAndUniqueIncludingTheBuiltInOnes() {
        Specification s = specs.create(draft(PPCI));
        String builtInName = specs.templates().get(0).name();
        specs.saveAsTemplate(s.id(), "Heart attack, sector model", null);
        long lastAudit = lastAuditId();

        assertThat(refused(() -> specs.saveAsTemplate(s.id(), "  ", null)).fieldErrors())
                .containsOnly(entry("name", "Give the template a name"));
        assertThat(refused(() -> specs.saveAsTemplate(s.id(), builtInName.toUpperCase(), null)).fieldErrors())
                .containsOnly(entry("name", "There is already a template called '" + builtInName.toUpperCase() + "'"));
        assertThat(refused(() -> specs.saveAsTemplate(s.id(), "heart attack,  SECTOR model", null)).fieldErrors())
                .containsOnlyKeys("name");
        assertThat(refused(() -> specs.saveAsTemplate(s.id(), "n".repeat(201), "d".repeat(1001))).fieldErrors())
                .containsExactly(entry("name", "At most 200 characters (this has 201)"),
                        entry("description", "At most 1000 characters (this has 1001)"));
        assertThat(specs.templates()).hasSize(4);
        assertThat(lastAuditId()).isEqualTo(lastAudit);
    }

    @Test
    void aSavedTemplateCanBeDeletedButABuiltInOneCannot() {
        Specification s = specs.create(draft(PPCI));
        SpecificationTemplate t = specs.saveAsTemplate(s.id(), "Heart attack, sector model", null);
        long lastAudit = lastAuditId();

        assertThatThrownBy(() -> specs.deleteTemplate("builtin:intermediate-care-older-people"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'Intermediate care for older people' is built in and cannot be deleted.");
        assertThat(lastAuditId()).isEqualTo(lastAudit);

        specs.deleteTemplate(t.key());
        assertThat(specs.templates()).hasSize(3).allMatch(SpecificationTemplate::builtIn);
        assertThatThrownBy(() -> specs.template(t.key())).isInstanceOf(NotFoundException.class);
        AuditEntry deleted = database.read(tx -> audit.recent(tx, 1)).get(0);
        assertThat(deleted.action()).isEqualTo("delete");
        assertThat(deleted.entityType()).isEqualTo(SpecificationService.TEMPLATE_ENTITY);
        assertThat(deleted.subject()).contains("Heart attack, sector model");
        assertThatThrownBy(() -> specs.deleteTemplate(t.key())).isInstanceOf(NotFoundException.class);
        // The specification it was saved from is untouched.
        assertThat(specs.get(s.id())).isEqualTo(s);
    }

    @Test
    void specificationsMadeFromTheSameBuiltInTemplateEachHaveTheirOwnKpiKeys() {
        SpecificationTemplate t = specs.template("builtin:community-cardiology-primary-pci");
        Specification first = specs.create(t.content().withOrganisations(northEast(), barts()),
                "From the template '" + t.name() + "'");
        SpecificationTemplate again = specs.template("builtin:community-cardiology-primary-pci");
        Specification second = specs.create(again.content().withTitle("Primary angioplasty, South East London"));

        assertThat(first.content().quality()).hasSameSizeAs(second.content().quality());
        assertThat(first.content().quality()).extracting(QualityRequirement::key)
                .doesNotContainAnyElementsOf(second.content().quality().stream().map(QualityRequirement::key).toList());
        assertThat(specs.agree(first.id(), null).status()).isEqualTo(SpecStatus.AGREED);
    }

    @Test
    void aCopyOfASpecificationIsTitledAsACopyWithItsOwnKpiKeys() {
        Specification s = agreed(PPCI);
        SpecificationDraft copy = specs.copyOf(s.id());
        assertThat(copy.title()).isEqualTo("Copy of " + PPCI);
        assertThat(copy.commissionerId()).isEqualTo(northEast());
        assertThat(copy.sections()).isEqualTo(s.content().sections());
        assertThat(copy.quality()).extracting(QualityRequirement::key)
                .doesNotContainAnyElementsOf(s.content().quality().stream().map(QualityRequirement::key).toList());
        Specification made = specs.create(copy);
        assertThat(made.seriesId()).isEqualTo(made.id()).isNotEqualTo(s.seriesId());
    }

    // ---- comparing

    @Test
    void comparingTwoVersionsShowsWhichPartsChangedAndTheWords() {
        Specification v1 = agreed(PPCI);
        Specification v2 = specs.newVersion(v1.id());
        List<PathwayStep> steps = new ArrayList<>(pathway());
        steps.set(2, new PathwayStep("Local hospital", "Cardiology team", "Repatriation", 1));
        List<QualityRequirement> kpis = new ArrayList<>(v2.content().quality());
        QualityRequirement c = kpis.get(0);
        kpis.set(0, new QualityRequirement(c.key(), c.indicator(), new BigDecimal("80"), c.direction(), c.unit(),
                c.measurement(), c.frequency(), c.penaltyKind(), c.penalty(), c.remedialActionPlan(), c.incentive(),
                c.incentiveAmount()));
        specs.update(v2.id(), specs.get(v2.id()).stamp().revision(), with(v2.content(), v2.content().sections(), steps, kpis));

        SpecificationComparison comparison = specs.compare(v2.id(), v1.id());

        assertThat(comparison.left().version()).isEqualTo(1);
        assertThat(comparison.right().version()).isEqualTo(2);
        assertThat(comparison.parts()).hasSize(SpecSection.values().length + 3);
        assertThat(comparison.parts()).filteredOn(SpecificationComparison.Part::changed)
                .extracting(SpecificationComparison.Part::label)
                .containsExactly("Care pathway", "Quality requirements");
        assertThat(comparison.changedParts()).isEqualTo(2);
        SpecificationComparison.Part pathwayPart = comparison.parts().get(comparison.parts().size() - 2);
        assertThat(pathwayPart.segments()).filteredOn(s -> s.change() == TextDiff.Change.REMOVED)
                .extracting(TextDiff.Segment::text).containsExactly("2", "days.");
        assertThat(TextDiff.side(pathwayPart.segments(), false))
                .isEqualTo(SpecificationComparison.pathway(v1.content().pathway()));
        assertThat(TextDiff.side(pathwayPart.segments(), true)).endsWith("Repatriation. Maximum wait 1 day.");
        SpecificationComparison.Part quality = comparison.parts().get(comparison.parts().size() - 1);
        assertThat(quality.segments()).filteredOn(s -> s.change() == TextDiff.Change.ADDED)
                .extracting(TextDiff.Segment::text).containsExactly("80");
        assertThat(comparison.parts().get(4).label()).isEqualTo("3.2 Service description");
        assertThat(comparison.parts().get(4).changed()).isFalse();

        // A version compared with itself differs nowhere.
        assertThat(specs.compare(v1.id(), v1.id()).changedParts()).isZero();
    }

    @Test
    void theHeaderComparesWhatTheVersionsSayNotWhereTheyAreInTheWorkflow() {
        Specification v1 = agreed(PPCI);
        Specification v2 = specs.newVersion(v1.id());
        assertThat(specs.compare(v1.id(), v2.id()).changedParts()).as("agreed v1 against an untouched draft v2").isZero();

        specs.update(v2.id(), specs.get(v2.id()).stamp().revision(), v2.content().withTitle(PPCI + " and cardiac rehabilitation"));
        SpecificationComparison.Part header = specs.compare(v1.id(), v2.id()).parts().get(0);
        assertThat(header.label()).isEqualTo("Header");
        assertThat(header.changed()).isTrue();
        assertThat(header.segments()).filteredOn(s -> s.change() == TextDiff.Change.ADDED)
                .extracting(TextDiff.Segment::text).containsExactly(" and cardiac rehabilitation");
    }

    @Test
    void detailsGatherVersionsHistoryAuditAndNoPrioritiesYet() {
        Specification v1 = agreed(PPCI);
        Specification v2 = specs.newVersion(v1.id());
        SpecificationDetails details = specs.details(v2.id());
        assertThat(details.specification()).isEqualTo(v2);
        assertThat(details.versions()).extracting(SpecificationSummary::id).containsExactly(v1.id(), v2.id());
        assertThat(details.statusChanges()).hasSize(1);
        assertThat(details.audit()).extracting(AuditEntry::action).containsExactly("new version");
        assertThat(details.deliveredPriorities()).isEmpty();
    }
}
