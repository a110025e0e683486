package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.common.editor.StepAnswer;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prospectus editor's state and rules, with the same-thread runner over a real database. */
class ProspectusEditorViewModelTest {

    @TempDir
    Path folder;

    private Services services;
    private ProspectusEditorViewModel vm;

    @BeforeEach
    void setUp() {
        services = TestDatabases.open(folder);
        services.starterPacks().apply(StarterPack.LONDON_2006);
        vm = new ProspectusEditorViewModel(services.prospectuses(), new SameThreadTaskRunner(), TestDatabases.CLOCK);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Organisation owner(String name) {
        return vm.choices().owners().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private PriorityForm startCamden() {
        vm.startNew();
        vm.form().ownerProperty().set(owner("Camden PCT"));
        vm.form().titleProperty().set("Camden Commissioning Prospectus 2007/08");
        vm.form().firstYearProperty().set(FinancialYear.parse("2007/08"));
        PriorityForm f = vm.form().addPriority();
        f.titleProperty().set("Primary angioplasty");
        f.serviceAreaProperty().set("Acute");
        f.changeTypeProperty().set(ChangeType.INVEST);
        return f;
    }

    @Test
    void aNewProspectusStartsBlankForNextYearWithAThreeYearCycleAndNoComplaints() {
        vm.startNew();
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.form().firstYearProperty().get()).isEqualTo(FinancialYear.parse("2007/08"));
        assertThat(vm.cycle()).extracting(FinancialYear::toString).containsExactly("2007/08", "2008/09", "2009/10");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.error("title")).isNull();
        assertThat(vm.choices().owners()).extracting(Organisation::name).contains("Camden PCT", "North East London LCG",
                "London Commissioning Group").doesNotContain("Barts and The London NHS Trust");
        vm.form().titleProperty().set("x");
        vm.form().titleProperty().set("");
        assertThat(vm.error("title")).isEqualTo("Give the prospectus a title");
    }

    @Test
    void moneyIsReadExactlyAndOverPreciseMoneyIsRefusedWhereItWasTyped() {
        PriorityForm f = startCamden();
        f.amountProperty(0).set("12.345");
        assertThat(vm.error("priority.0.amount.0")).contains("more than two decimal places");
        assertThat(vm.save(null)).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Not saved");
        assertThat(services.prospectuses().list()).isEmpty();

        f.amountProperty(0).set("£250,000");
        f.amountProperty(1).set("1,000,000.10");
        assertThat(vm.error("priority.0.amount.0")).isNull();
        assertThat(vm.financeProperty().get().total().investment()).isEqualTo(new BigDecimal("1250000.10"));
        assertThat(vm.save(null)).isTrue();
        Prospectus saved = vm.loadedProperty().get();
        assertThat(saved.priorities().get(0).amounts()).containsExactly(new BigDecimal("250000.00"), new BigDecimal("1000000.10"));
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(f.amountProperty(0).get()).isNotEmpty();
        assertThat(vm.form().priorities().get(0).amountProperty(0).get()).isEqualTo("250,000.00");
    }

    @Test
    void aSavingWrittenAsInvestmentIsPointedOutAndDuplicateTitlesToo() {
        PriorityForm f = startCamden();
        f.changeTypeProperty().set(ChangeType.DISINVEST);
        f.amountProperty(0).set("250000");
        assertThat(vm.error("priority.0.amount.0")).contains("negative amount");
        PriorityForm g = vm.form().addPriority();
        g.titleProperty().set("primary ANGIOPLASTY");
        assertThat(vm.error("priority.1.title")).contains("already called");
    }

