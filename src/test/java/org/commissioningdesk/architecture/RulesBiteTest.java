package org.commissioningdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule fails on the fixture class written to break it: a rule that cannot fail keeps nothing true. */
class RulesBiteTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "org.commissioningdesk.architecture.fixtures", "org.commissioningdesk.export.fixtures",
            "org.commissioningdesk.archfixturea", "org.commissioningdesk.archfixtureb");

    static java.util.stream.Stream<Map.Entry<String, ArchRule>> rules() {
        return Map.ofEntries(
                Map.entry("LeakyService", ArchitectureTest.servicesKnowNoScreensAndNoSql),
                Map.entry("LeakyRecord", ArchitectureTest.modelRecordsKnowNoScreensAndNoSql),
                Map.entry("ButtonViewModel", ArchitectureTest.viewModelsHoldNoControls),
                Map.entry("DiskViewModel", ArchitectureTest.viewModelsOpenNoDialogsAndNoFiles),
                Map.entry("SqlHelper", ArchitectureTest.onlyPersistenceAndRepositoriesKnowSql),
                Map.entry("FeatureAwareWriter", ArchitectureTest.exportsKnowNoFeature),
                Map.entry("DatabaseController", ArchitectureTest.controllersGoThroughViewModels),
                Map.entry("NosyController", ArchitectureTest.controllersDoNotReachIntoEachOther),
                Map.entry("HandleGrabber", ArchitectureTest.nothingButTheDatabaseAndRepositoriesTouchesTheHandle),
                Map.entry("CycleA", ArchitectureTest.featuresDoNotDependOnEachOtherInCircles)).entrySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void eachRuleFailsOnTheClassWrittenToBreakIt(Map.Entry<String, ArchRule> case_) {
        EvaluationResult result = case_.getValue().evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(case_.getValue().getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(case_.getKey());
    }
}
