package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dvpp.storage.jdbc.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedder's module that requires only {@code org.dvpp.programme} and {@code org.dvpp.storage.jdbc} compiles the
 * README's embedding snippet with no Guice jar on its compile-time module path, and runs it.
 */
class EmbedderWithoutGuiceTest {

    private static final String SNIPPET = """
            package host.crm;

            import java.nio.file.Path;
            import java.time.LocalDate;
            import org.dvpp.domain.AgencyId;
            import org.dvpp.domain.UserId;
            import org.dvpp.domain.agency.Area;
            import org.dvpp.domain.agency.ServiceArea;
            import org.dvpp.domain.participant.ReferralSource;
            import org.dvpp.domain.participant.Referrer;
            import org.dvpp.programme.*;
            import org.dvpp.programme.events.ProgrammeEvent;
            import org.dvpp.programme.Referrals.ReferralReceipt;
            import org.dvpp.storage.spi.KeyProviders;

            public final class Embedding {
                public static String run(Path data, Path keysetPath) {
                    AgencyId agency = AgencyId.random();
                    ActingUser admin = ActingUser.of(UserId.random(), agency, Role.ADMINISTRATOR);
                    ActingUser user = ActingUser.of(UserId.random(), agency, Role.PRACTITIONER);
                    ProgrammeEventListener partnerSupportNotifier = new ProgrammeEventListener() {
                        @Override
                        public int spiVersion() {
                            return SPI_VERSION;
                        }

                        public String id() { return "crm-partner-support"; }
                        public void onEvent(ProgrammeEvent event) { }
                    };
                    try (Dvpp dvpp = Dvpp.builder()
                            .embeddedDatabase(data)
                            .keyProvider(KeyProviders.keysetFile(keysetPath))
                            .addListener(partnerSupportNotifier)
                            .discoverPlugins()
                            .build()) {
                        dvpp.agencies().register(admin, new Agencies.AgencyDetails("CRM agency",
                                new ServiceArea(java.util.List.of(new Area("merton", "Merton")))));
                        var referral = new Referrals.NewReferral("CRM-1", LocalDate.of(1985, 3, 2), "merton",
                                ReferralSource.SELF, LocalDate.now(), new Referrer("self", "self", "none"), "");
                        ReferralReceipt r = dvpp.referrals().receive(user, referral);
                        dvpp.cases().screen(user, r.caseId(), ScreeningAnswers.of(true));
                        return dvpp.cases().get(user, r.caseId()).status().name();
                    }
                }
            }
            """;

    @Test
    void theReadmeSnippetCompilesWithoutGuiceAndRuns(@TempDir Path dir) throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertThat(modulePath).as("the tests run on the module path").isNotBlank();
        List<String> withoutGuice = Arrays.stream(modulePath.split(File.pathSeparator))
                .filter(p -> !Path.of(p).getFileName().toString().startsWith("guice-")).toList();
        assertThat(withoutGuice).hasSizeLessThan(modulePath.split(File.pathSeparator).length);

        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("host/crm"));
        Files.writeString(src.resolve("module-info.java"), """
                module host.crm {
                    requires org.dvpp.programme;
                    requires org.dvpp.storage.jdbc;
                    exports host.crm;
                }
                """);
        Files.writeString(src.resolve("host/crm/Embedding.java"), SNIPPET);
        Path out = dir.resolve("classes");
        java.io.StringWriter log = new java.io.StringWriter();
        java.io.PrintWriter w = new java.io.PrintWriter(log);
        int rc = java.util.spi.ToolProvider.findFirst("javac").orElseThrow().run(w, w, "-d", out.toString(), "--release", "17",
                "--module-path", String.join(File.pathSeparator, withoutGuice),
                src.resolve("module-info.java").toString(), src.resolve("host/crm/Embedding.java").toString());
        w.flush();
        assertThat(rc).as("javac: %s", log).isZero();

        // run it in a layer above the test's own (where Guice is present, as the SDK's run-time dependency)
        ModuleLayer boot = EmbedderWithoutGuiceTest.class.getModule().getLayer();
        Configuration cf = boot.configuration().resolve(ModuleFinder.of(out), ModuleFinder.of(), Set.of("host.crm"));
        ModuleLayer layer = boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        Class<?> embedding = layer.findLoader("host.crm").loadClass("host.crm.Embedding");
        Path keys = dir.resolve("keyset.json");
        Keysets.generate(keys);
        Object status = embedding.getMethod("run", Path.class, Path.class).invoke(null, dir.resolve("data"), keys);
        assertThat(status).isEqualTo("ASSESSMENT");
        assertThat(Arrays.stream(embedding.getDeclaredMethods()).map(m -> m.getReturnType().getName())
                .collect(Collectors.toSet())).noneMatch(n -> n.startsWith("com.google.inject"));
    }
}
