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
                Arguments.of("exported records are classified",
                        (Function<String, ArchRule>) ArchitectureRules::exportedRecordsAreClassified,
                        "fixtures.unclassified"),
                Arguments.of("examples use only the API",
                        (Function<String, ArchRule>) ArchitectureRules::examplesUseOnlyTheApi, "fixtures.internal"),
                Arguments.of("the broker relay uses only the programme's API",
                        (Function<String, ArchRule>) ArchitectureRules::brokerRelayUsesOnlyTheProgrammeApi,
                        "fixtures.relay"),
                Arguments.of("item15: every front-door method runs through the pipeline",
                        (Function<String, ArchRule>) ArchitectureRules::frontDoorMethodsRunThroughThePipeline,
                        "fixtures.pipeline"),
                Arguments.of("item15: only the pipeline opens transactions and audits",
                        (Function<String, ArchRule>) ArchitectureRules::onlyThePipelineOpensTransactionsAndAudits,
                        "fixtures.pipeline"),
                Arguments.of("only the plugin platform uses ServiceLoader",
                        (Function<String, ArchRule>) ArchitectureRules::onlyThePluginPlatformUsesServiceLoader,
                        "fixtures.plugins"),
                Arguments.of("every SPI extends the plugin root",
                        (Function<String, ArchRule>) ArchitectureRules::everySpiExtendsThePluginRoot,
                        "fixtures.plugins"),
                Arguments.of("the programme reads records through their cached shape",
                        (Function<String, ArchRule>) ArchitectureRules::programmeReadsRecordsThroughTheirShape,
                        "fixtures.recordshape"));
    }

    @ParameterizedTest(name = "{0} holds for DVPP Kit")
    @MethodSource("rules")
    void ruleHoldsForTheRealCode(String name, Function<String, ArchRule> rule, String fixtureRoot) {
        rule.apply("org.dvpp").check(production);
    }

    @Test
    void item20_noClassButTheSharedCleartextKeysetReaderTouchesSecretKeyMaterialInClear() {
        ArchitectureRules.noCleartextKeyMaterialOutsideTheDevelopmentKeysetClass("org.dvpp").check(production);
        // the allowed class really does, so the rule is not vacuous for the real code
        assertThat(production.get("org.dvpp.storage.spi.internal.CleartextKeysets").getDirectDependenciesFromSelf())
                .anySatisfy(d -> assertThat(d.getTargetClass().getName())
                        .isEqualTo("com.google.crypto.tink.InsecureSecretKeyAccess"));
        // and the two classes the rule used to allow now read and write their keysets through it
        for (String user : new String[] {"org.dvpp.storage.jdbc.internal.KeysetTool",
            "org.dvpp.programme.ResearchExportKey"}) {
            assertThat(production.get(user).getDirectDependenciesFromSelf()).as(user)
                    .anySatisfy(d -> assertThat(d.getTargetClass().getName())
                            .isEqualTo("org.dvpp.storage.spi.internal.CleartextKeysets"));
        }
        JavaClasses fixture = new ClassFileImporter().importPackages("fixtures.cleartext");
        // the fixture's own copies of the formerly allowed classes are caught; only the shared reader is not
        assertThatThrownBy(() -> ArchitectureRules.noCleartextKeyMaterialOutsideTheDevelopmentKeysetClass(
                "fixtures.cleartext").check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyKeys.read").hasMessageContaining("KeysetTool.read")
                .hasMessageContaining("ResearchExportKey.write")
                .hasMessageNotContaining("CleartextKeysets.parse");
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
    void onlyTheRecordShapeReadsRecordComponentsInTheProgrammeAndTheFixtureWalkerIsCaught() {
        ArchitectureRules.programmeReadsRecordsThroughTheirShape("org.dvpp").check(production);
        // the subject access walker is among the classes checked, and the allowed class really reads components
        assertThat(production.contain("org.dvpp.programme.internal.SarWalker")).isTrue();
        assertThat(production.get("org.dvpp.programme.internal.RecordShape").getMethodCallsFromSelf())
                .anySatisfy(c -> assertThat(c.getTarget().getName()).isEqualTo("getRecordComponents"));
        JavaClasses fixture = new ClassFileImporter().importPackages("fixtures.recordshape");
        assertThatThrownBy(() -> ArchitectureRules.programmeReadsRecordsThroughTheirShape("fixtures.recordshape")
                .check(fixture)).isInstanceOf(AssertionError.class).hasMessageContaining("OwnWalker.first")
                .hasMessageNotContaining("RecordShape.size");
    }

    @Test
    void theBrokerRelayIsAmongTheClassesCheckedSoItsRuleIsNotVacuous() {
        assertThat(production.contain("org.dvpp.examples.relay.BrokerRelay")).isTrue();
        assertThat(production.contain("org.dvpp.examples.relay.PartnerSupportInbox")).isTrue();
    }

    @Test
    void examplesUseOnlyPackagesTheModuleDescriptorsExport() {
        java.util.Set<String> exported = ArchitectureRules.exportedPackages(production.that(
                com.tngtech.archunit.base.DescribedPredicate.describe("SDK classes",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName()
                                .startsWith("org.dvpp.examples"))));
        // read from the real descriptors: the front door and SPI are exported, internals are not (or only qualified)
        assertThat(exported).contains("org.dvpp.programme", "org.dvpp.programme.events", "org.dvpp.storage.spi",
                "org.dvpp.domain").doesNotContain("org.dvpp.programme.internal", "org.dvpp.storage.jdbc.internal");
        ArchitectureRules.examplesUseOnlyExportedPackages("org.dvpp", exported).check(production);
        // every example module is imported, so the rule is not vacuous for any of them
        for (String example : java.util.List.of("org.dvpp.examples.cli", "org.dvpp.examples.crm",
                "org.dvpp.examples.relay")) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().equals(example)))
                    .as("classes in %s", example).isTrue();
        }
        // and it fails on the fixture whose example reaches into an unexported package
        JavaClasses fixture = new ClassFileImporter().importPackages("fixtures.internal");
        assertThatThrownBy(() -> ArchitectureRules.examplesUseOnlyExportedPackages("fixtures.internal",
                java.util.Set.of()).check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
    }

    /**
     * An error message that tells the reader to call {@code Type.method(...)} names a public method that exists: every
     * string literal in the main sources of every module is searched for such a reference to one of the SDK's types.
     */
    @Test
    void everyMethodAMessageNamesExists() throws Exception {
        java.util.regex.Pattern literal = java.util.regex.Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"");
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("\\b([A-Z][A-Za-z]+)\\.([a-z][A-Za-z]*)\\(");
        java.util.Map<String, java.util.List<com.tngtech.archunit.core.domain.JavaClass>> bySimpleName =
                production.stream().filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier
                        .PUBLIC)).collect(java.util.stream.Collectors.groupingBy(
                                com.tngtech.archunit.core.domain.JavaClass::getSimpleName));
        java.util.List<String> checked = new java.util.ArrayList<>();
        java.nio.file.Path root = java.nio.file.Path.of("..").toAbsolutePath().normalize();
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    String t = line.strip();
                    if (t.startsWith("*") || t.startsWith("//")) {
                        continue;
                    }
                    java.util.regex.Matcher lit = literal.matcher(line);
                    while (lit.find()) {
                        java.util.regex.Matcher ref = reference.matcher(lit.group());
                        while (ref.find()) {
                            var types = bySimpleName.get(ref.group(1));
                            if (types == null) {
                                continue;
                            }
                            String method = ref.group(2);
                            assertThat(types.stream().anyMatch(c -> c.getAllMethods().stream().anyMatch(m ->
                                    m.getName().equals(method) && m.getModifiers().contains(
                                            com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))))
                                    .as("%s names %s.%s(...)", root.relativize(f), ref.group(1), method).isTrue();
                            checked.add(ref.group(1) + "." + method);
                        }
                    }
                }
            }
        }
        // not vacuous: the keyset messages of storage-spi are among them
        assertThat(checked).contains("KeyProviders.generateKeysetFile", "KeyProviders.keysetFile");
    }

    @Test
    void theCrmExampleNeedsOnlyTheFrontDoorAndNoGuice() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that()
                .resideInAPackage("org.dvpp.examples.crm..").should().dependOnClassesThat()
                .resideInAnyPackage("org.dvpp.storage.jdbc..", "com.google.inject..", "org.dvpp.guice..")
                .as("the CRM embedding uses the front door and the storage SPI only, and no Guice")
                .check(production);
    }

    @Test
    void everyModuleOfTheTableHasClassesSoTheArrowsAreNotVacuous() {
        for (String module : ArchitectureRules.MODULES) {
            assertThat(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.dvpp." + module)))
                    .as("classes in org.dvpp.%s", module).isTrue();
        }
    }
}
