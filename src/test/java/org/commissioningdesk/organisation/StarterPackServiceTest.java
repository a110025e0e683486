package org.commissioningdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
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
class StarterPackServiceTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestDatabases.open(engine, folder);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void londonPackLoadsExactlyThe31PctsAnd5LcgsWithTheirMemberships() {
        assertThat(services.starterPacks().chosen()).isEmpty();
        services.starterPacks().apply(StarterPack.LONDON_2006);

        List<Organisation> all = services.organisations().list();
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Organisation> pcts = all.stream()
                .filter(o -> o.type() == OrganisationType.PCT || o.type() == OrganisationType.CARE_TRUST).toList();
        List<Organisation> lcgs = all.stream().filter(o -> o.type() == OrganisationType.LCG).toList();

        assertThat(pcts).hasSize(31);
        assertThat(pcts).filteredOn(o -> o.type() == OrganisationType.CARE_TRUST).extracting(Organisation::name)
                .containsExactly("Bexley Care Trust");
        assertThat(lcgs).extracting(Organisation::name).containsExactlyInAnyOrder("North West London LCG",
                "North Central London LCG", "North East London LCG", "South East London LCG", "South West London LCG");

        // Every PCT is a member of the LCG of its sector, and each LCG of the London group.
        for (Organisation pct : pcts) {
            Organisation lcg = byId.get(pct.parentId());
            assertThat(lcg.type()).isEqualTo(OrganisationType.LCG);
            assertThat(lcg.sector()).isEqualTo(pct.sector());
        }
        Map<String, Long> membersPerLcg = pcts.stream()
                .collect(Collectors.groupingBy(p -> byId.get(p.parentId()).name(), Collectors.counting()));
        assertThat(membersPerLcg).containsEntry("North West London LCG", 8L)
                .containsEntry("North Central London LCG", 5L)
                .containsEntry("North East London LCG", 7L)
                .containsEntry("South East London LCG", 6L)
                .containsEntry("South West London LCG", 5L);
        assertThat(byId.get(pcts.stream().filter(p -> p.name().equals("Camden PCT")).findFirst().orElseThrow().parentId())
                .name()).isEqualTo("North Central London LCG");
        for (Organisation lcg : lcgs) {
            assertThat(byId.get(lcg.parentId()).type()).isEqualTo(OrganisationType.LONDON_COMMISSIONING_GROUP);
        }
        assertThat(all).filteredOn(o -> o.type() == OrganisationType.SHA).extracting(Organisation::name)
                .containsExactly("London Strategic Health Authority");
        assertThat(services.starterPacks().chosen()).contains(StarterPack.LONDON_2006);
    }

    @Test
    void londonPackMatchesTheSeedsShortNamesToFullNamesForEveryLeadArrangement() {
        services.starterPacks().apply(StarterPack.LONDON_2006);
        List<LeadCommissioning> arrangements = services.organisations().allLeadCommissioning();
        assertThat(arrangements).hasSize(33);
        assertThat(arrangements).allSatisfy(a -> assertThat(a.year()).isEqualTo(new FinancialYear(2006)));
        assertThat(arrangements).anySatisfy(a -> {
            assertThat(a.leadName()).isEqualTo("City and Hackney Teaching PCT");
            assertThat(a.providerName()).isEqualTo("Homerton University Hospital NHS Trust");
        });
        assertThat(arrangements).anySatisfy(a -> {
            assertThat(a.leadName()).isEqualTo("Richmond and Twickenham PCT");
            assertThat(a.providerName()).isEqualTo("London Ambulance Service NHS Trust");
            assertThat(a.note()).isEqualTo("the only pan-London trust");
        });
        assertThat(arrangements).anySatisfy(a -> {
            assertThat(a.leadName()).isEqualTo("Haringey Teaching PCT");
            assertThat(a.providerName()).isEqualTo("Great Ormond Street Hospital for Children NHS Trust");
        });
        Organisation cityAndHackney = services.organisations().list().stream()
                .filter(o -> o.name().equals("City and Hackney Teaching PCT")).findFirst().orElseThrow();
        assertThat(cityAndHackney.aliases()).containsExactly("City & Hackney PCT");
        assertThat(services.organisations().list()).filteredOn(o -> o.type().isProvider()).hasSize(43);
    }

    @Test
    void trustsHaveTheirRealNamesAndTheListsSpellingStillFindsThem() {
        services.starterPacks().apply(StarterPack.LONDON_2006);
        List<Organisation> all = services.organisations().list();
        assertThat(all).hasSize(TestDatabases.LONDON_ORGANISATIONS);
        Map<String, Organisation> byName = all.stream().collect(Collectors.toMap(Organisation::name, Function.identity()));
        assertThat(byName).containsKeys("Guy's and St Thomas' NHS Trust", "King's College Hospital NHS Trust",
                "St George's Healthcare NHS Trust", "St Mary's Hospital NHS Trust",
                "North Middlesex University Hospitals NHS Trust");
        assertThat(byName.get("Guy's and St Thomas' NHS Trust").aliases()).containsExactly("Guys and St Thomas NHS Trust");
        assertThat(services.organisations().allLeadCommissioning()).anySatisfy(a -> {
            assertThat(a.leadName()).isEqualTo("Lambeth PCT");
            assertThat(a.providerName()).isEqualTo("Guy's and St Thomas' NHS Trust");
        });
        // Nothing a user reads points at the papers the pack was drawn from.
        assertThat(all).allSatisfy(o -> assertThat(o.notes() == null ? "" : o.notes()).doesNotContain("¶", "seed"));
        assertThat(services.organisations().allLeadCommissioning())
                .allSatisfy(a -> assertThat(a.note() == null ? "" : a.note()).doesNotContain("seed"));
    }

    @Test
    void theMentalHealthTrustsAndThe33LocalAuthoritiesAreLoaded() {
        services.starterPacks().apply(StarterPack.LONDON_2006);
        List<Organisation> all = services.organisations().list();
        List<Organisation> authorities = all.stream().filter(o -> o.type() == OrganisationType.LOCAL_AUTHORITY).toList();
        assertThat(authorities).hasSize(33);
        assertThat(authorities).extracting(Organisation::name).contains("London Borough of Camden", "City of London Corporation");
        assertThat(authorities).filteredOn(o -> o.name().equals("London Borough of Tower Hamlets")).singleElement()
                .satisfies(o -> assertThat(o.notes()).contains("Tower Hamlets PCT"));
        assertThat(all).filteredOn(o -> o.name().equals("South London and Maudsley NHS Trust")).singleElement()
                .satisfies(o -> {
                    assertThat(o.type()).isEqualTo(OrganisationType.NHS_TRUST);
                    assertThat(o.notes()).isEqualTo("Mainly serves the South East London sector.");
                    assertThat(o.sector()).isNull();
                });
        assertThat(all).filteredOn(o -> o.name().equals("Oxleas NHS Foundation Trust")).singleElement()
                .satisfies(o -> assertThat(o.type()).isEqualTo(OrganisationType.FOUNDATION_TRUST));
        assertThat(authorities).allSatisfy(o -> assertThat(o.code()).isNull());
    }

    @Test
    void everyStarterPackRowIsAudited() {
        services.starterPacks().apply(StarterPack.LONDON_2006);
        Organisation camden = services.organisations().list().stream()
                .filter(o -> o.name().equals("Camden PCT")).findFirst().orElseThrow();
        assertThat(services.organisations().history(camden.id())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("create"));
        Organisation cityAndHackney = services.organisations().list().stream()
                .filter(o -> o.name().equals("City and Hackney Teaching PCT")).findFirst().orElseThrow();
        assertThat(services.organisations().history(cityAndHackney.id()))
                .extracting(org.commissioningdesk.persistence.AuditEntry::action).containsExactly("create", "alias");
        assertThat(services.organisations().history(cityAndHackney.id()).get(1).summary()).contains("City & Hackney PCT");
    }

    @Test
    void aPackIsAppliedOnlyOnce() {
        services.starterPacks().apply(StarterPack.EMPTY);
        assertThat(services.starterPacks().chosen()).contains(StarterPack.EMPTY);
        assertThatThrownBy(() -> services.starterPacks().apply(StarterPack.LONDON_2006))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already set up");
        assertThat(services.organisations().list()).isEmpty();
    }

    @Test
    void theLondonPackIsRefusedOverExistingOrganisationsAndChangesNothing() {
        services.organisations().create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null, null, null, null,
                null));
        assertThatThrownBy(() -> services.starterPacks().apply(StarterPack.LONDON_2006))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("empty register");
        assertThat(services.organisations().list()).hasSize(1);
        assertThat(services.starterPacks().chosen()).isEmpty();
    }

    @Test
    void aChoiceIsOfferedOnlyToANewEmptyDatabase() {
        assertThat(services.starterPacks().needsChoice()).isTrue();
        services.organisations().create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null, null, null, null,
                null));
        assertThat(services.starterPacks().needsChoice()).isFalse();
    }

    @Test
    void noChoiceIsOfferedOnceAPackWasApplied() {
        services.starterPacks().apply(StarterPack.EMPTY);
        assertThat(services.starterPacks().needsChoice()).isFalse();
    }
}