    @Test
    void dirtyFollowsWhatDiffersFromTheSavedProspectus() {
        startCamden();
        vm.save(null);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.form().titleProperty().set("Camden prospectus (revised)");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.form().titleProperty().set("Camden Commissioning Prospectus 2007/08");
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.form().priorities().get(0).outcomes().add(new OutcomeForm());
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void reorderingRemovingAndTheConsultationLinkToAPriority() {
        PriorityForm first = startCamden();
        PriorityForm second = vm.form().addPriority();
        second.titleProperty().set("Stroke");
        assertThat(vm.form().movePriority(first, -1)).isFalse();
        assertThat(vm.form().movePriority(second, -1)).isTrue();
        assertThat(vm.form().priorities()).containsExactly(second, first);
        assertThat(vm.form().movePriority(first, 1)).isFalse();

        ResponseForm r = vm.addResponse();
        assertThat(r.receivedOnProperty().get()).isEqualTo(java.time.LocalDate.of(2007, 3, 14));
        r.priorityKeyProperty().set(first.key());
        assertThat(vm.form().priorityTitle(first.key())).isEqualTo("Primary angioplasty");
        assertThat(vm.unansweredProperty().get()).isEqualTo(1);
        vm.form().removePriority(first);
        assertThat(r.priorityKeyProperty().get()).isNull();
    }

    @Test
    void shorteningTheCycleUnderMoneyIsRefusedOnTheCycleAndOutcomesDefaultToTheLastYear() {
        PriorityForm f = startCamden();
        f.amountProperty(2).set("100");
        OutcomeForm o = vm.addOutcome(f);
        assertThat(o.targetYearProperty().get()).isEqualTo(FinancialYear.parse("2009/10"));
        vm.form().cycleYearsProperty().set(2);
        assertThat(vm.error("cycleYears")).contains("clear it before shortening the cycle");
        assertThat(vm.error("priority.0.outcome.0.targetYear")).contains("outside the cycle");
        assertThat(vm.financeProperty().get().years()).hasSize(2);
    }

    @Test
    void anOutcomeAndAResponseEditedInTheFormAreSavedOverTheirOwnRows() {
        PriorityForm f = startCamden();
        OutcomeForm o = vm.addOutcome(f);
        o.indicatorProperty().set("Call to balloon within 150 minutes");
        o.targetProperty().set("75");
        ResponseForm r = vm.addResponse();
        r.sourceProperty().set(SourceType.PATIENT);
        r.summaryProperty().set("More nurses");
        vm.save(null);
        Prospectus saved = vm.loadedProperty().get();
        UUID measure = saved.priorities().get(0).outcomes().get(0).uid();
        UUID response = saved.consultation().get(0).uid();
        assertThat(measure).isNotNull();
        assertThat(response).isNotNull();

        vm.form().priorities().get(0).outcomes().get(0).targetProperty().set("80");
        vm.form().consultation().get(0).summaryProperty().set("More nurses at night");
        vm.save(null);
        Prospectus again = vm.loadedProperty().get();
        assertThat(again.priorities().get(0).outcomes().get(0).target()).isEqualByComparingTo("80");
        assertThat(again.priorities().get(0).outcomes().get(0).uid()).isEqualTo(measure);
        assertThat(again.consultation().get(0).summary()).isEqualTo("More nurses at night");
        assertThat(again.consultation().get(0).uid()).isEqualTo(response);
    }

    /** What a step dialog would be told: done, or the refusal it shows. */
    private static final class Answers implements StepAnswer {
        final List<String> heard = new ArrayList<>();

        @Override
        public void done() {
            heard.add("done");
        }

        @Override
        public void refused(String why) {
            heard.add(why);
        }
    }

    @Test
    void theWorkflowFromTheEditorEndsReadOnly() {
        PriorityForm f = startCamden();
        OutcomeForm o = vm.addOutcome(f);
        o.indicatorProperty().set("Call to balloon within 150 minutes");
        o.targetProperty().set("90");
        vm.save(null);
        Answers answers = new Answers();
        LocalDate january = LocalDate.of(2007, 1, 8);
        vm.sendToConsultation(january, LocalDate.of(2007, 4, 2), answers);
        assertThat(vm.loadedProperty().get().status()).isEqualTo(ProspectusStatus.CONSULTATION);
        assertThat(vm.loadedProperty().get().consultationPeriod().opened()).isEqualTo(january);
        assertThat(vm.editableProperty().get()).isTrue();
        vm.approve(LocalDate.of(2007, 3, 14), false, answers);
        assertThat(vm.editableProperty().get()).isFalse();
        vm.publish(answers);
        assertThat(vm.loadedProperty().get().status()).isEqualTo(ProspectusStatus.PUBLISHED);
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.statusChanges()).hasSize(4);
        assertThat(answers.heard).containsExactly("done", "done", "done");
        vm.sendToConsultation(january, LocalDate.of(2007, 4, 2), null);
        assertThat(vm.messageProperty().get()).contains("only a prospectus that is draft");
    }

