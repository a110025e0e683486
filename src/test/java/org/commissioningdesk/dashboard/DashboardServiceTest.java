package org.commissioningdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.specification.Direction;
import org.commissioningdesk.specification.PenaltyKind;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.ReportingFrequency;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.testing.TestDatabases;
import org.commissioningdesk.testing.Engines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class DashboardServiceTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    @TempDir
    Path folder;

    @Test
    void countsSpecificationVersionsByStatusAndNamesThemInRecentChanges() {
        try (Services services = TestDatabases.open(engine, folder)) {
            services.starterPacks().apply(StarterPack.LONDON_2006);
            QualityRequirement kpi = new QualityRequirement(null, "Patients seen within two weeks", new BigDecimal("95"),
                    Direction.AT_LEAST, "%", null, ReportingFrequency.QUARTERLY, PenaltyKind.FIXED,
                    new BigDecimal("2500"), false, null, null);
            long camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT"))
                    .findFirst().orElseThrow().id();
            Specification v1 = services.specifications().create(new SpecificationDraft("Rapid access chest pain clinic",
                    "Acute", camden, null, Map.of(SpecSection.SERVICE_DESCRIPTION, "A one-stop clinic."), List.of(),
                    List.of(kpi)));
            services.specifications().agree(v1.id(), null);
            Specification v2 = services.specifications().newVersion(v1.id());
            services.specifications().agree(v2.id(), "Agreed with the trust");
            services.specifications().newVersion(v2.id());
            services.specifications().create(new SpecificationDraft("Heart failure nursing", "Acute", null, null,
                    Map.of(), List.of(), List.of()));

            DashboardSummary summary = services.dashboard().summary();
            assertThat(summary.specifications(SpecStatus.DRAFT)).isEqualTo(2);
            assertThat(summary.specifications(SpecStatus.AGREED)).isEqualTo(1);
            assertThat(summary.specifications(SpecStatus.SUPERSEDED)).isEqualTo(1);
            // The dashboard reads what each change was about and what was done as written with the change.
            assertThat(summary.recentChanges().get(0).subject()).isEqualTo("Specification “Heart failure nursing”");
            assertThat(summary.recentChanges().get(0).summary()).isEqualTo("Created the specification.");
        }
    }
}
