package org.commissioningdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .allMatch(at -> at.isBefore(LocalDateTime.of(2007, 3, 14, 0, 0)));
        assertThat(londonDetails.statusChanges().get(2).boardMeetingDate()).isEqualTo(LocalDate.of(2007, 1, 25));
        assertThat(londonDetails.statusChanges()).extracting(StatusChange::by).containsOnly("test.director");
        // The audit trail records when the demo was really loaded, and by whom.
        assertThat(londonDetails.audit()).extracting(AuditEntry::action)
                .containsExactly("create", "status: Out for consultation", "update", "status: Board approved",
                        "status: Published");
        assertThat(londonDetails.audit()).allMatch(e -> e.at().equals(LocalDateTime.of(2007, 3, 14, 10, 15, 30))
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
        assertThat(services.demo().isLoaded()).isFalse();
    }

    @Test
    void aClockBeforeTheDemosBoardDatesIsRefused() {
        Clock february = Clock.fixed(Instant.parse("2007-02-01T09:00:00Z"), ZoneId.of("Europe/London"));
        services = Services.open(TestDatabases.location(folder), TestDatabases.USER, february);
        services.starterPacks().apply(StarterPack.LONDON_2006);

        assertThatThrownBy(() -> services.demo().apply()).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("clock");
        assertThat(services.prospectuses().list()).isEmpty();
    }

    @Test
    void loadsWithTodaysClockToo() {
        services = Services.open(TestDatabases.location(folder), TestDatabases.USER, Clock.systemDefaultZone());
        services.starterPacks().apply(StarterPack.LONDON_2006);

        assertThat(services.demo().apply()).hasSize(3);
        assertThat(services.prospectuses().list()).extracting(ProspectusSummary::status)
                .containsExactlyInAnyOrder(ProspectusStatus.PUBLISHED, ProspectusStatus.BOARD_APPROVED,
                        ProspectusStatus.CONSULTATION);
    }
}
