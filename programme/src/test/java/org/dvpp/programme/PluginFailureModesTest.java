package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumPluginException;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginException;
import org.dvpp.plugin.PluginKind;
import org.dvpp.plugin.PluginLoader;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageProvider;
import org.dvpp.storage.spi.StorageProviders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one suite of plugin failure modes, run for every kind of plugin the SDK has. The plugins are compiled here, as a
 * third party would build them: modular jars for discovery in a module layer, and an old plugin compiled against an
 * older copy of its SPI (so the older constant is inlined into its class) that then runs on this SDK.
 */
class PluginFailureModesTest {

    /**
     * One kind of plugin.
     *
     * @param kind the kind
     * @param body the rest of a plugin's methods, in Java source
     * @param register registers one plugin explicitly through the SPI's own entry point
     * @param expected the exception type the entry point throws
     */
    record Kind(PluginKind<?> kind, String body, Consumer<Plugin> register, Class<? extends PluginException> expected) {
        String spi() {
            return kind.type().getName();
        }

        @Override
        public String toString() {
            return kind.name();
        }
    }

    static final List<Kind> KINDS = List.of(
            new Kind(InstrumentProvider.KIND, "public java.util.List<org.dvpp.assessment.Instrument> instruments() "
                    + "{ return java.util.List.of(); }",
                    p -> InstrumentRegistry.builder().addProvider((InstrumentProvider) p).build(),
                    InstrumentPluginException.class),
            new Kind(CurriculumProvider.KIND, "public java.util.List<org.dvpp.curriculum.Curriculum> curricula() "
                    + "{ return java.util.List.of(); }",
                    p -> CurriculumCatalogue.builder().add((CurriculumProvider) p).build(),
                    CurriculumPluginException.class),
            new Kind(HolidayCalendar.KIND, "public int firstYear() { return 2000; } public int lastYear() "
                    + "{ return 2100; } public java.util.Map<java.time.LocalDate, String> holidays(int y) "
                    + "{ return java.util.Map.of(); }",
                    p -> HolidayCalendars.builder().add((HolidayCalendar) p).build(), CurriculumPluginException.class),
            new Kind(StorageProvider.KIND, "public org.dvpp.storage.spi.Storage open(org.dvpp.storage.spi.StorageConfig "
                    + "c) { throw new UnsupportedOperationException(); }",
                    p -> StorageProviders.combine(List.of((StorageProvider) p), false), PluginException.class),
            new Kind(KeyProvider.KIND, "public org.dvpp.storage.spi.DataKeyset dataKeyset() "
                    + "{ throw new UnsupportedOperationException(); }",
                    p -> StorageConfig.builder(new org.h2.jdbcx.JdbcDataSource()).keyProvider((KeyProvider) p).build(),
                    PluginException.class),
            new Kind(EligibilityRule.KIND, "public org.dvpp.programme.EligibilityVerdict evaluate("
                    + "org.dvpp.programme.EligibilityFacts f) { throw new UnsupportedOperationException(); }",
                    p -> PluginLoader.of(EligibilityRule.KIND).add((EligibilityRule) p),
                    org.dvpp.programme.PluginException.class),
            new Kind(ProgrammeEventListener.KIND, "public void onEvent(org.dvpp.programme.events.ProgrammeEvent e) {}",
                    p -> PluginLoader.of(ProgrammeEventListener.KIND).add((ProgrammeEventListener) p),
                    org.dvpp.programme.PluginException.class),
            new Kind(AccessPolicy.KIND, "public boolean allows(org.dvpp.programme.Role r, "
                    + "org.dvpp.programme.Permission p) { return false; } public boolean mayRead("
                    + "org.dvpp.programme.Role r, org.dvpp.domain.DataClass d) { return false; }",
                    p -> Dvpp.builder().accessPolicy((AccessPolicy) p), org.dvpp.programme.PluginException.class));

    @TempDir
    static Path dir;

    static Stream<Kind> kinds() {
        return KINDS.stream();
    }

    @BeforeAll
    static void compilePlugins() throws Exception {
        Path src = dir.resolve("src");
        List<String> modules = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            Kind kind = KINDS.get(k);
            String m = "acme.k" + k;
            write(src.resolve(m).resolve("module-info.java"), "module " + m + " { requires org.dvpp.programme; exports "
                    + m + "; provides " + kind.spi() + " with " + m + ".Good; }", sources);
            plugin(src.resolve(m), m, "Good", "acme-good", "", kind, sources);
            plugin(src.resolve(m), m, "Twin", "acme-good", "", kind, sources);
            plugin(src.resolve(m), m, "BadId", "Acme Good", "", kind, sources);
            plugin(src.resolve(m), m, "NoId", "", "", kind, sources);
            plugin(src.resolve(m), m, "Reserved", "dvpp-acme", "", kind, sources);
            String b = m + ".broken";
            write(src.resolve(b).resolve("module-info.java"), "module " + b + " { requires org.dvpp.programme; "
                    + "provides " + kind.spi() + " with " + b + ".Throwing; }", sources);
            plugin(src.resolve(b), b, "Throwing", "acme-throwing",
                    "public Throwing() { throw new IllegalStateException(\"no licence file\"); }", kind, sources);
            modules.add(m);
            modules.add(b);
        }
        List<String> cmd = new ArrayList<>(List.of(javac(), "--release", "17", "-p",
                System.getProperty("jdk.module.path"), "--module-source-path", src.toString(), "-d",
                dir.resolve("mods").toString()));
        cmd.addAll(sources);
        run(cmd);

