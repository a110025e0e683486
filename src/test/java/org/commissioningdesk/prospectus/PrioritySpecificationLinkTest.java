package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.specification.DeliveredPriority;
import org.commissioningdesk.specification.Direction;
import org.commissioningdesk.specification.PenaltyKind;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.ReportingFrequency;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.testing.TestDatabases;
import org.commissioningdesk.testing.Engines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A prospectus priority names the service specifications that deliver it; both sides see the link. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class PrioritySpecificationLinkTest {

    /** Each test runs on a file on this computer (H2) and on a shared server (PostgreSQL). */
    @Parameter
    Engines engine;

    private static final FinancialYear Y2007 = new FinancialYear(2007);

    @TempDir
    Path folder;

    private Services services;

    @BeforeEach
    void open() {
        services = TestDatabases.open(engine, folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long camden() {
        return services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                .orElseThrow().id();
    }

    private Specification spec(String title) {
        QualityRequirement kpi = new QualityRequirement(null, title + " seen within target", new BigDecimal("90"),
                Direction.AT_LEAST, "%", "Monthly return", ReportingFrequency.MONTHLY, PenaltyKind.NONE, null, true,
                null, null);
        return services.specifications().create(new SpecificationDraft(title, "Acute", camden(), null,
                Map.of(SpecSection.SERVICE_DESCRIPTION, "What the service does."), List.of(), List.of(kpi)));
    }

    private Prospectus prospectusLinking(Long... specIds) {
        Priority p = new Priority(null, "Primary angioplasty", "Acute", ChangeType.REDESIGN, null,
                List.of(new BigDecimal("-1000.00")), List.of(new OutcomeMeasure("Call-to-balloon within 150 minutes",
                "%", null, new BigDecimal("75"), Y2007)), null, null, List.of(specIds));
        return services.prospectuses().create(new ProspectusDraft(camden(), "Camden prospectus 2007/08", Y2007, 1,
                null, null, null, List.of(p), List.of()));
    }

    @Test
    void aLinkIsSavedInOrderAndShownOnTheSpecification() {
        Specification pci = spec("Primary PCI");
        Specification rehab = spec("Cardiac rehabilitation");
        Prospectus p = prospectusLinking(rehab.seriesId(), pci.seriesId());

        assertThat(services.prospectuses().get(p.id()).priorities().get(0).specificationIds())
                .containsExactly(rehab.seriesId(), pci.seriesId());
        List<DeliveredPriority> delivered = services.specifications().details(pci.id()).deliveredPriorities();
        assertThat(delivered).singleElement().satisfies(d -> {
            assertThat(d.prospectusId()).isEqualTo(p.id());
            assertThat(d.priorityTitle()).isEqualTo("Primary angioplasty");
            assertThat(d.ownerName()).isEqualTo("Camden PCT");
        });
        assertThat(services.prospectuses().specificationChoices()).extracting(s -> s.title())
                .containsExactly("Cardiac rehabilitation", "Primary PCI");
    }

    @Test
    void theLinkFollowsTheSpecificationToItsNewVersions() {
        Specification pci = spec("Primary PCI");
        services.specifications().agree(pci.id(), null);
        Specification v2 = services.specifications().newVersion(pci.id());
        prospectusLinking(pci.seriesId());

        assertThat(services.specifications().details(v2.id()).deliveredPriorities()).hasSize(1);
        assertThat(services.prospectuses().specificationChoices()).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo(2));
    }

    @Test
    void aNewVersionOfTheProspectusKeepsItsLinksAndUnlinkingIsSaved() {
        Specification pci = spec("Primary PCI");
        Prospectus p = prospectusLinking(pci.seriesId());
        Prospectus unlinked = services.prospectuses().update(p.id(), services.prospectuses().get(p.id()).stamp().revision(), new ProspectusDraft(p.ownerId(), p.title(),
                p.firstYear(), p.cycleYears(), null, null, null,
                List.of(p.priorities().get(0).withSpecifications(List.of())), List.of()));
        assertThat(unlinked.priorities().get(0).specificationIds()).isEmpty();
        assertThat(services.specifications().details(pci.id()).deliveredPriorities()).isEmpty();

        Prospectus relinked = services.prospectuses().update(p.id(), services.prospectuses().get(p.id()).stamp().revision(), p.toDraft());
        services.prospectuses().sendToConsultation(relinked.id());
        services.prospectuses().approve(relinked.id(), java.time.LocalDate.now(TestDatabases.CLOCK), true);
        services.prospectuses().publish(relinked.id());
        Prospectus v2 = services.prospectuses().newVersion(relinked.id());
        assertThat(v2.priorities().get(0).specificationIds()).containsExactly(pci.seriesId());
        assertThat(services.specifications().details(pci.id()).deliveredPriorities())
                .extracting(DeliveredPriority::prospectusVersion).containsExactly(1, 2);
    }

    @Test
    void aLinkToSomethingThatIsNotASpecificationIsRefusedOnThePriority() {
        Specification pci = spec("Primary PCI");
        services.specifications().agree(pci.id(), null);
        Specification v2 = services.specifications().newVersion(pci.id());
        // A version's own id (other than version 1's) does not name the specification.
        assertThatThrownBy(() -> prospectusLinking(v2.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsKey(ProspectusRules.priorityField(0, "specifications")));
        assertThat(services.prospectuses().list()).isEmpty();
    }

    @Test
    void aLinkedSpecificationCannotBeDeletedButItsLaterDraftVersionCan() {
        Specification pci = spec("Primary PCI");
        prospectusLinking(pci.seriesId());
        assertThatThrownBy(() -> services.specifications().delete(pci.id()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("delivers 1 prospectus priority");
        assertThat(services.specifications().list()).hasSize(1);

        services.specifications().agree(pci.id(), null);
        Specification v2 = services.specifications().newVersion(pci.id());
        services.specifications().delete(v2.id());
        assertThat(services.specifications().list()).singleElement().satisfies(s -> assertThat(s.version()).isEqualTo(1));
    }
}
