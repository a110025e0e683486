package org.commissioningdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationResponse;
import org.commissioningdesk.prospectus.InheritedPriority;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDetails;
import org.commissioningdesk.prospectus.ProspectusFinance;
import org.commissioningdesk.prospectus.ProspectusLevel;
import org.commissioningdesk.prospectus.ProspectusService;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.prospectus.SourceType;
import org.commissioningdesk.prospectus.StatusChange;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.specification.SpecStatusChange;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationComparison;
import org.commissioningdesk.specification.SpecificationDetails;
import org.commissioningdesk.specification.SpecificationRules;
import org.commissioningdesk.specification.SpecificationSummary;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataServiceTest {

    @TempDir
    Path folder;

    private Services services;

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private Services openWithLondonPack() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        return services;
    }

    private SpecificationSummary version(String title, int version) {
        return services.specifications().list().stream().filter(s -> s.title().equals(title) && s.version() == version)
                .findFirst().orElseThrow(() -> new AssertionError("No " + title + " v" + version));
    }

    private ProspectusSummary only(List<ProspectusSummary> all, ProspectusLevel level) {
        List<ProspectusSummary> found = all.stream().filter(p -> p.level() == level).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void loadsAPublishedLondonWideProspectusAnApprovedLcgOneAndAPctOneOutForConsultation() {
        openWithLondonPack();
        assertThat(services.demo().isLoaded()).isFalse();

        List<Prospectus> loaded = services.demo().apply();

        assertThat(loaded).extracting(Prospectus::status).containsExactly(ProspectusStatus.PUBLISHED,
                ProspectusStatus.BOARD_APPROVED, ProspectusStatus.CONSULTATION);
        assertThat(services.demo().isLoaded()).isTrue();
        List<ProspectusSummary> all = services.prospectuses().list();
        assertThat(all).hasSize(3);

        ProspectusSummary londonRow = only(all, ProspectusLevel.LONDON);
        assertThat(londonRow.ownerName()).isEqualTo("London Commissioning Group");
        assertThat(londonRow.status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(londonRow.cycleLabel()).isEqualTo("2007/08 to 2009/10");
        assertThat(londonRow.priorityCount()).isEqualTo(4);
        assertThat(londonRow.netInvestment()).isEqualTo(new BigDecimal("32500000.00"));

        Prospectus london = services.prospectuses().get(londonRow.id());
        assertThat(london.boardMeetingDate()).isEqualTo(LocalDate.of(2007, 1, 25));
        assertThat(london.priorities()).extracting(Priority::title).anyMatch(t -> t.contains("angioplasty"))
                .anyMatch(t -> t.toLowerCase().contains("stroke")).anyMatch(t -> t.contains("cardiovascular"))
                .anyMatch(t -> t.contains("urgent care"));
        assertThat(london.priorities()).allMatch(p -> !p.outcomes().isEmpty() && p.leadOfficer() != null
                && p.inequalityFocus() != null && p.amounts().size() == 3);
        assertThat(london.priorities()).flatExtracting(Priority::outcomes)
                .anyMatch(o -> o.describe().equals("Premature CVD mortality (under 75), London (per 100,000): "
                        + "103 to 97 by 2009/10"));
        // The consultation changed it: the stroke priority gained a target asked for by a response.
        assertThat(london.consultation()).hasSize(2).allMatch(ConsultationResponse::answered);
        Priority stroke = london.priorities().stream().filter(p -> p.title().contains("stroke")).findFirst().orElseThrow();
        assertThat(stroke.outcomes()).anyMatch(o -> o.indicator().contains("six months"));

        ProspectusDetails londonDetails = services.prospectuses().details(london.id());
        assertThat(londonDetails.statusChanges()).extracting(StatusChange::to).containsExactly(ProspectusStatus.DRAFT,
                ProspectusStatus.CONSULTATION, ProspectusStatus.BOARD_APPROVED, ProspectusStatus.PUBLISHED);
        assertThat(londonDetails.statusChanges()).extracting(StatusChange::at).isSorted()
                .allMatch(at -> at.isBefore(java.time.Instant.parse("2007-03-14T00:00:00Z")));
        assertThat(londonDetails.statusChanges().get(2).boardMeetingDate()).isEqualTo(LocalDate.of(2007, 1, 25));
        assertThat(londonDetails.statusChanges()).extracting(StatusChange::by).containsOnly("test.director");
        // The audit trail records when the demo was really loaded, and by whom.
        assertThat(londonDetails.audit()).extracting(AuditEntry::action)
                .containsExactly("create", "status: Out for consultation", "update", "status: Board approved",
                        "status: Published");
        assertThat(londonDetails.audit()).allMatch(e -> e.at().equals(java.time.Instant.parse("2007-03-14T10:15:30Z"))
                && e.who().equals("test.director"));

        ProspectusSummary sectorRow = only(all, ProspectusLevel.LCG);
        assertThat(sectorRow.ownerName()).isEqualTo("North East London LCG");
        assertThat(sectorRow.status()).isEqualTo(ProspectusStatus.BOARD_APPROVED);
        assertThat(services.prospectuses().get(sectorRow.id()).boardMeetingDate()).isEqualTo(LocalDate.of(2007, 3, 1));
    }

    @Test
    void thePctProspectusHasPrioritiesOutcomesAConsultationLogAndInheritsTheAgreedPriorities() {
        openWithLondonPack();
        services.demo().apply();
        List<ProspectusSummary> all = services.prospectuses().list();
        ProspectusSummary row = only(all, ProspectusLevel.PCT);
        assertThat(row.ownerName()).isEqualTo("Tower Hamlets PCT");
        assertThat(row.firstYear()).isEqualTo(new FinancialYear(2007));
        assertThat(row.status()).isEqualTo(ProspectusStatus.CONSULTATION);

        Prospectus pct = services.prospectuses().get(row.id());
        assertThat(pct.summary()).isNotBlank();
        assertThat(pct.strategicContext()).isNotBlank();
        assertThat(pct.healthNeeds()).contains("161");
        // Its consultation runs to the close its foreword gives.
        assertThat(pct.summary()).contains("until 30 March 2007");
        assertThat(pct.consultationPeriod().describe()).isEqualTo("Open from 08/01/2007 to 30/03/2007");
        assertThat(pct.priorities()).hasSizeBetween(4, 5).allMatch(p -> !p.outcomes().isEmpty());
        assertThat(pct.priorities()).extracting(Priority::changeType)
                .contains(ChangeType.INVEST, ChangeType.DISINVEST, ChangeType.REDESIGN);
        assertThat(pct.priorities()).filteredOn(p -> p.changeType() == ChangeType.DISINVEST)
                .flatExtracting(Priority::amounts).allMatch(a -> a.signum() < 0);

        // The list's net investment reconciles with the financial summary of the priorities.
        ProspectusFinance finance = ProspectusFinance.of(pct.years(), pct.priorities());
        assertThat(finance.total().net()).isEqualTo(row.netInvestment()).isEqualTo(new BigDecimal("-500000.00"));

        List<ConsultationResponse> log = pct.consultation();
        assertThat(log).hasSizeBetween(6, 8);
        assertThat(log).extracting(ConsultationResponse::source).contains(SourceType.PATIENT, SourceType.GP_PRACTICE,
                SourceType.PEC, SourceType.LOCAL_AUTHORITY, SourceType.OVERVIEW_SCRUTINY, SourceType.VOLUNTARY_SECTOR);
        assertThat(log).filteredOn(ConsultationResponse::answered).isNotEmpty()
                .allMatch(r -> r.response() != null);
        assertThat(ProspectusService.unanswered(pct)).isPositive();
        Set<String> keys = pct.priorities().stream().map(Priority::key).collect(Collectors.toSet());
        assertThat(log).extracting(ConsultationResponse::priorityKey).filteredOn(Objects::nonNull).isNotEmpty()
                .allMatch(keys::contains);
        assertThat(log).extracting(ConsultationResponse::receivedOn)
                .allMatch(d -> !d.isBefore(LocalDate.of(2007, 1, 8)) && d.isBefore(LocalDate.of(2007, 3, 1)));

        Prospectus london = services.prospectuses().get(only(all, ProspectusLevel.LONDON).id());
        Prospectus sector = services.prospectuses().get(only(all, ProspectusLevel.LCG).id());
        List<InheritedPriority> inherited = services.prospectuses().details(pct.id()).inherited();
        assertThat(inherited).extracting(i -> i.priority().title())
                .containsAll(london.priorities().stream().map(Priority::title).toList())
                .containsAll(sector.priorities().stream().map(Priority::title).toList());
        assertThat(inherited.get(0).level()).isEqualTo(ProspectusLevel.LONDON);
    }

    @Test
    void applyingTwiceIsRefusedAndDuplicatesNothing() {
        openWithLondonPack();
        services.demo().apply();
        long lastAudit = services.dashboard().summary().recentChanges().get(0).id();

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessage("The demo prospectuses are already loaded in this database.");
        assertThat(services.prospectuses().list()).hasSize(3);
        assertThat(services.specifications().list()).hasSize(4);
        assertThat(services.dashboard().summary().recentChanges().get(0).id()).isEqualTo(lastAudit);
    }

    @Test
    void withoutTheLondonPackItFailsClearlyAndWritesNothing() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.EMPTY);
        long lastAudit = services.dashboard().summary().recentChanges().get(0).id();

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("The demo needs the London 2006 starter pack")
                .hasMessageContaining("London Commissioning Group");
        assertThat(services.prospectuses().list()).isEmpty();
        assertThat(services.specifications().list()).isEmpty();
        assertThat(services.demo().isLoaded()).isFalse();
        assertThat(services.dashboard().summary().recentChanges().get(0).id()).isEqualTo(lastAudit);
    }

    @Test
    void aRetiredPackOrganisationIsRefusedBeforeAnythingIsWritten() {
        openWithLondonPack();
        Organisation towerHamlets = services.organisations().list().stream()
                .filter(o -> o.name().equals("Tower Hamlets PCT")).findFirst().orElseThrow();
        services.organisations().retire(towerHamlets.id(), LocalDate.of(2007, 3, 1));

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Tower Hamlets PCT was retired on");
        assertThat(services.prospectuses().list()).isEmpty();
        assertThat(services.specifications().list()).isEmpty();
        assertThat(services.demo().isLoaded()).isFalse();
    }

    @Test
    void aRetiredProviderOfTheDemoSpecificationsIsRefusedBeforeAnythingIsWritten() {
        openWithLondonPack();
        Organisation barts = services.organisations().list().stream()
                .filter(o -> o.name().equals("Barts and The London NHS Trust")).findFirst().orElseThrow();
        services.organisations().retire(barts.id(), LocalDate.of(2007, 3, 1));

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessage("The demo needs the London 2006 starter pack as it was loaded, but Barts and The London NHS "
                        + "Trust was retired on 01/03/2007.");
        assertThat(services.specifications().list()).isEmpty();
        assertThat(services.prospectuses().list()).isEmpty();
    }

    @Test
    void aClockBeforeTheDemosBoardDatesIsRefused() {
        Clock february = Clock.fixed(Instant.parse("2007-02-01T09:00:00Z"), ZoneId.of("Europe/London"));
        services = Services.create(TestDatabases.location(folder), java.util.Optional.empty(), TestDatabases.USER, february);
        services.starterPacks().apply(StarterPack.LONDON_2006);

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("clock");
        assertThat(services.prospectuses().list()).isEmpty();
        assertThat(services.specifications().list()).isEmpty();
    }

    @Test
    void loadsWithTodaysClockToo() {
        services = Services.create(TestDatabases.location(folder), java.util.Optional.empty(), TestDatabases.USER,
                Clock.systemDefaultZone());
        services.starterPacks().apply(StarterPack.LONDON_2006);

        assertThat(services.demo().apply()).hasSize(3);
        assertThat(services.prospectuses().list()).extracting(ProspectusSummary::status)
                .containsExactlyInAnyOrder(ProspectusStatus.PUBLISHED, ProspectusStatus.BOARD_APPROVED,
                        ProspectusStatus.CONSULTATION);
        assertThat(services.specifications().list()).extracting(SpecificationSummary::status)
                .containsExactly(SpecStatus.DRAFT, SpecStatus.AGREED, SpecStatus.AGREED, SpecStatus.DRAFT);
    }

    // ---- the demo specifications

    @Test
    void theSectorAndLondonWidePrioritiesNameTheSpecificationsThatDeliverThem() {
        openWithLondonPack();
        services.demo().apply();
        SpecificationSummary heartAttack = services.specifications().list().stream()
                .filter(s -> s.title().equals(DemoSpecifications.HEART_ATTACK) && s.version() == 2).findFirst().orElseThrow();
        SpecificationSummary mentalHealth = services.specifications().list().stream()
                .filter(s -> s.title().equals(DemoSpecifications.MENTAL_HEALTH)).findFirst().orElseThrow();

        assertThat(services.specifications().details(heartAttack.id()).deliveredPriorities())
                .extracting(d -> d.ownerName(), d -> d.priorityTitle())
                .containsExactlyInAnyOrder(tuple("London Commissioning Group", DemoProspectuses.HEART_ATTACK),
                        tuple("North East London LCG", DemoProspectuses.NORTH_EAST_CARDIOLOGY));
        assertThat(services.specifications().details(mentalHealth.id()).deliveredPriorities())
                .extracting(d -> d.priorityTitle()).containsExactly(DemoProspectuses.NORTH_EAST_MENTAL_HEALTH);
        // The London-wide priority kept its link through consultation and publication.
        Prospectus london = services.prospectuses().list().stream()
                .filter(p -> p.title().equals(DemoProspectuses.LONDON_TITLE)).findFirst()
                .map(p -> services.prospectuses().get(p.id())).orElseThrow();
        assertThat(london.status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(london.priorities().get(0).specificationIds()).containsExactly(heartAttack.seriesId());
    }

    @Test
    void loadsThreeSpecificationsWithTheirVersionsStatusesAndOrganisations() {
        openWithLondonPack();
        services.demo().apply();

        List<SpecificationSummary> all = services.specifications().list();
        assertThat(all).hasSize(4);
        assertThat(all.stream().map(SpecificationSummary::seriesId).distinct()).hasSize(3);
        assertThat(all).extracting(SpecificationSummary::title).containsOnlyElementsOf(DemoSpecifications.TITLES)
                .containsAll(DemoSpecifications.TITLES);
        assertThat(all).extracting(SpecificationSummary::title, SpecificationSummary::version,
                SpecificationSummary::status, SpecificationSummary::commissionerName,
                SpecificationSummary::providerName, SpecificationSummary::agreedOn).containsExactly(
                tuple(DemoSpecifications.MENTAL_HEALTH, 1, SpecStatus.DRAFT, "City and Hackney Teaching PCT", null, null),
                tuple(DemoSpecifications.INTERMEDIATE_CARE, 1, SpecStatus.AGREED, "Tower Hamlets PCT",
                        "Barts and The London NHS Trust", LocalDate.of(2007, 2, 15)),
                tuple(DemoSpecifications.HEART_ATTACK, 1, SpecStatus.AGREED, "North East London LCG",
                        "Barts and The London NHS Trust", LocalDate.of(2007, 1, 18)),
                tuple(DemoSpecifications.HEART_ATTACK, 2, SpecStatus.DRAFT, "North East London LCG",
                        "Barts and The London NHS Trust", null));
        assertThat(all).extracting(SpecificationSummary::serviceArea)
                .containsExactly("Mental health", "Older people", "Acute", "Acute");
        // Agreed within 2006/07 and before the demo's last date.
        assertThat(all).extracting(SpecificationSummary::agreedOn).filteredOn(Objects::nonNull)
                .allMatch(d -> d.isAfter(LocalDate.of(2006, 3, 31)) && d.isBefore(DemoDataService.LATEST_DATE));

        for (SpecificationSummary row : all) {
            Specification s = services.specifications().get(row.id());
            assertThat(SpecificationRules.check(s.content())).as(row.label()).isEmpty();
            assertThat(SpecificationRules.missingBeforeAgreement(s.content())).as(row.label()).isEmpty();
            assertThat(s.content().sections()).as(row.label()).hasSize(11);
            assertThat(row.steps()).as(row.label()).isBetween(5, 8);
            assertThat(row.kpis()).as(row.label()).isBetween(4, 6);
        }
        // Each specification was made from a template with quality requirements of its own.
        List<String> keys = List.of(DemoSpecifications.MENTAL_HEALTH, DemoSpecifications.INTERMEDIATE_CARE,
                        DemoSpecifications.HEART_ATTACK).stream()
                .flatMap(t -> services.specifications().get(version(t, 1).id()).content().quality().stream())
                .map(QualityRequirement::key).toList();
        assertThat(keys).hasSize(18).doesNotHaveDuplicates();
    }

    @Test
    void theSpecificationsWorkflowIsDatedOnTheDemosTimelineAndAuditedWhenLoaded() {
        openWithLondonPack();
        services.demo().apply();

        SpecificationDetails v1 = services.specifications().details(version(DemoSpecifications.HEART_ATTACK, 1).id());
        assertThat(v1.statusChanges()).extracting(SpecStatusChange::from, SpecStatusChange::to).containsExactly(
                tuple(null, SpecStatus.DRAFT), tuple(SpecStatus.DRAFT, SpecStatus.AGREED));
        assertThat(v1.statusChanges().get(0).note()).startsWith("From the template 'Heart attack");
        assertThat(v1.statusChanges().get(1).note()).contains("North East London LCG").contains("cardiology review");
        SpecificationDetails v2 = services.specifications().details(version(DemoSpecifications.HEART_ATTACK, 2).id());
        assertThat(v2.statusChanges()).singleElement()
                .extracting(SpecStatusChange::note).isEqualTo("New version made from version 1");
        assertThat(v2.audit()).extracting(AuditEntry::action).containsExactly("new version", "update");
        assertThat(v2.versions()).extracting(SpecificationSummary::version).containsExactly(1, 2);

        for (SpecificationSummary row : services.specifications().list()) {
            SpecificationDetails d = services.specifications().details(row.id());
            assertThat(d.statusChanges()).as(row.label()).extracting(SpecStatusChange::at).isSorted()
                    .allMatch(at -> at.isAfter(java.time.Instant.parse("2006-04-01T00:00:00Z"))
                            && local(at).isBefore(DemoDataService.LATEST_DATE));
            assertThat(d.statusChanges()).extracting(SpecStatusChange::by).containsOnly("test.director");
            // The audit trail records when the demo was really loaded.
            assertThat(d.audit()).as(row.label()).isNotEmpty()
                    .allMatch(e -> e.at().equals(java.time.Instant.parse("2007-03-14T10:15:30Z")));
        }
        // The intermediate care specification was created in November 2006 and agreed in February 2007.
        SpecificationDetails intermediate = services.specifications()
                .details(version(DemoSpecifications.INTERMEDIATE_CARE, 1).id());
        assertThat(intermediate.statusChanges()).extracting(c -> local(c.at()))
                .containsExactly(LocalDate.of(2006, 11, 6), LocalDate.of(2007, 2, 15));
        assertThat(intermediate.specification().content().section(
                org.commissioningdesk.specification.SpecSection.POPULATION_COVERED)).contains("Tower Hamlets");
    }

    @Test
    void versionTwoOfTheHeartAttackSpecificationChangesThePathwayAndOneQualityRequirement() {
        openWithLondonPack();
        services.demo().apply();
        Specification v1 = services.specifications().get(version(DemoSpecifications.HEART_ATTACK, 1).id());
        Specification v2 = services.specifications().get(version(DemoSpecifications.HEART_ATTACK, 2).id());

        SpecificationComparison comparison = services.specifications().compare(v1.id(), v2.id());

        assertThat(comparison.parts()).filteredOn(SpecificationComparison.Part::changed)
                .extracting(SpecificationComparison.Part::title)
                .containsExactly("Care pathway", "Quality requirements");
        assertThat(v2.content().sections()).isEqualTo(v1.content().sections());
        assertThat(v2.content().pathway()).hasSize(v1.content().pathway().size() + 1);
        assertThat(v2.content().pathway().get(1).setting()).startsWith("A&E department");
        // The same requirements (same keys), of which exactly one differs.
        assertThat(v2.content().quality()).extracting(QualityRequirement::key)
                .containsExactlyElementsOf(v1.content().quality().stream().map(QualityRequirement::key).toList());
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < v1.content().quality().size(); i++) {
            if (!v1.content().quality().get(i).equals(v2.content().quality().get(i))) {
                changed.add(i);
            }
        }
        assertThat(changed).hasSize(1);
        QualityRequirement before = v1.content().quality().get(changed.get(0));
        QualityRequirement after = v2.content().quality().get(changed.get(0));
        assertThat(before.indicator()).isEqualTo(after.indicator()).contains("150 minutes");
        assertThat(before.threshold()).isEqualTo(new BigDecimal("75"));
        assertThat(after.threshold()).isEqualTo(new BigDecimal("80"));
    }

    private static LocalDate local(java.time.Instant at) {
        return at.atZone(TestDatabases.CLOCK.getZone()).toLocalDate();
    }
}
