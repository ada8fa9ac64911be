package org.dvpp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the architecture rules on the real code, and shows that each rule fails on a fixture built to break it.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dvpp");
    }

    /** Each rule, with the fixture package that breaks it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("module arrows", (Function<String, ArchRule>) ArchitectureRules::moduleArrows,
                        "fixtures.arrows"),
                Arguments.of("no package cycles", (Function<String, ArchRule>) ArchitectureRules::noPackageCycles,
                        "fixtures.cycles"),
                Arguments.of("domain is pure", (Function<String, ArchRule>) ArchitectureRules::domainIsPure,
                        "fixtures.impuredomain"),
                Arguments.of("libraries do not print",
                        (Function<String, ArchRule>) ArchitectureRules::librariesDoNotPrint, "fixtures.printing"),
                Arguments.of("programme finds storage through the SPI",
                        (Function<String, ArchRule>) ArchitectureRules::programmeFindsStorageThroughTheSpi,
                        "fixtures.arrows"),
                Arguments.of("examples use only the API",
                        (Function<String, ArchRule>) ArchitectureRules::examplesUseOnlyTheApi, "fixtures.internal"),
                Arguments.of("item15: every front-door method runs through the pipeline",
                        (Function<String, ArchRule>) ArchitectureRules::frontDoorMethodsRunThroughThePipeline,
                        "fixtures.pipeline"),
                Arguments.of("item15: only the pipeline opens transactions and audits",
                        (Function<String, ArchRule>) ArchitectureRules::onlyThePipelineOpensTransactionsAndAudits,
                        "fixtures.pipeline"));
    }

    @ParameterizedTest(name = "{0} holds for DVPP Kit")
    @MethodSource("rules")
    void ruleHoldsForTheRealCode(String name, Function<String, ArchRule> rule, String fixtureRoot) {
        rule.apply("org.dvpp").check(production);
    }

    @Test
    void theWebConsoleIsAmongTheClassesTheRulesCheck() {
        // so that "examples use only the API" and the arrows are not vacuous for it
        assertThat(production.contain("org.dvpp.examples.console.Console")).isTrue();
        assertThat(production.contain("org.dvpp.examples.console.internal.Web")).isTrue();
        assertThat(production.get("org.dvpp.examples.console.internal.Web").getDirectDependenciesFromSelf())
                .anySatisfy(d -> assertThat(d.getTargetClass().getPackageName()).isEqualTo("org.dvpp.programme"))
                .noneSatisfy(d -> assertThat(d.getTargetClass().getPackageName())
                        .matches("org\\.dvpp\\.(programme|storage|reporting|curriculum|assessment|domain).*\\.internal.*"));
    }

    @ParameterizedTest(name = "{0} fails on its bad fixture")
    @MethodSource("rules")
    void ruleFailsOnABadFixture(String name, Function<String, ArchRule> rule, String fixtureRoot) {
        JavaClasses fixture = new ClassFileImporter().importPackages(fixtureRoot);
        assertThat(fixture).isNotEmpty();
        assertThatThrownBy(() -> rule.apply(fixtureRoot).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }

    @Test
    void item15_everyFrontDoorMethodRunsThroughThePipelineAndOnlyThePipelineOpensTransactionsAndAudits() {
        ArchitectureRules.frontDoorMethodsRunThroughThePipeline("org.dvpp").check(production);
        ArchitectureRules.onlyThePipelineOpensTransactionsAndAudits("org.dvpp").check(production);
        // and the rule is not vacuous: the front door has many such methods
        assertThat(production.get("org.dvpp.programme.internal.CasesImpl").getMethods().stream()
                .filter(m -> m.getRawParameterTypes().stream().anyMatch(t -> t.getSimpleName().equals("ActingUser")))
                .count()).isGreaterThan(15);
    }

    @Test
    void everyModuleOfTheTableHasClassesSoTheArrowsAreNotVacuous() {
        for (String module : ArchitectureRules.MODULES) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.dvpp." + module)))
                    .as("classes in org.dvpp.%s", module).isTrue();
        }
    }
}
