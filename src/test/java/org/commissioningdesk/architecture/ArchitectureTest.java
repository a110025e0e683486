package org.commissioningdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the direction of dependencies of ../shared/design.md true: controller -> view model ->
 * service -> repository -> Jdbi/H2, never backwards.
 */
@AnalyzeClasses(packages = "org.commissioningdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> MODEL_RECORDS = new DescribedPredicate<>("model records (records of the feature packages)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false)
                    && !c.getPackageName().endsWith(".persistence") && !c.getPackageName().endsWith(".app")
                    && !c.getName().equals(org.commissioningdesk.common.ViewLoader.View.class.getName());
        }
    };

    @ArchTest
    static final ArchRule servicesKnowNoScreensAndNoSql = classes()
            .that().haveSimpleNameEndingWith("Service")
            .should().onlyDependOnClassesThat(DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                            "javafx.scene..", "java.sql..", "javax.sql..", "org.jdbi..", "org.h2..")))
            .because("services hold the rules and reach the database only through repositories and Transactions");

    @ArchTest
    static final ArchRule modelRecordsKnowNoScreensAndNoSql = noClasses()
            .that(MODEL_RECORDS)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..", "org.h2..")
            .because("model records are plain values");

    @ArchTest
    static final ArchRule viewModelsHoldNoControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Form")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "java.sql..", "org.jdbi..")
            .because("view models (and the forms they hold) keep state in javafx.beans properties and collections only");

    @ArchTest
    static final ArchRule onlyPersistenceAndRepositoriesKnowSql = noClasses()
            .that().resideOutsideOfPackage("org.commissioningdesk.persistence..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..", "org.flywaydb..")
            .because("only persistence/ and the repositories know SQL");

    @ArchTest
    static final ArchRule exportsKnowNoFeature = noClasses()
            .that().resideInAPackage("org.commissioningdesk.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.commissioningdesk.organisation..",
                    "org.commissioningdesk.prospectus..", "org.commissioningdesk.specification..",
                    "org.commissioningdesk.dashboard..", "org.commissioningdesk.demo..", "org.commissioningdesk.app..",
                    "org.commissioningdesk.cli..", "org.commissioningdesk.persistence..", "javafx..")
            .because("export/ holds the neutral document model and its writers; each feature builds its own document");

    @ArchTest
    static final ArchRule viewModelsOpenNoDialogsAndNoFiles = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Form")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..")
            .orShould().dependOnClassesThat().belongToAnyOf(org.commissioningdesk.common.Dialogs.class,
                    java.nio.file.Files.class, java.io.File.class, java.io.FileInputStream.class,
                    java.io.FileOutputStream.class, java.io.FileReader.class, java.io.FileWriter.class)
            .because("a view model is tested without a window or a disk: the screen asks the person, a service reads"
                    + " and writes files");

    @ArchTest
    static final ArchRule controllersGoThroughViewModels = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().belongToAnyOf(org.commissioningdesk.persistence.Database.class,
                    org.commissioningdesk.persistence.Transactions.class, org.commissioningdesk.persistence.Tx.class)
            .because("controllers talk to view models and services, never to the database or its repositories");

    @ArchTest
    static final ArchRule controllersDoNotReachIntoEachOther = noClasses()
            .that().haveSimpleNameEndingWith("Controller")
            .and().doNotHaveSimpleName("MainWindowController")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
            .because("screens talk through view models and services, not through each other");

    @ArchTest
    static final ArchRule nothingButTheDatabaseAndRepositoriesTouchesTheHandle = noClasses()
            .that().haveSimpleNameNotEndingWith("Repository")
            .and().resideOutsideOfPackage("org.commissioningdesk.persistence..")
            .should().callMethod(org.commissioningdesk.persistence.Tx.class, "handle");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOtherInCircles = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("org.commissioningdesk.(*)..")
            .should().beFreeOfCycles()
            // The shells (app: the window; cli: the command line) wire the features together and start each other.
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "org.commissioningdesk.app..", "org.commissioningdesk.cli.."), DescribedPredicate.alwaysTrue())
            .because("a feature may use another (prospectus -> specification), never both ways round");
}
