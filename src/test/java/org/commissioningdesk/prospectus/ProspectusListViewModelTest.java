package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prospectus list: its filters and actions, over the demonstration prospectuses. */
class ProspectusListViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private ProspectusListViewModel vm;

    @BeforeEach
    void setUp() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        services.demo().apply();
        vm = new ProspectusListViewModel(services.prospectuses(), new SameThreadTaskRunner());
        vm.load(null);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    @Test
    void filtersByOwnerLevelCycleAndStatusTogether() {
        assertThat(vm.prospectuses()).hasSize(3);
        assertThat(vm.ownerChoices()).containsExactly("London Commissioning Group", "North East London LCG", "Tower Hamlets PCT");
        assertThat(vm.yearChoices()).containsExactly(FinancialYear.parse("2007/08"));

        vm.levelFilterProperty().set(ProspectusLevel.PCT);
        assertThat(vm.prospectuses()).extracting(ProspectusSummary::ownerName).containsExactly("Tower Hamlets PCT");
        vm.statusFilterProperty().set(ProspectusStatus.PUBLISHED);
        assertThat(vm.prospectuses()).isEmpty();
        vm.clearFilters();
        vm.statusFilterProperty().set(ProspectusStatus.PUBLISHED);
        assertThat(vm.prospectuses()).extracting(ProspectusSummary::level).containsExactly(ProspectusLevel.LONDON);
        vm.clearFilters();
        vm.ownerFilterProperty().set("North East London LCG");
        assertThat(vm.prospectuses()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProspectusStatus.BOARD_APPROVED);
            assertThat(p.cycleLabel()).isEqualTo("2007/08 to 2008/09");
        });
        vm.yearFilterProperty().set(FinancialYear.parse("2008/09"));
        assertThat(vm.prospectuses()).isEmpty();
    }

    @Test
    void aNewVersionAndACopyForNextYearAreMadeAndTheDraftCanBeDeletedWhileTheFiltersStay() {
        ProspectusSummary london = vm.allProspectuses().stream()
                .filter(p -> p.level() == ProspectusLevel.LONDON).findFirst().orElseThrow();
        Prospectus[] made = new Prospectus[2];
        vm.newVersion(london, p -> made[0] = p);
        assertThat(made[0].version()).isEqualTo(2);
        assertThat(made[0].status()).isEqualTo(ProspectusStatus.DRAFT);
        vm.copyForNextYear(london, p -> made[1] = p);
        assertThat(made[1].firstYear()).isEqualTo(FinancialYear.parse("2008/09"));
        assertThat(made[1].title()).isEqualTo("London-wide Commissioning Prospectus 2008/09");

        vm.load(null);
        vm.yearFilterProperty().set(FinancialYear.parse("2007/08"));
        assertThat(vm.prospectuses()).hasSize(4);
        ProspectusSummary draft = vm.prospectuses().stream().filter(p -> p.id() == made[0].id()).findFirst().orElseThrow();
        vm.delete(draft, null);
        assertThat(vm.yearFilterProperty().get()).isEqualTo(FinancialYear.parse("2007/08"));
        assertThat(vm.prospectuses()).hasSize(3);
        assertThat(vm.messageProperty().get()).startsWith("Deleted London-wide Commissioning Prospectus 2007/08 (version 2)");

        // A published prospectus is not deleted: the service refuses and the list says why.
        vm.delete(london, null);
        assertThat(vm.messageProperty().get()).contains("Only a draft can be deleted");
        assertThat(vm.allProspectuses()).extracting(ProspectusSummary::id).contains(london.id());
    }
}
