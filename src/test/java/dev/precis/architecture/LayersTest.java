package dev.precis.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The directions the packages may depend in (see docs/architecture.md), checked on the compiled
 * service: the engine and the text package are plain Java, a service never reaches up into a
 * REST layer, and no two feature packages depend on each other in a circle.
 */
class LayersTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.precis");

    @Test
    void shouldKeepTheEngineAndTextFreeOfFrameworks() {
        noClasses().that().resideInAnyPackage("dev.precis.summary", "dev.precis.text", "dev.precis.stories")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..")
                .because("the engine is plain Java: unit-tested without Quarkus and benchmarked with JMH directly")
                .check(SERVICE);
    }

    @Test
    void shouldKeepTheEngineFromTheStore() {
        noClasses().that().resideInAnyPackage("dev.precis.summary", "dev.precis.text")
                .should().dependOnClassesThat().resideInAnyPackage("dev.precis.corpus..", "dev.precis.article..", "dev.precis.event..",
                        "dev.precis.summaries..", "dev.precis.submission..", "dev.precis.problem..")
                .because("the store implements the engine's ports (TermStatistics); the engine names none of it")
                .check(SERVICE);
    }

    @Test
    void shouldKeepServicesFromTheRestLayer() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAPackage("..rest..")
                .because("resources map DTOs to domain types and call services, never the other way")
                .check(SERVICE);
    }

    @Test
    void shouldHaveNoCyclesBetweenFeatures() {
        slices().matching("dev.precis.(*)..")
                .should().beFreeOfCycles()
                .check(SERVICE);
    }
}
