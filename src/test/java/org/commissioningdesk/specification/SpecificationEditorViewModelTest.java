package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.common.TextDiff;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The specification editor's state and rules, with the same-thread runner over a real database. */
class SpecificationEditorViewModelTest {

    private static final String CARDIOLOGY = "builtin:community-cardiology-primary-pci";

    @TempDir
    Path folder;

    private Services services;
    private SpecificationService specs;
    private SpecificationEditorViewModel vm;

    @BeforeEach
    void setUp() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        specs = services.specifications();
        vm = new SpecificationEditorViewModel(specs, new SameThreadTaskRunner());
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    /** A blank specification with what it needs to be saved and agreed. */
    private void startComplete(String title) {
        vm.startNew();
        vm.form().commissionerProperty().set(vm.choices().commissioners().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                .orElseThrow());
        vm.form().titleProperty().set(title);
        vm.form().serviceAreaProperty().set("Acute");
        vm.form().sectionProperty(SpecSection.SERVICE_DESCRIPTION).set("Primary angioplasty at the heart attack centre.");
        QualityRequirementForm k = vm.form().addRequirement();
        k.indicatorProperty().set("Call-to-balloon within 150 minutes");
        k.thresholdProperty().set("90");
        k.unitProperty().set("%");
    }

    @Test
    void aTemplateFillsTheEditorUnsavedAndSavingKeepsWhereItCameFrom() {
        SpecificationTemplate template = specs.template(CARDIOLOGY);
        vm.startFromTemplate(template);

        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.loadedProperty().get()).isNull();
        assertThat(vm.form().titleProperty().get()).isEqualTo(template.content().title());
        assertThat(vm.form().pathway()).hasSize(template.content().pathway().size());
        assertThat(vm.form().quality()).hasSize(template.content().quality().size());
        assertThat(vm.dirtyProperty().get()).as("a new specification from a template is there to be saved").isTrue();
        assertThat(vm.errors()).isEmpty();
        assertThat(specs.list()).isEmpty();

