package org.dvpp.examples.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.InstrumentRegistry;
import org.junit.jupiter.api.Test;

class PluginDiscoveryTest {

    @Test
    void discoveryFindsThePluginInThisModuleLayer() {
        InstrumentRegistry r = InstrumentRegistry.builder().discover().build();

        assertThat(r.find("acme-engagement-check")).isPresent();
        assertThat(r.find("audit")).isPresent();
        assertThat(r.sourceOf("acme-engagement-check")).contains("acme-services").contains(AcmeInstruments.class
                .getName());
        assertThat(r.score("acme-engagement-check", Answers.parse("E1=0,E2=3,E3=4,E4=4")).hasFlag(
                "denies-responsibility")).isTrue();
    }

    /** The unchanged dvpp command, launched on the module path with this plugin beside it, lists and scores it. */
    @Test
    void theDvppCommandFindsThePluginPutOnItsModulePath() throws IOException, InterruptedException {
        Path target = Path.of("target").toAbsolutePath();
        String modulePath = target.resolve("classes") + File.pathSeparator + target.resolve("dvpp-lib");

        String listed = run(modulePath, "instruments", "list");
        String scored = run(modulePath, "score", "acme-engagement-check", "--answers", "E1=4,E2=4,E3=4,E4=2",
                "--json");

        assertThat(listed).contains("acme-engagement-check").contains("phq-9");
        assertThat(scored).contains("\"total\" : 14").contains("\"code\" : \"high\"");
    }

    @Test
    void withoutThePluginTheCommandDoesNotKnowIt() throws IOException, InterruptedException {
        String listed = run(Path.of("target", "dvpp-lib").toAbsolutePath().toString(), "instruments", "list");

        assertThat(listed).contains("phq-9").doesNotContain("acme-engagement-check");
    }

    private static String run(String modulePath, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, "-p", modulePath, "-m",
                "org.dvpp.examples.cli/org.dvpp.examples.cli.DvppCommand"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
