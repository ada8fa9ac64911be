package org.dvpp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of ARCHITECTURE.md as ArchUnit rules, each built for a package root so that the same rule can be checked
 * against the real code ({@code org.dvpp}) and against a deliberately bad fixture (proving it is not vacuous).
 */
final class ArchitectureRules {

    /** Module package (relative to the root) and the module packages it may depend on. */
    static final Map<String, List<String>> ARROWS = new LinkedHashMap<>();

    static {
        ARROWS.put("domain", List.of());
        ARROWS.put("plugin", List.of("domain"));
        ARROWS.put("assessment", List.of("domain", "plugin"));
        ARROWS.put("curriculum", List.of("domain", "plugin"));
        ARROWS.put("storage.spi", List.of("domain", "plugin"));
        ARROWS.put("storage.tck", List.of("domain", "plugin", "storage.spi"));
        ARROWS.put("storage.jdbc", List.of("domain", "plugin", "storage.spi"));
        ARROWS.put("reporting", List.of("domain", "plugin", "storage.spi"));
        ARROWS.put("programme", List.of("domain", "plugin", "assessment", "curriculum", "storage.spi", "reporting"));
        ARROWS.put("guice", List.of("domain", "plugin", "assessment", "curriculum", "storage.spi", "reporting",
                "programme"));
    }

    /** Every module package, so that each arrow rule can forbid the others. */
    static final List<String> MODULES = List.of("domain", "plugin", "assessment", "curriculum", "storage.spi", "storage.tck",
            "storage.jdbc", "reporting", "programme", "guice", "examples");

    private ArchitectureRules() {
    }