        assertThat(vm.save(null)).isTrue();
        Specification saved = vm.loadedProperty().get();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(SpecStatus.DRAFT);
        assertThat(saved.content().pathway()).isEqualTo(template.content().pathway());
        assertThat(saved.content().quality()).extracting(QualityRequirement::indicator)
                .isEqualTo(template.content().quality().stream().map(QualityRequirement::indicator).toList());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.statusChanges()).singleElement()
                .satisfies(c -> assertThat(c.note()).isEqualTo("From the template '" + template.name() + "'"));
        assertThat(vm.messageProperty().get()).isEqualTo("Saved " + saved.label() + ".");
    }

    @Test
    void wordCountsFollowTheTextAsItIsTyped() {
        vm.startNew();
        assertThat(vm.form().wordCount(SpecSection.AIMS).get()).isZero();
        vm.form().sectionProperty(SpecSection.AIMS).set("Faster treatment for heart attacks.\n\n- Fewer deaths\n- Shorter stays");
        assertThat(vm.form().wordCount(SpecSection.AIMS).get()).isEqualTo(9);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.form().sectionProperty(SpecSection.AIMS).set("");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aWaitThatIsNotAWholeNonNegativeNumberOfDaysIsRefusedOnItsFieldKeptAsTypedAndNothingIsSaved() {
        startComplete("Primary PCI");
        PathwayStepForm step = vm.form().addStep();
        step.settingProperty().set("Heart attack centre");
        step.whatProperty().set("Primary PCI");
        String key = SpecificationRules.stepField(0, "maxWaitDays");
        for (String typed : List.of("3.5", "-1", "abc")) {
            step.maxWaitDaysProperty().set(typed);
            assertThat(vm.error(key)).as(typed).isNotNull();
            assertThat(step.maxWaitDaysProperty().get()).isEqualTo(typed);
            assertThat(vm.save(null)).isFalse();
            assertThat(vm.messageProperty().get()).startsWith("Not saved");
        }
        assertThat(vm.error(key)).contains("'abc' is not a whole number of days");
        step.maxWaitDaysProperty().set("-1");
        assertThat(vm.error(key)).isEqualTo("A wait cannot be negative");
        assertThat(specs.list()).isEmpty();

        step.maxWaitDaysProperty().set("14");
        assertThat(vm.error(key)).isNull();
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.loadedProperty().get().content().pathway()).singleElement()
                .satisfies(s -> assertThat(s.maxWaitDays()).isEqualTo(14));
    }

    @Test
    void numbersAndMoneyInAQualityRequirementAreReadExactlyAndWrongOnesPointedOut() {
        startComplete("Primary PCI");
        QualityRequirementForm k = vm.form().quality().get(0);
        k.thresholdProperty().set("ninety");
        assertThat(vm.error("kpi.0.threshold")).isEqualTo("'ninety' is not a number: write it as 97, 97.5 or 1,250");
        // A comma is a thousands separator only: "0,5" is not read as 5.
        k.thresholdProperty().set("0,5");
        assertThat(vm.error("kpi.0.threshold")).isEqualTo("'0,5' is not a number: write it as 97, 97.5 or 1,250");
        k.thresholdProperty().set("250%");
        assertThat(vm.error("kpi.0.threshold")).isEqualTo("Write the number without % ('250') and put % in its unit");
        k.thresholdProperty().set("150");
        assertThat(vm.error("kpi.0.threshold")).isEqualTo("A percentage is between 0 and 100");
        k.thresholdProperty().set("95.5");
        assertThat(vm.error("kpi.0.threshold")).isNull();

        k.penaltyKindProperty().set(PenaltyKind.FIXED);
        assertThat(vm.error("kpi.0.penalty")).isEqualTo("Give the penalty in pounds");
        k.penaltyProperty().set("12.345");
        assertThat(vm.error("kpi.0.penalty")).contains("more than two decimal places");
        k.penaltyProperty().set("£5,000");
        assertThat(vm.error("kpi.0.penalty")).isNull();
        k.incentiveAmountProperty().set("2500");
        assertThat(vm.error("kpi.0.incentive")).isEqualTo("Say what the incentive is paid for");
        k.incentiveProperty().set("Paid when every quarter meets the target");
        assertThat(vm.save(null)).isTrue();

        QualityRequirement saved = vm.loadedProperty().get().content().quality().get(0);
        assertThat(saved.threshold()).isEqualByComparingTo("95.5");
        assertThat(saved.penalty()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(saved.incentiveAmount()).isEqualTo(new BigDecimal("2500.00"));
        assertThat(vm.form().quality().get(0).penaltyProperty().get()).isEqualTo("5,000.00");
        assertThat(vm.dirtyProperty().get()).as("what was saved reads back the same").isFalse();

        vm.form().quality().get(0).penaltyKindProperty().set(PenaltyKind.PERCENT_OF_MONTHLY_VALUE);
        vm.form().quality().get(0).penaltyProperty().set("120");
        assertThat(vm.error("kpi.0.penalty")).isEqualTo("A percentage is more than 0 and at most 100");
    }

    @Test
    void theServicesRefusalOfADuplicateTitleIsShownOnTheTitle() {
        startComplete("Primary PCI");
        vm.save(null);
        startComplete("primary  PCI");
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.loadedProperty().get()).isNull();
        assertThat(vm.error("title")).isEqualTo("Another specification is already called 'Primary PCI'");
        assertThat(vm.messageProperty().get()).startsWith("Not saved");
        assertThat(specs.list()).hasSize(1);
        vm.form().titleProperty().set("Primary PCI (north central)");
        assertThat(vm.error("title")).isNull();
    }

    @Test
    void agreeingNeedsAServiceDescriptionThenLocksTheVersionAndANewVersionComparesWithIt() {
        startComplete("Primary PCI");
        vm.form().sectionProperty(SpecSection.SERVICE_DESCRIPTION).set("");
        vm.form().sectionProperty(SpecSection.POPULATION_NEEDS).set("High premature mortality from heart disease.");
        vm.form().sectionProperty(SpecSection.AIMS).set("Treat heart attacks at a heart attack centre.");
        vm.save(null);
        vm.agree("at the contract meeting");
        assertThat(vm.messageProperty().get()).contains("needs a service description (section 3.2)");
        assertThat(vm.problemProperty().get()).isTrue();
        assertThat(vm.loadedProperty().get().status()).isEqualTo(SpecStatus.DRAFT);

        vm.form().sectionProperty(SpecSection.SERVICE_DESCRIPTION).set("Primary angioplasty, around the clock.");
        vm.save(null);
        vm.agree("at the contract meeting");
        Specification v1 = vm.loadedProperty().get();
        assertThat(v1.status()).isEqualTo(SpecStatus.AGREED);
        assertThat(v1.agreedOn()).isEqualTo(java.time.LocalDate.of(2007, 3, 14));
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.statusChanges()).last().satisfies(c -> assertThat(c.note()).isEqualTo("at the contract meeting"));

        vm.newVersion();
        Specification v2 = vm.loadedProperty().get();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.versions()).extracting(SpecificationSummary::version).containsExactly(1, 2);
        vm.form().sectionProperty(SpecSection.AIMS).set("Treat heart attacks at a heart attack centre within 150 minutes.");
        vm.save(null);

        vm.compare(v1.id(), v2.id());
        SpecificationComparison c = vm.comparisonProperty().get();
        assertThat(c.left().version()).isEqualTo(1);
        assertThat(c.right().version()).isEqualTo(2);
        SpecificationComparison.Part aims = part(c, "3.1 Aims and objectives");
        assertThat(aims.changed()).isTrue();
        assertThat(aims.segments()).anySatisfy(s -> {
            assertThat(s.change()).isEqualTo(TextDiff.Change.ADDED);
            assertThat(s.text()).contains("within 150 minutes");
        });
        assertThat(part(c, "1 Population needs").changed()).isFalse();
        vm.closeComparison();
        assertThat(vm.comparisonProperty().get()).isNull();
    }

    private static SpecificationComparison.Part part(SpecificationComparison c, String label) {
        return c.parts().stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void whatAgreeingLacksIsShownOnTheFieldsButNeverStopsADraftBeingSaved() {
        startComplete("Primary PCI");
        vm.form().commissionerProperty().set(null); // a draft needs no commissioner; agreeing does
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved");

        assertThat(vm.readyToAgree()).isFalse();
        assertThat(vm.error("commissionerId")).isNotNull();
        assertThat(vm.messageProperty().get()).startsWith("Not ready to agree");

        vm.form().sectionProperty(SpecSection.AIMS).set("Treat heart attacks at a heart attack centre.");
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved");
        assertThat(vm.loadedProperty().get().content().sections().get(SpecSection.AIMS))
                .isEqualTo("Treat heart attacks at a heart attack centre.");

        // Asked again, the gaps show again, and saving straight away is still allowed.
        assertThat(vm.readyToAgree()).isFalse();
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved");
    }

    @Test
    void aRefusalClearsOnTheNextEditWhateverFieldIsChanged() {
        startComplete("Primary PCI");
        vm.save(null);
        startComplete("Primary PCI");
        vm.save(null);
        assertThat(vm.error("title")).isNotNull(); // the service refuses a second "Primary PCI"
        vm.form().sectionProperty(SpecSection.AIMS).set("Different aims.");
        assertThat(vm.error("title")).isNull();
    }

    @Test
    void stepsAndRequirementsMoveAndTheMovesAreChangesToSave() {
        startComplete("Primary PCI");
        vm.save(null);
        PathwayStepForm a = vm.form().addStep();
        a.settingProperty().set("Home");
        a.whatProperty().set("ECG");
        PathwayStepForm b = vm.form().addStep();
        b.settingProperty().set("Heart attack centre");
        b.whatProperty().set("PCI");
        vm.save(null);
        assertThat(vm.dirtyProperty().get()).isFalse();
        List<java.util.UUID> stored = vm.loadedProperty().get().content().pathway().stream().map(PathwayStep::uid).toList();
        PathwayStepForm second = vm.form().pathway().get(1);
        // The list's Move up (ChildList) reorders the form's own list.
        vm.form().pathway().remove(second);
        vm.form().pathway().add(0, second);
        assertThat(vm.form().pathway()).extracting(f -> f.settingProperty().get()).containsExactly("Heart attack centre", "Home");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(null);
        assertThat(vm.loadedProperty().get().content().pathway()).extracting(PathwayStep::setting)
                .containsExactly("Heart attack centre", "Home");
        // The steps moved are the stored rows moved, each keeping its lasting id.
        assertThat(vm.loadedProperty().get().content().pathway()).extracting(PathwayStep::uid)
                .containsExactly(stored.get(1), stored.get(0));
    }

    @Test
    void anAgreedVersionCannotBeEditedFromTheEditor() {
        startComplete("Primary PCI");
        vm.save(null);
        vm.agree(null);
        vm.form().titleProperty().set("Changed");
        vm.save(null);
        assertThat(vm.messageProperty().get()).contains("cannot be changed; make a new version instead");
        assertThat(specs.get(vm.loadedProperty().get().id()).title()).isEqualTo("Primary PCI");
    }

    @Test
    void savingAsATemplateReportsAMissingOrTakenNameAndThenOffersIt() {
        startComplete("Primary PCI");
        vm.save(null);
        Map<String, String> problems = new HashMap<>();
        vm.saveAsTemplate(" ", "", problems::putAll);
        assertThat(problems).containsEntry("name", "Give the template a name");
        problems.clear();
        vm.saveAsTemplate(specs.template(CARDIOLOGY).name(), "", problems::putAll);
        assertThat(problems.get("name")).startsWith("There is already a template called");
        problems.clear();
        vm.saveAsTemplate("Camden primary PCI", "Our local version", problems::putAll);
        assertThat(problems).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Saved as the template 'Camden primary PCI'. It is offered under New from template.");
        assertThat(specs.templates()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("Camden primary PCI");
            assertThat(t.builtIn()).isFalse();
            assertThat(t.content().section(SpecSection.SERVICE_DESCRIPTION)).startsWith("Primary angioplasty");
        });
    }

    @Test
    void theProspectusPrioritiesASpecificationDeliversAreShownAndKeepItFromBeingDeleted() {
        startComplete("Primary PCI");
        vm.save(null);
        long id = vm.loadedProperty().get().id();
        long camden = services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                .orElseThrow().id();
        FinancialYear year = new FinancialYear(2007);
        services.prospectuses().create(new ProspectusDraft(camden, "Camden prospectus 2007/08", year, 1, null, null, null,
                List.of(new Priority(null, "Primary angioplasty for heart attack", "Acute", ChangeType.REDESIGN, null,
                        List.of(), List.of(new OutcomeMeasure("Call-to-balloon within 150 minutes", "%", null,
                        new BigDecimal("75"), year)), null, null, List.of(id))), List.of()));

        vm.open(id, null);
        assertThat(vm.delivered()).singleElement().satisfies(d -> {
            assertThat(d.priorityTitle()).isEqualTo("Primary angioplasty for heart attack");
            assertThat(d.prospectusTitle()).isEqualTo("Camden prospectus 2007/08");
            assertThat(d.ownerName()).isEqualTo("Camden PCT");
        });
        vm.delete(null);
        assertThat(vm.messageProperty().get()).isEqualTo("'Primary PCI' delivers 1 prospectus priority; unlink it in the"
                + " prospectus before deleting the specification.");
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(specs.list()).hasSize(1);
    }

    @Test
    void aCopyOfASpecificationStartsUnsavedWithItsContent() {
        startComplete("Primary PCI");
        vm.save(null);
        SpecificationSummary source = specs.list().get(0);
        vm.close();
        vm.startCopyOf(source);
        assertThat(vm.loadedProperty().get()).isNull();
        assertThat(vm.form().titleProperty().get()).isEqualTo("Copy of Primary PCI");
        assertThat(vm.originProperty().get()).isEqualTo("Copied from 'Primary PCI v1'");
        assertThat(vm.form().quality()).hasSize(1);
        vm.save(null);
        assertThat(specs.list()).extracting(SpecificationSummary::title).containsExactly("Copy of Primary PCI", "Primary PCI");
        assertThat(vm.statusChanges().get(0).note()).isEqualTo("Copied from 'Primary PCI v1'");
    }
}
