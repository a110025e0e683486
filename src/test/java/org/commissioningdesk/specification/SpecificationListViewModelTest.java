package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The specification library: grouping versions, filtering, and its actions, over a real database. */
class SpecificationListViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private SpecificationService specs;
    private SpecificationListViewModel vm;
    private Specification pciV1;
    private Specification pciV2;

    @BeforeEach
    void setUp() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        specs = services.specifications();
        vm = new SpecificationListViewModel(specs, new SameThreadTaskRunner());
        Organisation camden = specs.commissioners().stream().filter(o -> o.name().equals("Camden PCT")).findFirst().orElseThrow();
        Organisation barts = specs.providers().stream().filter(o -> o.name().startsWith("Barts")).findFirst().orElseThrow();
        pciV1 = specs.create(complete("Primary PCI for heart attack", "Acute").withOrganisations(camden.id(), barts.id()));
        specs.agree(pciV1.id(), null);
        pciV2 = specs.newVersion(pciV1.id());
        specs.create(complete("Community mental health", "Mental health"));
        specs.create(complete("Intermediate care for older people", "Older people"));
        vm.load(null);
    }

    /** A draft that can be agreed: a service description and one quality requirement. */
    private static SpecificationDraft complete(String title, String area) {
        return new SpecificationDraft(title, area, null, null,
                Map.of(SpecSection.SERVICE_DESCRIPTION, "What is provided, by whom and how."), List.of(),
                List.of(new QualityRequirement(null, "Seen within two weeks", new BigDecimal("90"), Direction.AT_LEAST, "%",
                        null, ReportingFrequency.MONTHLY, PenaltyKind.NONE, null, false, null, null)));
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private List<String> titles() {
        return vm.series().stream().map(s -> s.latest().title()).toList();
    }

    @Test
    void eachSpecificationIsOneRowWithItsLatestVersionAndItsVersionsUnderIt() {
        assertThat(titles()).containsExactly("Community mental health", "Intermediate care for older people",
                "Primary PCI for heart attack");
        SpecificationListViewModel.Series pci = vm.series().get(2);
        assertThat(pci.latest().version()).isEqualTo(2);
        assertThat(pci.latest().status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(pci.versionCount()).isEqualTo(2);
        // The row says that a draft follows the version in force, not just "Draft".
        assertThat(pci.statusText()).isEqualTo("Draft (v1 agreed)");
        assertThat(vm.series().get(0).statusText()).isEqualTo(vm.series().get(0).latest().status().label());
        assertThat(pci.shownVersions()).extracting(SpecificationSummary::version).containsExactly(1, 2);
        assertThat(vm.shownVersionsProperty().get()).isEqualTo(4);
        assertThat(vm.isLatest(pci.shownVersions().get(0))).isFalse();
        assertThat(vm.isLatest(pci.shownVersions().get(1))).isTrue();
        assertThat(vm.providerChoices()).containsExactly("Barts and The London NHS Trust");
        assertThat(vm.serviceAreaChoices()).containsExactly("Acute", "Mental health", "Older people");
    }

    @Test
    void filtersByTextStatusAreaAndProviderAndShowAllClearsThem() {
        vm.textFilterProperty().set("barts");
        assertThat(titles()).containsExactly("Primary PCI for heart attack");
        vm.textFilterProperty().set("MENTAL");
        assertThat(titles()).containsExactly("Community mental health");
        vm.textFilterProperty().set("camden");
        assertThat(titles()).containsExactly("Primary PCI for heart attack");
        vm.textFilterProperty().set("");

        vm.statusFilterProperty().set(SpecStatus.AGREED);
        assertThat(titles()).containsExactly("Primary PCI for heart attack");
        assertThat(vm.series().get(0).shownVersions()).extracting(SpecificationSummary::version).containsExactly(1);
        assertThat(vm.shownVersionsProperty().get()).isEqualTo(1);
        vm.statusFilterProperty().set(SpecStatus.SUPERSEDED);
        assertThat(vm.series()).isEmpty();

        vm.clearFilters();
        vm.serviceAreaFilterProperty().set("Older people");
        assertThat(titles()).containsExactly("Intermediate care for older people");
        vm.serviceAreaFilterProperty().set(null);
        vm.providerFilterProperty().set("Barts and The London NHS Trust");
        assertThat(titles()).containsExactly("Primary PCI for heart attack");

        vm.clearFilters();
        assertThat(vm.series()).hasSize(3);
        assertThat(vm.textFilterProperty().get()).isEmpty();
    }

    @Test
    void findSearchesTheSpecificationsTextAsTheCommandLineDoes() {
        // Words only in a section, or only in a quality requirement, find the specification.
        SpecificationDraft v2 = specs.get(pciV2.id()).content();
        specs.update(pciV2.id(), specs.get(pciV2.id()).stamp().revision(), new SpecificationDraft(v2.title(), v2.serviceArea(), v2.commissionerId(), v2.providerId(),
                Map.of(SpecSection.SERVICE_DESCRIPTION, "Primary angioplasty within 150 minutes of the call for help"
                        + " (call to balloon)."), v2.pathway(), v2.quality()));
        vm.load(null);
        vm.textFilterProperty().set("CALL TO BALLOON");
        assertThat(titles()).containsExactly("Primary PCI for heart attack");
        assertThat(vm.series().get(0).shownVersions()).extracting(SpecificationSummary::version).containsExactly(2);
        assertThat(vm.series().stream().flatMap(x -> x.shownVersions().stream()).map(SpecificationSummary::id).toList())
                .containsExactlyInAnyOrderElementsOf(specs.versionsMentioning("call to balloon"));
        vm.textFilterProperty().set("seen within two weeks");
        assertThat(vm.shownVersionsProperty().get()).isEqualTo(4);

        vm.textFilterProperty().set("no such words");
        assertThat(vm.series()).isEmpty();
        assertThat(vm.emptyTextProperty().get())
                .isEqualTo("No specification matches “no such words”. Show all clears the filters.");
        vm.statusFilterProperty().set(SpecStatus.AGREED);
        assertThat(vm.emptyTextProperty().get())
                .isEqualTo("No specification matches “no such words” (status Agreed). Show all clears the filters.");
        vm.clearFilters();
        assertThat(vm.series()).hasSize(3);
    }

    @Test
    void findRunsThroughTheTaskRunnerAndOnlyTheLatestAnswerIsShown() {
        org.commissioningdesk.common.HeldTaskRunner held = new org.commissioningdesk.common.HeldTaskRunner();
        SpecificationListViewModel library = new SpecificationListViewModel(specs, held);
        library.load(null);
        held.release(0);
        assertThat(library.series()).hasSize(3);

        library.textFilterProperty().set("mental");
        library.textFilterProperty().set("older");
        // Nothing changes until the search is answered: the search does not run on the caller's thread.
        assertThat(library.searchingProperty().get()).isTrue();
        assertThat(library.series()).hasSize(3);
        held.release(2);
        assertThat(library.series()).extracting(x -> x.latest().title()).containsExactly("Intermediate care for older people");
        assertThat(library.searchingProperty().get()).isFalse();
        // The answer to the earlier search, arriving late, is dropped.
        held.release(1);
        assertThat(library.series()).extracting(x -> x.latest().title()).containsExactly("Intermediate care for older people");
    }

    @Test
    void aFilterSurvivesAReload() {
        vm.statusFilterProperty().set(SpecStatus.DRAFT);
        vm.load(null);
        assertThat(vm.statusFilterProperty().get()).isEqualTo(SpecStatus.DRAFT);
        assertThat(vm.shownVersionsProperty().get()).isEqualTo(3);
    }

    @Test
    void deletingADraftRemovesItAndTheServicesRefusalIsShownForAnAgreedOne() {
        SpecificationSummary agreed = vm.series().get(2).shownVersions().get(0);
        vm.delete(agreed, null);
        assertThat(vm.messageProperty().get()).isEqualTo("Only a draft can be deleted; 'Primary PCI for heart attack v1' is agreed.");
        assertThat(specs.list()).hasSize(4);

        SpecificationSummary draft = vm.series().get(2).shownVersions().get(1);
        vm.delete(draft, null);
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted Primary PCI for heart attack v2.");
        assertThat(vm.series().get(2).versionCount()).isEqualTo(1);
        assertThat(vm.series().get(2).latest().status()).isEqualTo(SpecStatus.AGREED);
    }

    @Test
    void aNewVersionIsMadeFromTheLatestAgreedVersionOnly() {
        List<Specification> made = new ArrayList<>();
        SpecificationSummary v1 = vm.series().get(2).shownVersions().get(0);
        vm.newVersion(v1, made::add);
        assertThat(made).isEmpty();
        assertThat(vm.messageProperty().get()).contains("is already being worked on (Draft)");

        specs.delete(pciV2.id());
        vm.load(null);
        vm.newVersion(vm.series().get(2).latest(), made::add);
        assertThat(made).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.status()).isEqualTo(SpecStatus.DRAFT);
            assertThat(s.seriesId()).isEqualTo(pciV1.id());
        });
    }

    @Test
    void templatesListTheBuiltInOnesThenTheSavedOnesAndOnlySavedOnesCanBeDeleted() {
        specs.saveAsTemplate(pciV1.id(), "Camden primary PCI", "Ours");
        vm.loadTemplates(null);
        assertThat(vm.templates()).extracting(SpecificationTemplate::key).startsWith(
                "builtin:community-cardiology-primary-pci", "builtin:intermediate-care-older-people",
                "builtin:community-mental-health");
        SpecificationTemplate saved = vm.templates().get(3);
        assertThat(saved.name()).isEqualTo("Camden primary PCI");

        vm.deleteTemplate(vm.templates().get(0), null);
        assertThat(vm.messageProperty().get()).endsWith("is built in and cannot be deleted.");
        vm.deleteTemplate(saved, null);
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted the template 'Camden primary PCI'.");
        assertThat(vm.templates()).hasSize(3).noneMatch(t -> t.name().equals("Camden primary PCI"));
    }
}
