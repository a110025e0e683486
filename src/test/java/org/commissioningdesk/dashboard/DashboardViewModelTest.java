package org.commissioningdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's state over a real database: it knows when the register is still empty. */
class DashboardViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private DashboardViewModel vm;

    @BeforeEach
    void open() {
        services = TestDatabases.open(folder);
        vm = new DashboardViewModel(services.dashboard(), new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void anEmptyRegisterIsSaidUntilItHoldsAnOrganisationEvenARetiredOne() {
        vm.refresh();
        assertThat(vm.registerEmptyProperty().get()).isTrue();

        var camden = services.organisations().create(new OrganisationDraft("Camden PCT", OrganisationType.PCT, null, null,
                null, null, null));
        services.organisations().retire(camden.id(), java.time.LocalDate.of(2011, 3, 31));
        vm.refresh();
        assertThat(vm.registerEmptyProperty().get()).isFalse();
    }

    @Test
    void aFailureIsToldInPlainWordsNeverTheLibrarysOwn() {
        services.close();
        vm.refresh();
        assertThat(vm.messageProperty().get()).startsWith("Could not load the dashboard. ")
                .doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql")
                .doesNotContainIgnoringCase("jdbi").doesNotContainIgnoringCase("hikari");
    }
}