        // an old plugin of each kind, compiled against an older copy of its SPI whose constant is one lower
        Path old = dir.resolve("old-src");
        List<String> oldSources = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            Kind kind = KINDS.get(k);
            String spi = kind.spi();
            String pkg = spi.substring(0, spi.lastIndexOf('.'));
            String simple = spi.substring(spi.lastIndexOf('.') + 1);
            write(old.resolve(spi.replace('.', '/') + ".java"), "package " + pkg + "; public interface " + simple
                    + " { int SPI_VERSION = " + (kind.kind().spiVersion() - 1) + "; String id(); int spiVersion(); }",
                    oldSources);
            write(old.resolve("acme/old/k" + k + "/Old.java"), "package acme.old.k" + k + "; public class Old implements "
                    + spi + " { public String id() { return \"acme-old\"; } public int spiVersion() { return "
                    + "SPI_VERSION; } }", oldSources);
        }
        List<String> oldCmd = new ArrayList<>(List.of(javac(), "--release", "17", "-d", dir.resolve("old").toString()));
        oldCmd.addAll(oldSources);
        run(oldCmd);
        // a legacy plugin of each kind, built when spiVersion() was a default method of the SPI, so it never
        // implemented it
        Path legacy = dir.resolve("legacy-src");
        List<String> legacySources = new ArrayList<>();
        for (int k = 0; k < KINDS.size(); k++) {
            Kind kind = KINDS.get(k);
            String spi = kind.spi();
            String pkg = spi.substring(0, spi.lastIndexOf('.'));
            String simple = spi.substring(spi.lastIndexOf('.') + 1);
            write(legacy.resolve(spi.replace('.', '/') + ".java"), "package " + pkg + "; public interface " + simple
                    + " { int SPI_VERSION = " + (kind.kind().spiVersion() - 1) + "; String id(); default int spiVersion() "
                    + "{ return SPI_VERSION; } }", legacySources);
            write(legacy.resolve("acme/legacy/k" + k + "/Legacy.java"), "package acme.legacy.k" + k + "; public class "
                    + "Legacy implements " + spi + " { public String id() { return \"acme-legacy\"; } }", legacySources);
        }
        List<String> legacyCmd = new ArrayList<>(List.of(javac(), "--release", "17", "-d",
                dir.resolve("legacy").toString()));
        legacyCmd.addAll(legacySources);
        run(legacyCmd);
        // only the plugins are shipped: at run time they meet this SDK's SPI, not the copy they were compiled against
        for (String out : List.of("old/org", "legacy/org")) {
            try (Stream<Path> s = Files.walk(dir.resolve(out))) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aLegacyPluginWithoutSpiVersionIsRefusedAsBuiltForAnOlderSpi(Kind kind) throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.resolve("legacy").toUri().toURL()},
                PluginFailureModesTest.class.getClassLoader())) {
            Plugin legacy = (Plugin) cl.loadClass("acme.legacy.k" + index(kind) + ".Legacy").getConstructor()
                    .newInstance();
            assertThatThrownBy(() -> kind.register().accept(legacy)).isInstanceOf(kind.expected())
                    .hasMessageContaining("'acme-legacy'").hasMessageContaining("has no spiVersion()")
                    .hasMessageContaining("older than version " + kind.kind().spiVersion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aPluginFoundInAModuleLayerIsLoggedWithItsModuleAndJar(Kind kind) throws Exception {
        ModuleLayer layer = layer("acme.k" + index(kind));
        var loaded = PluginLoader.of(kind.kind()).discover(layer).loaded();
        var info = loaded.stream().filter(l -> l.info().id().equals("acme-good")).findFirst().orElseThrow().info();
        assertThat(info.kind()).isEqualTo(kind.kind().name());
        assertThat(info.spiVersion()).isEqualTo(kind.kind().spiVersion());
        assertThat(info.className()).isEqualTo("acme.k" + index(kind) + ".Good");
        assertThat(info.origin()).startsWith("module acme.k" + index(kind)).contains(dir.resolve("mods").toString());
        assertThat(info.discovered()).isTrue();
        // one DEBUG line per plugin: kind, id, version, class, module and jar (the tests log at TRACE to a file)
        String log = Files.readString(Path.of(System.getProperty("dvpp.traceLog", "target/programme-trace.log")));
        assertThat(log).contains("DEBUG org.dvpp.plugin.PluginLoader - discovered " + kind.kind().name()
                + " 'acme-good' SPI version " + kind.kind().spiVersion() + ": acme.k" + index(kind) + ".Good from module acme.k"
                + index(kind) + " (" + dir.resolve("mods").resolve("acme.k" + index(kind)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void theSameClassRegisteredAndDiscoveredCountsOnce(Kind kind) throws Exception {
        ModuleLayer layer = layer("acme.k" + index(kind));
        Plugin good = instance(layer, "Good", kind);
        var loader = load(kind, good);
        loader.discover(layer).discover(layer);
        List<Plugin> same = loader.plugins().stream().filter(p -> p.id().equals("acme-good")).map(Plugin.class::cast)
                .toList();
        assertThat(same).containsExactly(good);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void twoClassesWithOneIdFailNamingBoth(Kind kind) throws Exception {
        ModuleLayer layer = layer("acme.k" + index(kind));
        Plugin twin = instance(layer, "Twin", kind);
        assertThatThrownBy(() -> load(kind, twin).discover(layer)).isInstanceOf(PluginException.class)
                .hasMessageContaining("'acme-good'").hasMessageContaining("acme.k" + index(kind) + ".Twin")
                .hasMessageContaining("acme.k" + index(kind) + ".Good");
        Plugin good = instance(layer, "Good", kind);
        assertThatThrownBy(() -> load(kind, good).add(cast(kind, twin))).isInstanceOf(PluginException.class)
                .hasMessageContaining(".Twin").hasMessageContaining(".Good");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anOldVersionPluginIsRefusedNamingBothVersions(Kind kind) throws Exception {
        try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.resolve("old").toUri().toURL()},
                PluginFailureModesTest.class.getClassLoader())) {
            Plugin old = (Plugin) cl.loadClass("acme.old.k" + index(kind) + ".Old").getConstructor().newInstance();
            int current = kind.kind().spiVersion();
            assertThat(old.spiVersion()).as("the older constant is compiled into the plugin").isEqualTo(current - 1);
            assertThatThrownBy(() -> kind.register().accept(old)).isInstanceOf(kind.expected())
                    .isInstanceOf(PluginException.class).hasMessageContaining("'acme-old'")
                    .hasMessageContaining("acme.old.k" + index(kind) + ".Old")
                    .hasMessageContaining("SPI version " + (current - 1))
                    .hasMessageContaining("implements version " + current);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aThrowingConstructorIsWrappedNamingTheClassAndCause(Kind kind) throws Exception {
        ModuleLayer layer = layer("acme.k" + index(kind) + ".broken");
        assertThatThrownBy(() -> PluginLoader.of(kind.kind()).discover(layer)).isInstanceOf(kind.expected())
                .hasMessageContaining("acme.k" + index(kind) + ".broken.Throwing")
                .hasMessageContaining("module acme.k" + index(kind) + ".broken")
                .hasMessageContaining("IllegalStateException: no licence file");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void invalidEmptyAndReservedIdsAreRefusedThroughTheEntryPoint(Kind kind) throws Exception {
        ModuleLayer layer = layer("acme.k" + index(kind));
        for (String cls : List.of("BadId", "NoId")) {
            Plugin p = instance(layer, cls, kind);
            assertThatThrownBy(() -> kind.register().accept(p)).isInstanceOf(kind.expected())
                    .hasMessageContaining("invalid id").hasMessageContaining(cls);
        }
        Plugin reserved = instance(layer, "Reserved", kind);
        assertThatThrownBy(() -> kind.register().accept(reserved)).isInstanceOf(kind.expected())
                .hasMessageContaining("'dvpp-acme'").hasMessageContaining("reserved");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aGoodPluginPassesTheEntryPoint(Kind kind) throws Exception {
        kind.register().accept(instance(layer("acme.k" + index(kind)), "Good", kind));
    }

    private static PluginLoader<? extends Plugin> load(Kind kind, Plugin p) {
        return loaderWith(kind.kind(), p);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Plugin> PluginLoader<T> loaderWith(PluginKind<T> kind, Plugin p) {
        return PluginLoader.of(kind).add((T) p);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T extends Plugin> T cast(Kind kind, Plugin p) {
        return (T) p;
    }

    private static int index(Kind kind) {
        return KINDS.indexOf(kind);
    }

    private static ModuleLayer layer(String module) {
        ModuleLayer boot = ModuleLayer.boot();
        assertThat(boot.findModule("org.dvpp.programme")).as("the tests run on the module path").isPresent();
        Configuration cf = boot.configuration().resolve(ModuleFinder.of(dir.resolve("mods")), ModuleFinder.of(),
                Set.of(module));
        return boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
    }

    private static Plugin instance(ModuleLayer layer, String simpleName, Kind kind) throws Exception {
        String m = "acme.k" + index(kind);
        return (Plugin) layer.findLoader(m).loadClass(m + "." + simpleName).getConstructor().newInstance();
    }

    private static void plugin(Path root, String pkg, String name, String id, String constructor, Kind kind,
            List<String> sources) throws Exception {
        write(root.resolve(pkg.replace('.', '/')).resolve(name + ".java"), "package " + pkg + "; public final class "
                + name + " implements " + kind.spi() + " { " + constructor + " public String id() { return \"" + id
                + "\"; } public int spiVersion() { return SPI_VERSION; } " + kind.body() + " }", sources);
    }

    private static void write(Path file, String text, List<String> sources) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        sources.add(file.toString());
    }

    private static String javac() {
        return Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    }

    private static void run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
