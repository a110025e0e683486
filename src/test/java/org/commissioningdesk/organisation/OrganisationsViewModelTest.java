package org.commissioningdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Organisations screen's state and rules, without a screen: real services, same-thread runner. */
class OrganisationsViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private OrganisationsViewModel vm;

    @BeforeEach
    void open() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        vm = new OrganisationsViewModel(services.organisations(), new SameThreadTaskRunner());
        vm.load(null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Organisation named(String name) {
        return vm.allOrganisations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void filtersByTextTypeAndRetirement() {
        assertThat(vm.organisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS);
        vm.filter().textProperty().set("sutton and");
        assertThat(vm.organisations()).extracting(Organisation::name).containsExactly("Sutton and Merton PCT");
        vm.filter().textProperty().set("");
        vm.filter().typeProperty().set(OrganisationType.LCG);
        assertThat(vm.organisations()).hasSize(5);
        vm.filter().typeProperty().set(null);

        // "Member of" is searchable: every member of the South West London LCG, and the LCG itself.
        vm.filter().textProperty().set("south west london lcg");
        assertThat(vm.organisations()).hasSize(6);

        vm.filter().textProperty().set("");
        vm.edit(named("Kingston PCT"));
        vm.retire(java.time.LocalDate.of(2011, 3, 31), null);
        // Retired organisations are hidden at first; retiring one says where it went.
        assertThat(vm.filter().showRetiredProperty().get()).isFalse();
        assertThat(vm.organisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS - 1).noneMatch(o -> o.name().equals("Kingston PCT"));
        assertThat(vm.messageProperty().get()).isEqualTo("Kingston PCT retired from 31/03/2011. It is hidden from the"
                + " list while Show retired is off.");
        assertThat(vm.filter().description()).isEqualTo("retired organisations hidden");
        vm.filter().showRetiredProperty().set(true);
        assertThat(vm.organisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS).anyMatch(o -> o.name().equals("Kingston PCT"));
    }

    @Test
    void savingRetiringAndReinstatingAreAnnouncedForTheStatusBar() {
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        java.util.List<String> announced = new java.util.ArrayList<>();
        runner.listen(announced::add);
        OrganisationsViewModel screen = new OrganisationsViewModel(services.organisations(), runner);
        screen.load(null);
        screen.startNew();
        screen.form().nameProperty().set("Barnet Council");
        screen.form().typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        screen.save(saved -> { });
        screen.retire(java.time.LocalDate.of(2011, 3, 31), null);
        screen.reinstate(null);
        assertThat(announced).containsExactly("Saved Barnet Council.", "Barnet Council retired from 31/03/2011."
                + " It is hidden from the list while Show retired is off.", "Barnet Council is active again.");
    }

    @Test
    void aSavedOrganisationIsNeverHiddenByTheFilter() {
        vm.filter().textProperty().set("camden");
        vm.filter().typeProperty().set(OrganisationType.PCT);
        vm.startNew();
        vm.form().nameProperty().set("Barnet Council");
        vm.form().typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        AtomicReference<Organisation> saved = new AtomicReference<>();
        vm.save(saved::set);
        // Only what hid it is cleared, and the person is told.
        assertThat(vm.filter().textProperty().get()).isEmpty();
        assertThat(vm.filter().typeProperty().get()).isNull();
        assertThat(vm.filter().showRetiredProperty().get()).isFalse();
        assertThat(vm.organisations()).contains(saved.get());
        assertThat(vm.messageProperty().get()).isEqualTo("Saved Barnet Council. Filter cleared to show it.");

        // A save the filter shows anyway leaves the filter alone.
        vm.filter().textProperty().set("barnet");
        vm.form().notesProperty().set("Joint commissioning partner of Barnet PCT");
        vm.save(o -> { });
        assertThat(vm.filter().textProperty().get()).isEqualTo("barnet");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved Barnet Council.");
    }

    @Test
    void aGroupsFormListsItsMembersAndOpensOneEvenWhenTheFilterHidesIt() {
        vm.filter().typeProperty().set(OrganisationType.LCG);
        vm.edit(named("North Central London LCG"));
        assertThat(vm.members().appliesProperty().get()).isTrue();
        assertThat(vm.members().members()).extracting(Organisation::name).containsExactly("Barnet PCT", "Camden PCT",
                "Enfield PCT", "Haringey Teaching PCT", "Islington PCT");
        assertThat(vm.members().summary()).isEqualTo("5 members.");

        vm.openMember(named("Camden PCT"));
        assertThat(vm.editingProperty().get().name()).isEqualTo("Camden PCT");
        assertThat(vm.filter().typeProperty().get()).isNull();
        assertThat(vm.organisations()).anyMatch(o -> o.name().equals("Camden PCT"));
        assertThat(vm.messageProperty().get()).isEqualTo("Filter cleared to show Camden PCT.");
        // A PCT can have practice-based groups as members; a trust has none.
        assertThat(vm.members().appliesProperty().get()).isTrue();
        assertThat(vm.members().summary()).isEqualTo("No members.");
        vm.edit(named("Queen Mary's Sidcup NHS Trust"));
        assertThat(vm.members().appliesProperty().get()).isFalse();

        // A member retired stays listed, marked as such.
        vm.edit(named("Camden PCT"));
        vm.retire(java.time.LocalDate.of(2011, 3, 31), null);
        vm.edit(named("North Central London LCG"));
        assertThat(vm.members().members()).hasSize(5);
        assertThat(vm.members().summary()).isEqualTo("5 members, 1 retired.");
    }

    @Test
    void tracksUnsavedChangesAndOffersOnlyFittingGroups() {
        vm.edit(named("Camden PCT"));
        assertThat(vm.form().dirtyProperty().get()).isFalse();
        assertThat(vm.form().parentChoices()).extracting(Organisation::type).containsOnly(OrganisationType.LCG).hasSize(5);
        assertThat(vm.form().parentProperty().get().name()).isEqualTo("North Central London LCG");

        vm.form().notesProperty().set("Hosts the UCLH contract");
        assertThat(vm.form().dirtyProperty().get()).isTrue();
        vm.form().notesProperty().set("");
        assertThat(vm.form().dirtyProperty().get()).isFalse();

        // A trust is a member of nothing: the choice of group empties and the link is dropped.
        vm.form().typeProperty().set(OrganisationType.NHS_TRUST);
        assertThat(vm.form().parentChoices()).isEmpty();
        assertThat(vm.form().parentProperty().get()).isNull();
    }

    @Test
    void checksAsThePersonTypes() {
        vm.startNew();
        assertThat(vm.form().fieldError("name")).isEqualTo("Name is required");
        vm.form().nameProperty().set("islington pct");
        vm.form().typeProperty().set(OrganisationType.PCT);
        assertThat(vm.form().fieldError("name")).isEqualTo("There is already a PCT called 'islington pct'");
        vm.form().typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        assertThat(vm.form().fieldError("name")).isNull();
        vm.form().codeProperty().set("NCL");
        assertThat(vm.form().fieldError("code")).isEqualTo("Code NCL is already used by another organisation");
        vm.form().sectorProperty().set("North Central London");
        assertThat(vm.form().fieldError("sector")).contains("applies only to");
    }

    @Test
    void savesAndReloadsOrShowsTheServicesMessagesOnTheFields() {
        vm.startNew();
        vm.form().nameProperty().set("Islington Council");
        vm.form().typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        AtomicReference<Organisation> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(saved.get().id()).isPositive();
        assertThat(vm.editingProperty().get()).isEqualTo(saved.get());
        assertThat(vm.form().dirtyProperty().get()).isFalse();
        assertThat(vm.allOrganisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS + 1);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved Islington Council.");
        assertThat(vm.history()).extracting(org.commissioningdesk.persistence.AuditEntry::action).containsExactly("create");
        vm.form().notesProperty().set("Joint commissioning partner");
        vm.save(o -> { });
        assertThat(vm.history()).extracting(org.commissioningdesk.persistence.AuditEntry::action)
                .containsExactly("create", "update");
        assertThat(vm.history().get(1).who()).isEqualTo("test.director");

        // A rule only the service can judge: the group chosen was retired meanwhile by someone else.
        vm.startNew();
        vm.form().nameProperty().set("Highgate PBC group");
        vm.form().typeProperty().set(OrganisationType.PBC_GROUP);
        vm.form().parentProperty().set(named("Islington PCT"));
        services.organisations().retire(named("Islington PCT").id(), java.time.LocalDate.of(2010, 1, 1));
        vm.save(o -> { });
        assertThat(vm.form().serverErrors()).containsKey("parentId");
        assertThat(vm.form().fieldError("parentId")).contains("was retired");
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(services.organisations().list()).hasSize(TestDatabases.LONDON_ORGANISATIONS + 1)
                .noneMatch(o -> o.name().equals("Highgate PBC group"));
    }
}