    @Test
    void aStepRefusedFromItsDialogIsToldToTheDialogAndNotTheMessageLine() {
        PriorityForm f = startCamden();
        OutcomeForm o = vm.addOutcome(f);
        o.indicatorProperty().set("Call to balloon within 150 minutes");
        o.targetProperty().set("90");
        vm.save(null);
        Answers answers = new Answers();
        vm.sendToConsultation(LocalDate.of(2007, 1, 8), LocalDate.of(2007, 1, 8), answers);
        assertThat(answers.heard).containsExactly("The consultation must close after it opens (08/01/2007)");
        assertThat(vm.loadedProperty().get().status()).isEqualTo(ProspectusStatus.DRAFT);
        assertThat(vm.messageProperty().get()).doesNotContain("close");
        vm.sendToConsultation(LocalDate.of(2007, 1, 8), LocalDate.of(2007, 4, 2), answers);
        vm.approve(LocalDate.of(2007, 1, 1), false, answers);
        assertThat(answers.heard).last().isEqualTo("The Board meeting cannot be before the consultation opened (08/01/2007)");
        assertThat(vm.loadedProperty().get().status()).isEqualTo(ProspectusStatus.CONSULTATION);
    }

    @Test
    void aRefusedSaveIsShownOnTheFieldAndOnceTheCauseIsRemovedTheNextSaveGoesThrough() {
        PriorityForm f = startCamden();
        f.specificationIds().add(999_999L); // a specification deleted since the list was read
        assertThat(vm.save(null)).isTrue(); // nothing in the form itself is wrong, so it is sent
        assertThat(vm.messageProperty().get()).startsWith("Not saved").contains("A linked specification no longer exists");
        assertThat(vm.error("priority.0.specifications")).startsWith("A linked specification no longer exists");
        assertThat(services.prospectuses().list()).isEmpty();

        f.specificationIds().clear();
        assertThat(vm.error("priority.0.specifications")).isNull();
        assertThat(vm.save(null)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved");
        assertThat(services.prospectuses().list()).hasSize(1);
    }

    @Test
    void theMessageLineSpeaksOfTheFormAsItIsNow() {
        PriorityForm f = startCamden();
        vm.form().titleProperty().set("");
        f.amountProperty(0).set("12.345");
        assertThat(vm.save(null)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Not saved: 2 problems need fixing (marked in red). Give the prospectus a title.");
        vm.form().titleProperty().set("Camden Commissioning Prospectus 2007/08");
        assertThat(vm.messageProperty().get()).startsWith("Not saved: 1 problem needs fixing");
        f.amountProperty(0).set("12.34");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).isFalse();

        assertThat(vm.save(null)).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Saved");
        vm.form().summaryProperty().set("A summary.");
        assertThat(vm.messageProperty().get()).as("a report of the last save goes on the next edit").isEmpty();
    }

    @Test
    void aMembersPrioritiesFromLondonAndItsLcgAreShownInheritedForTheChosenOwnerAndYear() {
        services.demo().apply();
        vm.startNew();
        vm.form().ownerProperty().set(owner("City and Hackney Teaching PCT"));
        vm.form().firstYearProperty().set(FinancialYear.parse("2007/08"));
        assertThat(vm.inherited()).isNotEmpty();
        assertThat(vm.inherited()).extracting(InheritedPriority::level).containsOnly(ProspectusLevel.LONDON, ProspectusLevel.LCG);
        vm.form().ownerProperty().set(owner("Camden PCT"));
        assertThat(vm.inherited()).extracting(InheritedPriority::level).containsOnly(ProspectusLevel.LONDON);
        vm.form().firstYearProperty().set(FinancialYear.parse("2008/09"));
        assertThat(vm.inherited()).isEmpty();
    }
}
