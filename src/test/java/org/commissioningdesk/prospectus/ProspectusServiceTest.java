package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.AuditEntry;
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
class ProspectusServiceTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    private static final FinancialYear Y2007 = new FinancialYear(2007);
    /** The fixed clock's day: the only Board date that is neither in the future nor before consultation began. */
    private static final LocalDate TODAY = LocalDate.now(TestDatabases.CLOCK);
    private static final java.time.Instant NOW = TestDatabases.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
    private static final String USER = TestDatabases.USER.name();

    @TempDir
    Path folder;

    private Services services;
    private ProspectusService prospectuses;

    @BeforeEach
    void open() {
        services = TestDatabases.open(engine, folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        prospectuses = services.prospectuses();
    }

    @AfterEach
    void close() {
        services.close();
    }

    // ---- fixtures

    private Organisation org(String name) {
        return services.organisations().list().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private long camden() {
        return org("Camden PCT").id();
    }

    private static List<BigDecimal> gbp(String... amounts) {
        return Arrays.stream(amounts).map(a -> a == null ? null : new BigDecimal(a)).toList();
    }

    private static OutcomeMeasure outcome(String indicator, String baseline, String target, int year) {
        return new OutcomeMeasure(indicator, "per 100,000", baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target), new FinancialYear(year));
    }

    private static Priority priority(String title, String area, ChangeType change, List<BigDecimal> amounts,
                                     OutcomeMeasure... outcomes) {
        return new Priority(null, title, area, change, "Needs assessment 2006", amounts, List.of(outcomes),
                "Most deprived wards", "Director of Commissioning", List.of());
    }

    private static Priority measured(String title) {
        return priority(title, "Acute", ChangeType.INVEST, gbp("100000"), outcome(title + " rate", "10", "8", 2007));
    }

    private static ProspectusDraft draft(long ownerId, String title, FinancialYear first, int years,
                                         Priority... priorities) {
        return new ProspectusDraft(ownerId, title, first, years, "Summary", "Strategic context", "Health needs",
                List.of(priorities), List.of());
    }

    private static ProspectusDraft withConsultation(Prospectus p, ConsultationResponse... responses) {
        ProspectusDraft d = p.toDraft();
        return new ProspectusDraft(d.ownerId(), d.title(), d.firstYear(), d.cycleYears(), d.summary(),
                d.strategicContext(), d.healthNeeds(), d.priorities(), List.of(responses));
    }

    private static ProspectusDraft withTitle(Prospectus p, String title) {
        ProspectusDraft d = p.toDraft();
        return new ProspectusDraft(d.ownerId(), title, d.firstYear(), d.cycleYears(), d.summary(),
                d.strategicContext(), d.healthNeeds(), d.priorities(), d.consultation());
    }

    private static ProspectusDraft withPriorities(Prospectus p, List<Priority> priorities) {
        ProspectusDraft d = p.toDraft();
        return new ProspectusDraft(d.ownerId(), d.title(), d.firstYear(), d.cycleYears(), d.summary(),
                d.strategicContext(), d.healthNeeds(), priorities, d.consultation());
    }

    private Prospectus simple(long ownerId, String title, FinancialYear first, String... priorityTitles) {
        return prospectuses.create(draft(ownerId, title, first, 1,
                Arrays.stream(priorityTitles).map(t -> priority(t, "Acute", ChangeType.INVEST, gbp("1000"),
                        outcome(t + " rate", null, "1", first.startYear()))).toArray(Priority[]::new)));
    }

    private Prospectus approved(Prospectus p) {
        prospectuses.sendToConsultation(p.id());
        return prospectuses.approve(p.id(), TODAY, false);
    }

    private Prospectus published(Prospectus p) {
        approved(p);
        return prospectuses.publish(p.id());
    }

    private List<AuditEntry> audit(long id) {
        return prospectuses.details(id).audit();
    }

    // ---- creating

    @Test
    void createsVersionOneInDraftWithTheLevelOfItsOwner() {
        Prospectus pct = prospectuses.create(draft(camden(), " Camden PCT commissioning prospectus 2007/08 ", Y2007, 3));
        assertThat(pct.id()).isPositive();
        assertThat(pct.seriesId()).isEqualTo(pct.id());
        assertThat(pct.version()).isEqualTo(1);
        assertThat(pct.status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(pct.level()).isEqualTo(ProspectusLevel.PCT);
        assertThat(pct.ownerName()).isEqualTo("Camden PCT");
        assertThat(pct.title()).isEqualTo("Camden PCT commissioning prospectus 2007/08");
        assertThat(pct.cycleLabel()).isEqualTo("2007/08 to 2009/10");
        assertThat(pct.boardMeetingDate()).isNull();

        Prospectus lcg = prospectuses.create(draft(org("North Central London LCG").id(), "NCL prospectus", Y2007, 1));
        assertThat(lcg.level()).isEqualTo(ProspectusLevel.LCG);
        Prospectus london = prospectuses.create(draft(org("London Commissioning Group").id(), "London", Y2007, 1));
        assertThat(london.level()).isEqualTo(ProspectusLevel.LONDON);

        assertThat(prospectuses.list()).extracting(ProspectusSummary::id, ProspectusSummary::level)
                .containsExactlyInAnyOrder(tuple(pct.id(), ProspectusLevel.PCT), tuple(lcg.id(), ProspectusLevel.LCG),
                        tuple(london.id(), ProspectusLevel.LONDON));

        ProspectusDetails details = prospectuses.details(pct.id());
        assertThat(details.statusChanges()).containsExactly(
                new StatusChange(null, ProspectusStatus.DRAFT, NOW, USER, null, "Created"));
        assertThat(details.audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("create");
            assertThat(e.who()).isEqualTo(USER);
            assertThat(e.entityType()).isEqualTo(ProspectusService.ENTITY);
            assertThat(e.summary()).isEqualTo("Created the prospectus.");
            assertThat(e.subject()).isEqualTo("Prospectus “Camden PCT commissioning prospectus 2007/08”");
        });
        assertThat(details.otherVersions()).extracting(ProspectusSummary::id).containsExactly(pct.id());
    }

    @Test
    void aProviderCannotOwnAProspectus() {
        Organisation trust = services.organisations().list().stream()
                .filter(o -> o.type() == OrganisationType.NHS_TRUST).findFirst().orElseThrow();
        assertThatThrownBy(() -> prospectuses.create(draft(trust.id(), "Trust prospectus", Y2007, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("ownerId")
                        .containsEntry("ownerId", "A NHS Trust does not commission, so it has no prospectus"));
        assertThat(prospectuses.list()).isEmpty();
        assertThat(prospectuses.possibleOwners()).extracting(Organisation::type)
                .doesNotContain(OrganisationType.NHS_TRUST, OrganisationType.INDEPENDENT_PROVIDER)
                .contains(OrganisationType.PCT, OrganisationType.CARE_TRUST, OrganisationType.LCG,
                        OrganisationType.LONDON_COMMISSIONING_GROUP);
    }

    @Test
    void anUnknownOrRetiredOwnerIsRefused() {
        assertThatThrownBy(() -> prospectuses.create(draft(999_999L, "Nobody's", Y2007, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ownerId", "The chosen organisation no longer exists"));
        services.organisations().retire(camden(), LocalDate.of(2007, 3, 1));
        assertThatThrownBy(() -> prospectuses.create(draft(camden(), "Camden", Y2007, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ownerId", "Camden PCT was retired on 01/03/2007"));
        assertThat(prospectuses.possibleOwners()).extracting(Organisation::name).doesNotContain("Camden PCT");
        assertThat(prospectuses.list()).isEmpty();
    }

    @Test
    void prioritiesWithMoneyOutcomesAndConsultationComeBackExactly() {
        ProspectusDraft input = new ProspectusDraft(camden(), "Camden PCT commissioning prospectus 2007/08", Y2007, 3,
                "  Our plans  ", "Choosing Health", "CVD is the largest killer", List.of(
                new Priority(null, " Stroke care ", "Acute", ChangeType.INVEST, "Stroke audit", gbp("250000", null, "300000.5"),
                        List.of(outcome("Premature CVD mortality", "103", "97.0", 2009),
                                new OutcomeMeasure("Thrombolysis within 3 hours", "%", null, new BigDecimal("12.5"),
                                        new FinancialYear(2008))),
                        "South of the borough", "Jane Smith", List.of()),
                new Priority(null, "Outpatient follow-ups", "Acute", ChangeType.DISINVEST, null,
                        gbp("-100000.00", "-150000.55"), List.of(), null, null, List.of())),
                List.of());
        Prospectus created = prospectuses.create(input);
        String strokeKey = created.priorities().get(0).key();
        assertThat(strokeKey).isNotBlank();
        ProspectusDraft consulted = withConsultation(created,
                new ConsultationResponse(SourceType.OVERVIEW_SCRUTINY, "Camden OSC", LocalDate.of(2007, 2, 1), strokeKey,
                        "More stroke nurses", "Two posts funded", true),
                new ConsultationResponse(SourceType.PATIENT, null, LocalDate.of(2007, 2, 3), null, "Opening hours",
                        "  ", false));
        prospectuses.update(created.id(), prospectuses.get(created.id()).stamp().revision(), consulted);

        Prospectus read = prospectuses.get(created.id());
        assertThat(read.summary()).isEqualTo("Our plans");
        assertThat(read.priorities()).hasSize(2);
        Priority stroke = read.priorities().get(0);
        assertThat(stroke.key()).isEqualTo(strokeKey);
        assertThat(stroke.title()).isEqualTo("Stroke care");
        assertThat(stroke.changeType()).isEqualTo(ChangeType.INVEST);
        assertThat(stroke.rationale()).isEqualTo("Stroke audit");
        assertThat(stroke.inequalityFocus()).isEqualTo("South of the borough");
        assertThat(stroke.leadOfficer()).isEqualTo("Jane Smith");
        // Exact pence, scale 2, with the empty middle year kept empty.
        assertThat(stroke.amounts()).containsExactly(new BigDecimal("250000.00"), null, new BigDecimal("300000.50"));
        assertThat(stroke.amounts().get(0).scale()).isEqualTo(2);
        assertThat(stroke.amounts().get(2).scale()).isEqualTo(2);
        assertThat(stroke.total()).isEqualTo(new BigDecimal("550000.50"));
        assertThat(stroke.outcomes()).containsExactly(
                new OutcomeMeasure("Premature CVD mortality", "per 100,000", new BigDecimal("103"), new BigDecimal("97"),
                        new FinancialYear(2009)),
                new OutcomeMeasure("Thrombolysis within 3 hours", "%", null, new BigDecimal("12.5"),
                        new FinancialYear(2008)));
        assertThat(stroke.outcomes().get(0).describe())
                .isEqualTo("Premature CVD mortality (per 100,000): 103 to 97 by 2009/10");
        assertThat(read.priorities().get(1).amounts())
                .containsExactly(new BigDecimal("-100000.00"), new BigDecimal("-150000.55"));
        assertThat(read.consultation()).containsExactly(
                new ConsultationResponse(SourceType.OVERVIEW_SCRUTINY, "Camden OSC", LocalDate.of(2007, 2, 1), strokeKey,
                        "More stroke nurses", "Two posts funded", true),
                new ConsultationResponse(SourceType.PATIENT, null, LocalDate.of(2007, 2, 3), null, "Opening hours",
                        null, false));
        assertThat(ProspectusService.unanswered(read)).isEqualTo(1);

        // The list shows the count and the net money of the cycle.
        assertThat(prospectuses.list()).singleElement().satisfies(s -> {
            assertThat(s.priorityCount()).isEqualTo(2);
            assertThat(s.netInvestment()).isEqualTo(new BigDecimal("299999.95"));
            assertThat(s.cycleLabel()).isEqualTo("2007/08 to 2009/10");
        });
        assertThat(ProspectusFinance.of(read.years(), read.priorities()).total().net())
                .isEqualTo(new BigDecimal("299999.95"));

        // Saving what was read writes nothing.
        int auditRows = audit(read.id()).size();
        assertThat(prospectuses.update(read.id(), prospectuses.get(read.id()).stamp().revision(), read.toDraft())).isEqualTo(read);
        assertThat(audit(read.id())).hasSize(auditRows);
    }

    @Test
    void reorderingPrioritiesIsKept() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden 2007/08", Y2007, 1,
                measured("Stroke"), measured("Diabetes"), measured("Smoking")));
        List<Priority> reversed = new ArrayList<>(p.priorities());
        java.util.Collections.reverse(reversed);
        Prospectus saved = prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, reversed));
        assertThat(saved.priorities()).extracting(Priority::title).containsExactly("Smoking", "Diabetes", "Stroke");
        assertThat(prospectuses.get(p.id()).priorities()).extracting(Priority::title, Priority::key)
                .containsExactly(tuple("Smoking", p.priorities().get(2).key()),
                        tuple("Diabetes", p.priorities().get(1).key()), tuple("Stroke", p.priorities().get(0).key()));
        assertThat(audit(p.id())).extracting(AuditEntry::action).containsExactly("create", "update");
    }

    @Test
    void anInvalidDraftIsRefusedAndNothingIsWritten() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden 2007/08", Y2007, 2, measured("Stroke")));
        Prospectus before = prospectuses.get(p.id());
        int auditRows = audit(p.id()).size();

        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(p, "  ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("title"));
        List<Priority> twice = List.of(measured("Stroke"), measured("stroke"));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, twice)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("priority.1.title"));
        List<Priority> wrongSign = List.of(priority("Stroke", "Acute", ChangeType.INVEST, gbp("-5")));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, wrongSign)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("priority.0.amount.0"));
        // A fraction of a penny is a field error like any other, not a crash.
        List<Priority> tooPrecise = List.of(priority("Stroke", "Acute", ChangeType.INVEST, gbp("10", "100.005")));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, tooPrecise)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(java.util.Map.entry("priority.0.amount.1",
                                "Amounts are in pounds and pence: at most two decimal places")));
        List<Priority> beyondCycle = List.of(priority("Stroke", "Acute", ChangeType.INVEST, gbp("1", "2", "3")));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, beyondCycle)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("cycleYears"));
        List<Priority> newArea = List.of(priority("Stroke", "Sexual health", ChangeType.INVEST, gbp("1"),
                outcome("x", null, "1", 2011)));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, newArea)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("priority.0.outcome.0.targetYear"));

        assertThat(prospectuses.get(p.id())).isEqualTo(before);
        assertThat(audit(p.id())).hasSize(auditRows);
        // The refused save did not add its new service area either.
        assertThat(prospectuses.serviceAreas()).doesNotContain("Sexual health");
        assertThatThrownBy(() -> prospectuses.update(999_999L, 1, p.toDraft())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void newServiceAreasTypedInAPriorityJoinTheList() {
        List<String> starting = prospectuses.serviceAreas();
        assertThat(starting).hasSize(14).startsWith("Acute", "Mental health").endsWith("TB", "Prison health");
        prospectuses.create(draft(camden(), "Camden", Y2007, 1,
                priority("Chlamydia screening", " Sexual health ", ChangeType.INVEST, gbp("1")),
                priority("Hospital at home", "acute", ChangeType.REDESIGN, gbp("1")),
                priority("Drug treatment", "drugs  and   ALCOHOL", ChangeType.REDESIGN, gbp("1"))));
        List<String> after = prospectuses.serviceAreas();
        assertThat(after).hasSize(15).endsWith("Prison health", "Sexual health");
        // Once added it is not added again in another case.
        prospectuses.create(draft(camden(), "Camden again", Y2007, 1,
                priority("HIV prevention", "SEXUAL HEALTH", ChangeType.INVEST, gbp("1"))));
        assertThat(prospectuses.serviceAreas()).isEqualTo(after);
    }

    // ---- the workflow

    @Test
    void consultationNeedsPrioritiesEachWithAnOutcome() {
        Prospectus empty = prospectuses.create(draft(camden(), "Camden", Y2007, 1));
        assertThatThrownBy(() -> prospectuses.sendToConsultation(empty.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Add at least one priority before the prospectus goes out for consultation.");

        Prospectus p = prospectuses.create(draft(camden(), "Camden 2", Y2007, 1, measured("Stroke"),
                priority("Diabetes", "Acute", ChangeType.REDESIGN, gbp()),
                priority("Smoking", "Acute", ChangeType.REDESIGN, gbp())));
        assertThatThrownBy(() -> prospectuses.sendToConsultation(p.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Every priority needs a measurable outcome before consultation; these have none: "
                        + "Diabetes; Smoking.");
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(prospectuses.details(p.id()).statusChanges()).hasSize(1);

        Prospectus out = prospectuses.sendToConsultation(
                prospectuses.create(draft(camden(), "Camden 3", Y2007, 1, measured("Stroke"))).id());
        assertThat(out.status()).isEqualTo(ProspectusStatus.CONSULTATION);
        assertThatThrownBy(() -> prospectuses.sendToConsultation(out.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only a prospectus that is draft can go out for consultation");
    }

    @Test
    void approvalWithUnansweredResponsesNeedsConfirmation() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        prospectuses.sendToConsultation(p.id());
        // The consultation log is still editable while out for consultation.
        prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withConsultation(prospectuses.get(p.id()),
                new ConsultationResponse(SourceType.GP_PRACTICE, "Dr Patel", LocalDate.of(2007, 3, 1), null,
                        "Access to diagnostics", "Direct access to MRI from April", true),
                new ConsultationResponse(SourceType.CARER, null, LocalDate.of(2007, 3, 2), null, "Respite", null, false),
                new ConsultationResponse(SourceType.PEC, null, LocalDate.of(2007, 3, 3), null, "Prescribing", null, false)));

        assertThatThrownBy(() -> prospectuses.approve(p.id(), TODAY, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("2 consultation responses are not answered yet. Answer them, or confirm approval anyway.");
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.CONSULTATION);

        Prospectus approved = prospectuses.approve(p.id(), TODAY, true);
        assertThat(approved.status()).isEqualTo(ProspectusStatus.BOARD_APPROVED);
        assertThat(approved.boardMeetingDate()).isEqualTo(TODAY);
        assertThat(prospectuses.details(p.id()).statusChanges()).last().isEqualTo(new StatusChange(
                ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, NOW, USER, TODAY,
                "Approved with 2 consultation responses unanswered"));
    }

    @Test
    void approvalWithEveryResponseAnsweredHasNoNote() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        Prospectus approved = approved(p);
        assertThat(approved.status()).isEqualTo(ProspectusStatus.BOARD_APPROVED);
        assertThat(prospectuses.details(p.id()).statusChanges()).last().isEqualTo(new StatusChange(
                ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, NOW, USER, TODAY, null));
    }

    @Test
    void theBoardDateIsGivenAndNeitherInTheFutureNorBeforeConsultation() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        assertThatThrownBy(() -> prospectuses.approve(p.id(), TODAY, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'Camden' is draft; only a prospectus that is out for consultation can be approved by the Board.");
        prospectuses.sendToConsultation(p.id());

        assertThatThrownBy(() -> prospectuses.approve(p.id(), null, false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("boardMeetingDate"));
        assertThatThrownBy(() -> prospectuses.approve(p.id(), TODAY.plusDays(1), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("boardMeetingDate", "The Board meeting date 15/03/2007 is in the future; "
                                + "record the approval after the meeting"));
        assertThatThrownBy(() -> prospectuses.approve(p.id(), TODAY.minusDays(1), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("boardMeetingDate", "The Board meeting cannot be before the consultation opened "
                                + "(14/03/2007)"));
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.CONSULTATION);
        assertThat(prospectuses.details(p.id()).statusChanges()).hasSize(2);

        assertThat(prospectuses.approve(p.id(), TODAY, false).boardMeetingDate()).isEqualTo(TODAY);
    }

    @Test
    void theConsultationsDatesAreEnteredMayBePastAndAreKeptUntilItReturnsToDraft() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        LocalDate january = LocalDate.of(2007, 1, 8);
        assertThatThrownBy(() -> prospectuses.sendToConsultation(p.id(), TODAY.plusDays(1), TODAY.plusWeeks(12)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("consultationOpened", "The consultation opens on 15/03/2007, which is in the future;"
                                + " send it out on the day it opens"));
        assertThatThrownBy(() -> prospectuses.sendToConsultation(p.id(), january, january))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("consultationCloses", "The consultation must close after it opens (08/01/2007)"));
        assertThatThrownBy(() -> prospectuses.sendToConsultation(p.id(), january, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("consultationCloses"));
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.DRAFT);

        Prospectus out = prospectuses.sendToConsultation(p.id(), january, LocalDate.of(2007, 4, 2));
        assertThat(out.consultationPeriod()).isEqualTo(new ConsultationPeriod(january, LocalDate.of(2007, 4, 2)));
        assertThat(out.consultationPeriod().closedBefore(LocalDate.of(2007, 4, 3))).isTrue();
        assertThat(out.consultationPeriod().closedBefore(LocalDate.of(2007, 4, 2))).isFalse();
        // The Board may meet on any day from the opening (here, before the close).
        assertThatThrownBy(() -> prospectuses.approve(p.id(), LocalDate.of(2007, 1, 7), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("boardMeetingDate", "The Board meeting cannot be before the consultation opened "
                                + "(08/01/2007)"));
        assertThat(prospectuses.approve(p.id(), LocalDate.of(2007, 1, 8), false).consultationPeriod()).isNotNull();
        assertThat(prospectuses.returnToDraft(p.id(), "Rework").consultationPeriod()).isNull();
    }

    @Test
    void boardApprovedPublishedAndSupersededAreReadOnly() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        approved(p);
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(p, "Changed")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'Camden' (version 1) is board approved and cannot be changed; return it to draft first.");
        prospectuses.publish(p.id());
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(p, "Changed")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("'Camden' (version 1) is published and cannot be changed; make a new version instead.");
        Prospectus v2 = prospectuses.newVersion(p.id());
        published(v2);
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.SUPERSEDED);
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(p, "Changed")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is superseded and cannot be changed");
        assertThat(prospectuses.get(p.id()).title()).isEqualTo("Camden");
        // Nor can anything but a draft be deleted.
        assertThatThrownBy(() -> prospectuses.delete(p.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Only a draft can be deleted; 'Camden' is Superseded.");
    }

    @Test
    void aDraftMayChangeOwnerAndItsLevelFollowsButNotInALaterVersion() {
        Prospectus p = prospectuses.create(draft(camden(), "Plan", Y2007, 1, measured("Stroke")));
        ProspectusDraft d = p.toDraft();
        long ncl = org("North Central London LCG").id();
        Prospectus moved = prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), new ProspectusDraft(ncl, d.title(), d.firstYear(), d.cycleYears(),
                d.summary(), d.strategicContext(), d.healthNeeds(), d.priorities(), d.consultation()));
        assertThat(moved.ownerName()).isEqualTo("North Central London LCG");
        assertThat(moved.level()).isEqualTo(ProspectusLevel.LCG);

        published(moved);
        Prospectus v2 = prospectuses.newVersion(p.id());
        assertThat(v2.level()).isEqualTo(ProspectusLevel.LCG);
        assertThatThrownBy(() -> prospectuses.update(v2.id(), prospectuses.get(v2.id()).stamp().revision(), new ProspectusDraft(camden(), d.title(), d.firstYear(),
                d.cycleYears(), d.summary(), d.strategicContext(), d.healthNeeds(), d.priorities(), d.consultation())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(java.util.Map.entry("ownerId", "Every version of a prospectus has the same owner")));
    }

    @Test
    void editingWhileOutForConsultationKeepsTheOwnerAndCycle() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        prospectuses.sendToConsultation(p.id());
        ProspectusDraft d = p.toDraft();
        ProspectusDraft longer = new ProspectusDraft(d.ownerId(), d.title(), d.firstYear(), 2, d.summary(),
                d.strategicContext(), d.healthNeeds(), d.priorities(), d.consultation());
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), longer))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("firstYear", "The cycle cannot change once the prospectus has gone out for consultation"));
        ProspectusDraft otherOwner = new ProspectusDraft(org("Islington PCT").id(), d.title(), d.firstYear(),
                d.cycleYears(), d.summary(), d.strategicContext(), d.healthNeeds(), d.priorities(), d.consultation());
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), otherOwner))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("ownerId", "The owner cannot change once the prospectus has gone out for consultation"));
        assertThat(prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(p, "Camden (revised)")).title()).isEqualTo("Camden (revised)");
    }

    @Test
    void publishingVersionTwoSupersedesVersionOne() {
        Prospectus v1 = prospectuses.create(draft(camden(), "Camden 2007/08", Y2007, 1, measured("Stroke")));
        Prospectus published1 = published(v1);
        assertThat(published1.status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(published1.boardMeetingDate()).isEqualTo(TODAY);

        Prospectus v2 = prospectuses.newVersion(v1.id());
        assertThat(v2.id()).isNotEqualTo(v1.id());
        assertThat(v2.seriesId()).isEqualTo(v1.id());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(v2.boardMeetingDate()).isNull();
        assertThat(v2.priorities()).isEqualTo(published1.priorities());
        assertThat(v2.consultation()).isEmpty();
        assertThat(prospectuses.details(v2.id()).statusChanges()).containsExactly(new StatusChange(null,
                ProspectusStatus.DRAFT, NOW, USER, null, "New version made from version 1"));
        assertThat(audit(v2.id())).extracting(AuditEntry::action).containsExactly("new version");

        prospectuses.update(v2.id(), prospectuses.get(v2.id()).stamp().revision(), withPriorities(v2, List.of(measured("Stroke"), measured("Diabetes"))));
        Prospectus published2 = published(v2);
        assertThat(published2.status()).isEqualTo(ProspectusStatus.PUBLISHED);

        Prospectus superseded = prospectuses.get(v1.id());
        assertThat(superseded.status()).isEqualTo(ProspectusStatus.SUPERSEDED);
        assertThat(superseded.boardMeetingDate()).isEqualTo(TODAY);
        assertThat(prospectuses.details(v1.id()).statusChanges()).last().isEqualTo(new StatusChange(
                ProspectusStatus.PUBLISHED, ProspectusStatus.SUPERSEDED, NOW, USER, null, "Superseded by version 2"));
        assertThat(audit(v1.id())).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("status: Superseded");
            assertThat(e.summary()).isEqualTo("Marked version 1 as superseded.");
        });
        assertThat(prospectuses.details(v2.id()).otherVersions())
                .extracting(ProspectusSummary::version, ProspectusSummary::status)
                .containsExactly(tuple(1, ProspectusStatus.SUPERSEDED), tuple(2, ProspectusStatus.PUBLISHED));

        // An older version can never be published over a newer one.
        Prospectus v3 = prospectuses.newVersion(v2.id());
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.priorities()).extracting(Priority::title).containsExactly("Stroke", "Diabetes");
    }

    @Test
    void versionsAreListedOldestFirstWhateverTheirTitles() {
        Prospectus v1 = published(prospectuses.create(draft(camden(), "Camden prospectus", Y2007, 1, measured("Stroke"))));
        Prospectus v2 = prospectuses.newVersion(v1.id());
        prospectuses.update(v2.id(), prospectuses.get(v2.id()).stamp().revision(), withTitle(v2, "A revised Camden prospectus"));
        assertThat(prospectuses.details(v2.id()).otherVersions()).extracting(ProspectusSummary::version)
                .containsExactly(1, 2);
        assertThat(prospectuses.details(v1.id()).otherVersions()).extracting(ProspectusSummary::title)
                .containsExactly("Camden prospectus", "A revised Camden prospectus");
    }

    @Test
    void aNewVersionIsMadeOnlyFromThePublishedLatestVersionAndOnlyOneAtATime() {
        Prospectus v1 = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        assertThatThrownBy(() -> prospectuses.newVersion(v1.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 1 of 'Camden' is already being worked on (Draft); edit it rather than making a new version.");
        prospectuses.sendToConsultation(v1.id());
        assertThatThrownBy(() -> prospectuses.newVersion(v1.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 1 of 'Camden' is already being worked on (Out for consultation); "
                        + "edit it rather than making a new version.");
        prospectuses.approve(v1.id(), TODAY, false);
        assertThatThrownBy(() -> prospectuses.newVersion(v1.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A new version is made from the published prospectus; version 1 is board approved: "
                        + "publish it, or return it to draft to change it.");
        prospectuses.publish(v1.id());

        Prospectus v2 = prospectuses.newVersion(v1.id());
        assertThatThrownBy(() -> prospectuses.newVersion(v1.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 of 'Camden' is already being worked on (Draft); open that one.");
        assertThat(prospectuses.list()).hasSize(2);
        // Deleting the draft version lets another be made, numbered after the latest that remains.
        prospectuses.delete(v2.id());
        assertThat(prospectuses.newVersion(v1.id()).version()).isEqualTo(2);
    }

    @Test
    void onlyTheLatestPublishedVersionIsVersionedAgainAndANewVersionKeepsTheCycle() {
        Prospectus v1 = published(prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke"))));
        Prospectus v2 = published(prospectuses.newVersion(v1.id()));
        assertThat(prospectuses.get(v1.id()).status()).isEqualTo(ProspectusStatus.SUPERSEDED);
        assertThatThrownBy(() -> prospectuses.newVersion(v1.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Version 2 is the latest; make the new version from it.");
        Prospectus v3 = prospectuses.newVersion(v2.id());
        ProspectusDraft otherCycle = new ProspectusDraft(v3.ownerId(), v3.title(), new FinancialYear(2008), 1,
                null, null, null, v3.priorities(), List.of());
        assertThatThrownBy(() -> prospectuses.update(v3.id(), prospectuses.get(v3.id()).stamp().revision(), otherCycle))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get("firstYear"))
                        .startsWith("Every version of a prospectus covers the same cycle (2007/08)"));
        assertThat(prospectuses.details(v3.id()).otherVersions()).extracting(ProspectusSummary::status)
                .containsExactly(ProspectusStatus.SUPERSEDED, ProspectusStatus.PUBLISHED, ProspectusStatus.DRAFT);
    }

    @Test
    void returnsToDraftFromConsultationOrApprovalWithTheReason() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        assertThatThrownBy(() -> prospectuses.returnToDraft(p.id(), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A prospectus that is draft cannot go back to draft.");
        prospectuses.sendToConsultation(p.id());
        assertThat(prospectuses.returnToDraft(p.id(), "  PEC asked for a rethink  ").status())
                .isEqualTo(ProspectusStatus.DRAFT);
        Prospectus approved = approved(p);
        assertThat(approved.boardMeetingDate()).isEqualTo(TODAY);
        Prospectus back = prospectuses.returnToDraft(p.id(), " ");
        assertThat(back.status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(back.boardMeetingDate()).isNull();
        assertThat(prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withTitle(back, "Camden reworked")).title()).isEqualTo("Camden reworked");
        published(back);
        assertThatThrownBy(() -> prospectuses.returnToDraft(p.id(), null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("A prospectus that is published cannot go back to draft; make a new version instead.");

        assertThat(prospectuses.details(p.id()).statusChanges())
                .extracting(StatusChange::from, StatusChange::to, StatusChange::note)
                .containsExactly(
                        tuple(null, ProspectusStatus.DRAFT, "Created"),
                        tuple(ProspectusStatus.DRAFT, ProspectusStatus.CONSULTATION, null),
                        tuple(ProspectusStatus.CONSULTATION, ProspectusStatus.DRAFT, "PEC asked for a rethink"),
                        tuple(ProspectusStatus.DRAFT, ProspectusStatus.CONSULTATION, null),
                        tuple(ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, null),
                        tuple(ProspectusStatus.BOARD_APPROVED, ProspectusStatus.DRAFT, null),
                        tuple(ProspectusStatus.DRAFT, ProspectusStatus.CONSULTATION, null),
                        tuple(ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, null),
                        tuple(ProspectusStatus.BOARD_APPROVED, ProspectusStatus.PUBLISHED, null));
    }

    @Test
    void theReasonForReturningToDraftFitsTheHistory() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        prospectuses.sendToConsultation(p.id());
        assertThatThrownBy(() -> prospectuses.returnToDraft(p.id(), "r".repeat(1001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(java.util.Map.entry("reason", "At most 1000 characters (this has 1001)")));
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.CONSULTATION);
        String reason = "r".repeat(1000);
        prospectuses.returnToDraft(p.id(), reason);
        assertThat(prospectuses.details(p.id()).statusChanges()).last().extracting(StatusChange::note).isEqualTo(reason);
    }

    @Test
    void outcomeValuesTheDatabaseWouldRoundOrRefuseAreFieldErrors() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        List<Priority> precise = List.of(priority("Stroke", "Acute", ChangeType.INVEST, gbp("1"),
                new OutcomeMeasure("Rate", null, new BigDecimal("0.12345"), new BigDecimal("1E+20"), Y2007)));
        assertThatThrownBy(() -> prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, precise)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        java.util.Map.entry("priority.0.outcome.0.baseline", "At most four decimal places"),
                        java.util.Map.entry("priority.0.outcome.0.target", "The number is too large")));
        List<Priority> fits = List.of(priority("Stroke", "Acute", ChangeType.INVEST, gbp("1"),
                new OutcomeMeasure("Rate", null, new BigDecimal("0.1234"), new BigDecimal("999999999999999.9999"), Y2007)));
        prospectuses.update(p.id(), prospectuses.get(p.id()).stamp().revision(), withPriorities(p, fits));
        assertThat(prospectuses.get(p.id()).priorities().get(0).outcomes().get(0))
                .isEqualTo(new OutcomeMeasure("Rate", null, new BigDecimal("0.1234"),
                        new BigDecimal("999999999999999.9999"), Y2007));
    }

    @Test
    void onlyDraftsCanBeDeleted() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        prospectuses.sendToConsultation(p.id());
        assertThatThrownBy(() -> prospectuses.delete(p.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Only a draft can be deleted; 'Camden' is Out for consultation.");
        assertThat(prospectuses.get(p.id()).status()).isEqualTo(ProspectusStatus.CONSULTATION);

        prospectuses.returnToDraft(p.id(), null);
        prospectuses.delete(p.id());
        assertThat(prospectuses.list()).isEmpty();
        assertThatThrownBy(() -> prospectuses.get(p.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("There is no prospectus with id " + p.id() + ".");
        assertThatThrownBy(() -> prospectuses.delete(p.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyTransitionIsDatedAttributedAndAudited() {
        Prospectus p = prospectuses.create(draft(camden(), "Camden", Y2007, 1, measured("Stroke")));
        published(p);
        ProspectusDetails details = prospectuses.details(p.id());
        assertThat(details.statusChanges()).containsExactly(
                new StatusChange(null, ProspectusStatus.DRAFT, NOW, USER, null, "Created"),
                new StatusChange(ProspectusStatus.DRAFT, ProspectusStatus.CONSULTATION, NOW, USER, null, null),
                new StatusChange(ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, NOW, USER, TODAY, null),
                new StatusChange(ProspectusStatus.BOARD_APPROVED, ProspectusStatus.PUBLISHED, NOW, USER, TODAY, null));
        assertThat(details.audit())
                .extracting(AuditEntry::action, AuditEntry::who, AuditEntry::at, AuditEntry::entityUid)
                .containsExactly(
                        tuple("create", USER, NOW, p.uid()),
                        tuple("status: Out for consultation", USER, NOW, p.uid()),
                        tuple("status: Board approved", USER, NOW, p.uid()),
                        tuple("status: Published", USER, NOW, p.uid()));
        assertThat(details.audit().get(2).summary()).startsWith("Recorded the Board's approval of version 1");
        // Each workflow step moves the prospectus on a revision, saved by whoever took it.
        assertThat(prospectuses.get(p.id()).stamp()).satisfies(s -> {
            assertThat(s.revision()).isEqualTo(4);
            assertThat(s.savedBy()).isEqualTo(USER);
            assertThat(s.savedAt()).isEqualTo(NOW);
        });
        // The audit trail outlives a deleted draft.
        Prospectus draft = prospectuses.create(draft(camden(), "Scratch", Y2007, 1));
        prospectuses.delete(draft.id());
        assertThatThrownBy(() -> prospectuses.details(draft.id())).isInstanceOf(NotFoundException.class);
    }

    // ---- inheritance

    @Test
    void aPctInheritsAgreedLondonWideAndItsOwnLcgsPrioritiesForTheSameYear() {
        long london = org("London Commissioning Group").id();
        long sha = org("London Strategic Health Authority").id();
        long ncl = org("North Central London LCG").id();
        long nel = org("North East London LCG").id();

        Prospectus londonV1 = published(simple(london, "London-wide 2007/08", Y2007, "London stroke network"));
        Prospectus londonV2 = prospectuses.newVersion(londonV1.id());
        prospectuses.update(londonV2.id(), prospectuses.get(londonV2.id()).stamp().revision(), withPriorities(londonV2,
                List.of(measured("London stroke network (revised)"), measured("Trauma centres"))));
        published(londonV2);
        // A third version in draft does not count until it is agreed.
        Prospectus londonV3 = prospectuses.newVersion(londonV2.id());
        prospectuses.update(londonV3.id(), prospectuses.get(londonV3.id()).stamp().revision(), withPriorities(londonV3, List.of(measured("Not yet agreed"))));

        simple(sha, "SHA draft 2007/08", Y2007, "Draft London priority");
        approved(simple(london, "London-wide 2008/09", new FinancialYear(2008), "Next year's London priority"));
        Prospectus nclPlan = approved(simple(ncl, "NCL 2007/08", Y2007, "NCL mental health"));
        published(simple(nel, "NEL 2007/08", Y2007, "NEL priority"));

        Prospectus camdenPlan = prospectuses.create(draft(camden(), "Camden 2007/08", Y2007, 1, measured("Camden own")));

        List<InheritedPriority> inherited = prospectuses.details(camdenPlan.id()).inherited();
        assertThat(inherited)
                .extracting(i -> i.priority().title(), InheritedPriority::prospectusId, InheritedPriority::ownerName,
                        InheritedPriority::level, InheritedPriority::version, InheritedPriority::status)
                .containsExactly(
                        tuple("London stroke network (revised)", londonV2.id(), "London Commissioning Group",
                                ProspectusLevel.LONDON, 2, ProspectusStatus.PUBLISHED),
                        tuple("Trauma centres", londonV2.id(), "London Commissioning Group",
                                ProspectusLevel.LONDON, 2, ProspectusStatus.PUBLISHED),
                        tuple("NCL mental health", nclPlan.id(), "North Central London LCG",
                                ProspectusLevel.LCG, 1, ProspectusStatus.BOARD_APPROVED));
        assertThat(inherited).extracting(InheritedPriority::prospectusTitle)
                .containsExactly("London-wide 2007/08", "London-wide 2007/08", "NCL 2007/08");
        assertThat(prospectuses.inheritedFor(camden(), Y2007, null)).isEqualTo(inherited);

        // Islington is in the same LCG; Hackney is not, so it gets North East London's instead.
        assertThat(prospectuses.inheritedFor(org("Islington PCT").id(), Y2007, null))
                .extracting(i -> i.priority().title())
                .containsExactly("London stroke network (revised)", "Trauma centres", "NCL mental health");
        assertThat(prospectuses.inheritedFor(org("City and Hackney Teaching PCT").id(), Y2007, null))
                .extracting(i -> i.priority().title())
                .containsExactly("London stroke network (revised)", "Trauma centres", "NEL priority");
        // For 2008/09 only that year's agreed London prospectus counts.
        assertThat(prospectuses.inheritedFor(camden(), new FinancialYear(2008), null))
                .extracting(i -> i.priority().title()).containsExactly("Next year's London priority");

        // A prospectus does not inherit from itself, nor from other versions of its own series.
        assertThat(prospectuses.details(londonV3.id()).inherited()).isEmpty();
        // The LCG's own prospectus inherits the London-wide priorities but not its own.
        assertThat(prospectuses.details(nclPlan.id()).inherited()).extracting(i -> i.priority().title())
                .containsExactly("London stroke network (revised)", "Trauma centres");
    }

    // ---- next year

    @Test
    void copyingForNextYearMovesTheCycleTheMoneyAndTheTitleOnAYear() {
        Prospectus source = prospectuses.create(new ProspectusDraft(camden(),
                "Camden PCT commissioning prospectus 2007/08", Y2007, 3, "Summary", "Context", "Needs", List.of(
                priority("Stroke care", "Acute", ChangeType.INVEST, gbp("100000", "200000", "300000.25"),
                        outcome("CVD mortality", "103", "100", 2007), outcome("CVD mortality", "103", "97", 2009)),
                priority("Follow-ups", "Acute", ChangeType.DISINVEST, gbp("-5000"),
                        outcome("Follow-up ratio", "3", "2.5", 2008))),
                List.of(new ConsultationResponse(SourceType.PATIENT, null, LocalDate.of(2007, 1, 1), null, "Hello",
                        "Thanks", true))));
        published(source);

        Prospectus copy = prospectuses.copyForNextYear(source.id());
        assertThat(copy.id()).isNotEqualTo(source.id());
        assertThat(copy.seriesId()).isEqualTo(copy.id());
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(copy.ownerId()).isEqualTo(camden());
        assertThat(copy.level()).isEqualTo(ProspectusLevel.PCT);
        assertThat(copy.title()).isEqualTo("Camden PCT commissioning prospectus 2008/09");
        assertThat(copy.firstYear()).isEqualTo(new FinancialYear(2008));
        assertThat(copy.cycleYears()).isEqualTo(3);
        assertThat(copy.summary()).isEqualTo("Summary");
        assertThat(copy.consultation()).isEmpty();

        Priority stroke = copy.priorities().get(0);
        assertThat(stroke.key()).isEqualTo(source.priorities().get(0).key());
        assertThat(stroke.amounts()).containsExactly(new BigDecimal("200000.00"), new BigDecimal("300000.25"));
        assertThat(stroke.outcomes()).containsExactly(outcome("CVD mortality", "103", "97", 2009));
        Priority followUps = copy.priorities().get(1);
        assertThat(followUps.amounts()).isEmpty();
        assertThat(followUps.outcomes()).extracting(OutcomeMeasure::targetYear).containsExactly(new FinancialYear(2008));

        assertThat(prospectuses.details(copy.id()).statusChanges()).singleElement().satisfies(c -> {
            assertThat(c.to()).isEqualTo(ProspectusStatus.DRAFT);
            assertThat(c.by()).isEqualTo(USER);
            assertThat(c.note()).isEqualTo("Copied from Camden PCT commissioning prospectus 2007/08 (2007/08 to 2009/10,"
                    + " version 1); 1 outcome target for 2007/08 not carried over");
        });
        assertThat(audit(copy.id())).extracting(AuditEntry::action).containsExactly("copy for next year");
        // The source is untouched.
        assertThat(prospectuses.get(source.id()).status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(prospectuses.get(source.id()).firstYear()).isEqualTo(Y2007);
        assertThat(prospectuses.get(source.id()).priorities().get(0).amounts()).hasSize(3);
    }

    @Test
    void copyingAOneYearProspectusDropsItsMoneyAndAllItsTargets() {
        Prospectus source = simple(camden(), "Plan for 2007/08 and beyond 2007/08", Y2007, "Stroke", "Diabetes");
        Prospectus copy = prospectuses.copyForNextYear(source.id());
        assertThat(copy.title()).isEqualTo("Plan for 2008/09 and beyond 2008/09");
        assertThat(copy.cycleLabel()).isEqualTo("2008/09");
        assertThat(copy.priorities()).allSatisfy(p -> {
            assertThat(p.amounts()).isEmpty();
            assertThat(p.outcomes()).isEmpty();
        });
        assertThat(prospectuses.details(copy.id()).statusChanges().get(0).note())
                .endsWith("; 2 outcome targets for 2007/08 not carried over");
    }

    @Test
    void copyingARetiredOwnersProspectusIsRefused() {
        Prospectus source = simple(camden(), "Camden 2007/08", Y2007, "Stroke");
        services.organisations().retire(camden(), LocalDate.of(2007, 3, 1));
        assertThatThrownBy(() -> prospectuses.copyForNextYear(source.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Camden PCT has been retired, so it has no next prospectus.");
        assertThat(prospectuses.list()).hasSize(1);
        // Its existing draft may still be edited by its owner.
        assertThat(prospectuses.update(source.id(), prospectuses.get(source.id()).stamp().revision(), withTitle(source, "Camden final")).title()).isEqualTo("Camden final");
    }

    @Test
    void yearsInTheTitleMoveOnAndOtherTitlesAreMarkedAsACopy() {
        assertThat(ProspectusService.nextYearTitle("Prospectus 2007/08")).isEqualTo("Prospectus 2008/09");
        assertThat(ProspectusService.nextYearTitle("2007/08 to 2009/10")).isEqualTo("2008/09 to 2010/11");
        assertThat(ProspectusService.nextYearTitle("Millennium 1999/00")).isEqualTo("Millennium 2000/01");
        assertThat(ProspectusService.nextYearTitle("Camden prospectus")).isEqualTo("Camden prospectus (copy)");
        assertThat(ProspectusService.nextYearTitle("Ward 2007/99")).isEqualTo("Ward 2007/99 (copy)");
    }

    // ---- organisations

    @Test
    void anOrganisationThatOwnsAProspectusCannotBeDeleted() {
        Organisation pbc = services.organisations().create(new OrganisationDraft("Kentish Town PBC",
                OrganisationType.PBC_GROUP, null, null, camden(), null, null));
        Prospectus p = prospectuses.create(draft(pbc.id(), "Kentish Town 2007/08", Y2007, 1));
        assertThat(p.level()).isEqualTo(ProspectusLevel.PRACTICE);
        assertThat(services.organisations().referencesTo(pbc.id())).containsExactly("1 commissioning prospectus");
        assertThatThrownBy(() -> services.organisations().delete(pbc.id()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Kentish Town PBC cannot be deleted because 1 commissioning prospectus refer to it. "
                        + "Retire it instead.");
        assertThat(services.organisations().get(pbc.id()).name()).isEqualTo("Kentish Town PBC");

        prospectuses.delete(p.id());
        services.organisations().delete(pbc.id());
        assertThat(services.organisations().list()).extracting(Organisation::name).doesNotContain("Kentish Town PBC");
    }
}
