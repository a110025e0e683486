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
        vm.filterTextProperty().set("sutton and");
        assertThat(vm.organisations()).extracting(Organisation::name).containsExactly("Sutton and Merton PCT");
        vm.filterTextProperty().set("");
        vm.typeFilterProperty().set(OrganisationType.LCG);
        assertThat(vm.organisations()).hasSize(5);
        vm.typeFilterProperty().set(null);

        // "Member of" is searchable: every member of the South West London LCG, and the LCG itself.
        vm.filterTextProperty().set("south west london lcg");
        assertThat(vm.organisations()).hasSize(6);

        vm.filterTextProperty().set("");
        vm.edit(named("Kingston PCT"));
        vm.retire(java.time.LocalDate.of(2011, 3, 31), null);
        vm.showRetiredProperty().set(false);
        assertThat(vm.organisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS - 1).noneMatch(o -> o.name().equals("Kingston PCT"));
    }

    @Test
    void tracksUnsavedChangesAndOffersOnlyFittingGroups() {
        vm.edit(named("Camden PCT"));
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.parentChoices()).extracting(Organisation::type).containsOnly(OrganisationType.LCG).hasSize(5);
        assertThat(vm.parentProperty().get().name()).isEqualTo("North Central London LCG");

        vm.notesProperty().set("Hosts the UCLH contract");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.notesProperty().set("");
        assertThat(vm.dirtyProperty().get()).isFalse();

        // A trust is a member of nothing: the choice of group empties and the link is dropped.
        vm.typeProperty().set(OrganisationType.NHS_TRUST);
        assertThat(vm.parentChoices()).isEmpty();
        assertThat(vm.parentProperty().get()).isNull();
    }

    @Test
    void checksAsThePersonTypes() {
        vm.startNew();
        assertThat(vm.fieldError("name")).isEqualTo("Name is required");
        vm.nameProperty().set("islington pct");
        vm.typeProperty().set(OrganisationType.PCT);
        assertThat(vm.fieldError("name")).isEqualTo("There is already a PCT called 'islington pct'");
        vm.typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        assertThat(vm.fieldError("name")).isNull();
        vm.codeProperty().set("NCL");
        assertThat(vm.fieldError("code")).isEqualTo("Code NCL is already used by another organisation");
        vm.sectorProperty().set("North Central London");
        assertThat(vm.fieldError("sector")).contains("applies only to");
    }

    @Test
    void savesAndReloadsOrShowsTheServicesMessagesOnTheFields() {
        vm.startNew();
        vm.nameProperty().set("Islington Council");
        vm.typeProperty().set(OrganisationType.LOCAL_AUTHORITY);
        AtomicReference<Organisation> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertThat(saved.get().id()).isPositive();
        assertThat(vm.editingProperty().get()).isEqualTo(saved.get());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.allOrganisations()).hasSize(TestDatabases.LONDON_ORGANISATIONS + 1);
        assertThat(vm.messageProperty().get()).isEqualTo("Saved Islington Council.");
        assertThat(vm.history()).extracting(org.commissioningdesk.persistence.AuditEntry::action).containsExactly("create");
        vm.notesProperty().set("Joint commissioning partner");
        vm.save(o -> { });
        assertThat(vm.history()).extracting(org.commissioningdesk.persistence.AuditEntry::action)
                .containsExactly("create", "update");
        assertThat(vm.history().get(1).who()).isEqualTo("test.director");

        // A rule only the service can judge: the group chosen was retired meanwhile by someone else.
        vm.startNew();
        vm.nameProperty().set("Highgate PBC group");
        vm.typeProperty().set(OrganisationType.PBC_GROUP);
        vm.parentProperty().set(named("Islington PCT"));
        services.organisations().retire(named("Islington PCT").id(), java.time.LocalDate.of(2010, 1, 1));
        vm.save(o -> { });
        assertThat(vm.serverErrors()).containsKey("parentId");
        assertThat(vm.fieldError("parentId")).contains("was retired");
        assertThat(vm.editingProperty().get()).isNull();
        assertThat(services.organisations().list()).hasSize(TestDatabases.LONDON_ORGANISATIONS + 1)
                .noneMatch(o -> o.name().equals("Highgate PBC group"));
    }
}