    /** Arrows only point down the module table: a module uses only the modules it is allowed to. */
    static ArchRule moduleArrows(String root) {
        List<ArchRule> rules = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ARROWS.entrySet()) {
            List<String> forbidden = new ArrayList<>();
            for (String m : MODULES) {
                if (!m.equals(e.getKey()) && !e.getValue().contains(m) && !m.startsWith(e.getKey() + ".")) {
                    forbidden.add(root + "." + m + "..");
                }
            }
            rules.add(noClasses().that().resideInAPackage(root + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .as("module " + e.getKey() + " depends only on " + e.getValue())
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules).as("arrows only point down the module table");
    }

    /**
     * No cycles between packages. A package's {@code spi} and {@code internal} sub-packages count as part of it: the SPI
     * returns the API's values and the API loads the SPI's plugins, the internals implement the API and the API's
     * factories create them; those are the only cycles the design allows. Every other pair of packages (domain.casework
     * and domain.group, programme and curriculum, ...) must be acyclic.
     */
    static ArchRule noPackageCycles(String root) {
        SliceAssignment byPackage = new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.equals(root) && !p.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String family = p.replaceFirst("\\.(spi|internal)(\\..*)?$", "");
                if (family.equals(root + ".storage")) {
                    family = p; // org.dvpp.storage.spi is a module of its own, not a sub-package
                }
                return SliceIdentifier.of(family);
            }

            @Override
            public String getDescription() {
                return "packages under " + root + " (each with its spi and internal sub-packages)";
            }
        };
        return slices().assignedFrom(byPackage).should().beFreeOfCycles().as("no cycles between packages");
    }

    /** The domain knows nothing of JDBC, JSON, Guice or logging frameworks. */
    static ArchRule domainIsPure(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..",
                        "tools.jackson..", "com.fasterxml.jackson..",
                        "com.google.inject..", "jakarta.inject..",
                        "org.slf4j..", "java.util.logging..", "org.apache.logging..", "ch.qos.logback..")
                .as("domain is free of JDBC, JSON, Guice and logging frameworks");
    }

    /**
     * One plugin mechanism: only the plugin platform asks {@link java.util.ServiceLoader} for plugins (every SPI loads
     * through {@code org.dvpp.plugin.PluginLoader}, with its one class-loader policy and its rules).
     */
    static ArchRule onlyThePluginPlatformUsesServiceLoader(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".plugin..")
                .and().resideOutsideOfPackage(root + ".examples..")
                .should().callMethod(java.util.ServiceLoader.class, "load", Class.class)
                .orShould().callMethod(java.util.ServiceLoader.class, "load", Class.class, ClassLoader.class)
                .orShould().callMethod(java.util.ServiceLoader.class, "load", ModuleLayer.class, Class.class)
                .as("only the plugin platform calls ServiceLoader.load");
    }

    /**
     * Every SPI (an interface that declares an {@code SPI_VERSION}) extends the plugin root, so its plugins have an id
     * and an abstract SPI version that each plugin compiles in.
     */
    static ArchRule everySpiExtendsThePluginRoot(String root) {
        return classes().that().resideInAPackage(root + "..").and().areInterfaces()
                .and(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("declare SPI_VERSION") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.tryGetField("SPI_VERSION").isPresent();
                    }
                })
                .should().beAssignableTo(root + ".plugin.Plugin")
                .as("every SPI extends the plugin root");
    }

    /** Library modules never write to standard streams or use java.util.logging; only examples and benchmarks may print. */
    static ArchRule librariesDoNotPrint(String root) {
        String[] libraries = ARROWS.keySet().stream().map(m -> root + "." + m + "..").toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(libraries)
                .should(ACCESS_STANDARD_STREAMS).orShould(USE_JAVA_UTIL_LOGGING)
                .as("library modules use neither System.out/System.err nor java.util.logging");
    }

    /** The programme's one reader of record types (relative to the root); see {@link #programmeReadsRecordsThroughTheirShape}. */
    static final String RECORD_SHAPE_CLASS = "programme.internal.RecordShape";

    /**
     * The front door's record walkers (validator, redactor, codecs, the subject access walker) read a record type's
     * components and their annotations through the cached {@code RecordShape}, never each on its own: reading them
     * reflectively on every record costs more than the walk, and one reader means one view of a type's data classes.
     */
    static ArchRule programmeReadsRecordsThroughTheirShape(String root) {
        return noClasses().that().resideInAPackage(root + ".programme..")
                .and().doNotHaveFullyQualifiedName(root + "." + RECORD_SHAPE_CLASS)
                .should().callMethod(Class.class, "getRecordComponents")
                .as("only " + RECORD_SHAPE_CLASS + " reads record components in the programme module");
    }

    /** Tink's ways to reach secret key material in clear, and the cleartext keyset readers and writers. */
    static final List<String> CLEARTEXT_KEY_ACCESS = List.of("com.google.crypto.tink.InsecureSecretKeyAccess",
            "com.google.crypto.tink.SecretKeyAccess", "com.google.crypto.tink.CleartextKeysetHandle",
            "com.google.crypto.tink.JsonKeysetReader", "com.google.crypto.tink.BinaryKeysetReader",
            "com.google.crypto.tink.JsonKeysetWriter", "com.google.crypto.tink.BinaryKeysetWriter",
            "com.google.crypto.tink.LegacyKeysetSerialization", "com.google.crypto.tink.KeysetReader",
            "com.google.crypto.tink.KeysetWriter");

    /**
     * The one class allowed to read and write keysets in clear (relative to the root): storage-spi's shared reader,
     * exported only to the programme (the research export's key) and storage-jdbc (the development keysets).
     */
    static final String CLEARTEXT_KEYSET_CLASS = "storage.spi.internal.CleartextKeysets";

    /**
     * Item 20: no class reads or writes secret key material in clear ({@link #CLEARTEXT_KEY_ACCESS}, or Tink's
     * keyset-format methods that take a {@code SecretKeyAccess}) but the shared cleartext keyset reader
     * {@value #CLEARTEXT_KEYSET_CLASS}. Storage's development keysets ({@code KeyProviders.keysetFile}, {@code Keysets},
     * warned about or refused, {@code keys.cleartext=refuse}, when storage loads them) and the research export's key
     * files go through it; nothing else, not even their own classes, names Tink's cleartext access.
     */
    static ArchRule noCleartextKeyMaterialOutsideTheDevelopmentKeysetClass(String root) {
        DescribedPredicate<JavaClass> cleartextAccess = DescribedPredicate.describe("Tink cleartext key access",
                c -> CLEARTEXT_KEY_ACCESS.contains(c.getName()));
        DescribedPredicate<JavaMethodCall> secretFormatCall = DescribedPredicate.describe(
                "a Tink keyset-format method taking SecretKeyAccess", call -> {
                    String owner = call.getTargetOwner().getName();
                    return (owner.equals("com.google.crypto.tink.TinkJsonProtoKeysetFormat")
                            || owner.equals("com.google.crypto.tink.TinkProtoKeysetFormat"))
                            && call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(t -> t.getName().equals("com.google.crypto.tink.SecretKeyAccess"));
                });
        return noClasses().that().resideInAPackage(root + "..")
                .and().doNotHaveFullyQualifiedName(root + "." + CLEARTEXT_KEYSET_CLASS)
                .should().dependOnClassesThat(cleartextAccess).orShould().callMethodWhere(secretFormatCall)
                .as("item20: only " + CLEARTEXT_KEYSET_CLASS + " touches secret key material in clear");
    }

    /**
     * Every public record a library module exports has been given its data classes ({@code @Classified}): the
     * redaction step of the pipeline withholds what a caller may not read by those classes, so an unclassified record
     * could carry partner, child or health data past it unseen. Internals, examples and benchmarks are exempt.
     */
    static ArchRule exportedRecordsAreClassified(String root) {
        String[] libraries = ARROWS.keySet().stream().map(m -> root + "." + m + "..").toArray(String[]::new);
        return classes().that(RECORDS).and().arePublic().and().resideInAnyPackage(libraries)
                .and().resideOutsideOfPackage(root + "..internal..")
                .should().beAnnotatedWith("org.dvpp.domain.Classified")
                .as("every exported record of a library module is @Classified");
    }

    private static final DescribedPredicate<JavaClass> RECORDS = DescribedPredicate.describe("are records",
            JavaClass::isRecord);

    /** Programme never names the JDBC storage: it finds storage through StorageProvider. */
    static ArchRule programmeFindsStorageThroughTheSpi(String root) {
        return noClasses().that().resideInAPackage(root + ".programme..")
                .should().dependOnClassesThat().resideInAPackage(root + ".storage.jdbc..")
                .as("programme never names storage-jdbc");
    }

    /**
     * Examples use only the exported API, never an internal package of the SDK's modules. An example app's own
     * implementation may live in its own {@code ..internal} package (the web console does); one example reaching into
     * another's is refused by the module system, as neither exports it.
     */
    static ArchRule examplesUseOnlyTheApi(String root) {
        return noClasses().that().resideInAPackage(root + ".examples..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage(root + ".(*)..internal..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                        root + ".examples.."))))
                .as("examples use only exported API, never the SDK's ..internal.. packages");
    }

    /**
     * The broker relay is a listener on the programme's exported API: it never names a storage implementation or SPI,
     * the Guice wiring, an internal package, or the demo cohort (which only its tests use).
     */
    static ArchRule brokerRelayUsesOnlyTheProgrammeApi(String root) {
        return noClasses().that().resideInAPackage(root + ".examples.relay..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".storage..", root + ".guice..",
                        root + ".(*)..internal..", root + ".examples.demo..", root + ".examples.cli..")
                .as("the broker relay uses only the programme's exported API");
    }

    /**
     * Examples use only packages their modules export: every dependency of an example on the SDK lands in a package
     * that a module descriptor exports to everyone (qualified exports, such as the programme's internals to the
     * optional Guice module, do not count).
     *
     * @param root the package root
     * @param exported the packages exported to everyone
     */
    static ArchRule examplesUseOnlyExportedPackages(String root, java.util.Set<String> exported) {
        return noClasses().that().resideInAPackage(root + ".examples..")
                .should().dependOnClassesThat(DescribedPredicate.describe("are in an SDK package no module exports",
                        (JavaClass c) -> c.getPackageName().startsWith(root + ".")
                                && !c.getPackageName().startsWith(root + ".examples.")
                                && !exported.contains(c.getPackageName())))
                .as("examples use only packages exported by the SDK's module descriptors");
    }

    /**
     * The packages the modules that hold these classes export to everyone, read from their module descriptors (the
     * {@code module-info.class} in each jar or classes directory).
     *
     * @param classes the imported SDK classes
     * @return the unqualified exports
     */
    static java.util.Set<String> exportedPackages(Iterable<JavaClass> classes) {
        java.util.Set<java.nio.file.Path> locations = new java.util.LinkedHashSet<>();
        for (JavaClass c : classes) {
            try {
                java.security.CodeSource source = Class.forName(c.getName(), false,
                        ArchitectureRules.class.getClassLoader()).getProtectionDomain().getCodeSource();
                if (source != null) {
                    locations.add(java.nio.file.Path.of(source.getLocation().toURI()));
                }
            } catch (ReflectiveOperationException | java.net.URISyntaxException | LinkageError e) {
                throw new IllegalStateException("cannot locate " + c.getName(), e);
            }
        }
        java.util.Set<String> exported = new java.util.TreeSet<>();
        for (java.nio.file.Path location : locations) {
            for (java.lang.module.ModuleReference m : java.lang.module.ModuleFinder.of(location).findAll()) {
                m.descriptor().exports().stream().filter(e -> !e.isQualified())
                        .forEach(e -> exported.add(e.source()));
            }
        }
        return exported;
    }

    /**
     * Every front-door method (a public method of the programme's internals that takes the acting user) runs through the
     * pipeline: it calls {@code Kernel.run}, which checks permission, validates, opens the transaction, redacts and
     * audits. A method that bypasses it fails the build.
     */
    static ArchRule frontDoorMethodsRunThroughThePipeline(String root) {
        return methods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(root + ".programme.internal")
                .and(new DescribedPredicate<JavaMethod>("take the acting user") {
                    @Override
                    public boolean test(JavaMethod m) {
                        return m.getRawParameterTypes().stream().anyMatch(t -> t.getSimpleName().equals("ActingUser"));
                    }
                })
                .should(new ArchCondition<JavaMethod>("call Kernel.run") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean runs = runsPipeline(m, new java.util.HashSet<>());
                        if (!runs) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName()
                                    + " does not run through the pipeline (Kernel.run)"));
                        }
                    }
                })
                .as("every front-door method runs through the one pipeline");
    }

    /** Whether a method calls Kernel.run, itself or through a method of its own class. */
    private static boolean runsPipeline(JavaMethod m, java.util.Set<JavaMethod> seen) {
        if (!seen.add(m)) {
            return false;
        }
        for (JavaMethodCall c : m.getMethodCallsFromSelf()) {
            if (c.getTargetOwner().getSimpleName().equals("Kernel") && c.getName().equals("run")) {
                return true;
            }
            if (c.getTargetOwner().equals(m.getOwner())) {
                java.util.Optional<JavaMethod> own = c.getTarget().resolveMember();
                if (own.isPresent() && runsPipeline(own.get(), seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Only the pipeline (the class named Kernel) opens transactions and writes audit entries in the programme. */
    static ArchRule onlyThePipelineOpensTransactionsAndAudits(String root) {
        return noClasses().that().resideInAPackage(root + ".programme..").and().doNotHaveSimpleName("Kernel")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a transaction or an audit write") {
                    @Override
                    public boolean test(JavaMethodCall c) {
                        String owner = c.getTargetOwner().getSimpleName();
                        return (owner.equals("Storage") && (c.getName().equals("inTransaction")
                                || c.getName().equals("readOnly")))
                                || (owner.equals("AuditLog") && c.getName().equals("append"));
                    }
                })
                .as("only the pipeline opens transactions and writes audit entries");
    }
}
