package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issue's acceptance, in-process with {@link DvppCommand#execute(PrintWriter, PrintWriter, String...)}: the
 * screening example's Java instrument as a module jar (built here from its sources, as its author builds it) and the
 * example JSON instrument in one directory are listed by {@code dvpp --plugins DIR plugins} and scored by
 * {@code dvpp --plugins DIR score ID --answers ... --json}.
 */
class PluginsCommandTest {
    private static final Path EXAMPLE = Path.of("..", "screening-plugin").toAbsolutePath().normalize();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path work;

    static Path pluginJar;
    static Path jarWithoutProvides;

    @BeforeAll
    static void buildThePluginJars() throws Exception {
        pluginJar = build("acme-plugin.jar", true);
        jarWithoutProvides = build("forgot-provides.jar", false);
    }

    record Run(int exitCode, String out, String err) {
    }

    static Run dvpp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DvppCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path acceptanceDirectory(Path dir) throws IOException {
        Files.copy(pluginJar, dir.resolve("acme-plugin.jar"));
        Files.copy(EXAMPLE.resolve("json-instruments/acme-wellbeing-check.json"), dir.resolve("acme-wellbeing-check.json"));
        return dir;
    }

    @Test
    void aJavaModuleJarAndAJsonInstrumentInOneDirectoryAreListedWithKindIdVersionAndSource(@TempDir Path d)
            throws IOException {
        Path dir = acceptanceDirectory(d);
        Run run = dvpp("--plugins", dir.toString(), "plugins");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("instrument provider +acme-services +SPI 1 +module "
                + "org\\.dvpp\\.examples\\.screening \\(" + java.util.regex.Pattern.quote(dir.resolve("acme-plugin.jar")
                .toString()) + "\\)");
        assertThat(run.out()).containsPattern("instrument +acme-engagement-check +1\\.2\\.0 +provider 'acme-services'");
        assertThat(run.out()).containsPattern("instrument definition +acme-wellbeing-check +2026\\.1 +"
                + java.util.regex.Pattern.quote(dir.resolve("acme-wellbeing-check.json").toString()));
        assertThat(run.out()).contains("dvpp-builtins").doesNotContain("hint:");

        JsonNode listed = JSON.readTree(dvpp("--plugins", dir.toString(), "plugins", "--json").out());
        assertThat(listed.get("plugins").findValuesAsString("id")).contains("acme-services", "acme-engagement-check",
                "acme-wellbeing-check");
    }

    @Test
    void bothInstrumentsAreScoredAsJson(@TempDir Path d) throws IOException {
        Path dir = acceptanceDirectory(d);
        Run java = dvpp("--plugins", dir.toString(), "score", "acme-engagement-check", "--answers",
                "E1=3,E2=4,E3=2,E4=4", "--json");
        assertThat(java.exitCode()).as(java.err()).isZero();
        JsonNode j = JSON.readTree(java.out());
        assertThat(j.get("total").asInt()).isEqualTo(13);
        assertThat(j.get("band").get("code").asString()).isEqualTo("high");

        Run data = dvpp("--plugins", dir.toString(), "score", "acme-wellbeing-check", "--answers", "W1=2,W2=3,W3=1",
                "--json");
        assertThat(data.exitCode()).as(data.err()).isZero();
        assertThat(JSON.readTree(data.out()).get("instrumentId").asString()).isEqualTo("acme-wellbeing-check");
    }

    @Test
    void withoutTheDirectoryThePluginIsUnknownAndTheErrorIsJson() {
        Run run = dvpp("score", "acme-engagement-check", "--answers", "E1=3", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode e = JSON.readTree(run.out()).get("error");
        assertThat(e.get("code").asString()).isEqualTo("unknown-instrument");
        assertThat(e.get("exitCode").asInt()).isEqualTo(2);
    }

    @Test
    void invalidAnswersToAPluginAreAJsonErrorWithTheirRules(@TempDir Path d) throws IOException {
        Path dir = acceptanceDirectory(d);
        Run run = dvpp("--plugins", dir.toString(), "score", "acme-engagement-check", "--answers", "E1=9,E2=1,E3=1,E4=1",
                "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode e = JSON.readTree(run.out()).get("error");
        assertThat(e.get("violations").findValuesAsString("rule")).containsExactly("allowed-values");
    }

    @Test
    void aModuleJarWithAServicesFileButNoProvidesGetsAHint(@TempDir Path dir) throws IOException {
        Files.copy(jarWithoutProvides, dir.resolve("forgot-provides.jar"));
        Run run = dvpp("--plugins", dir.toString(), "plugins");
        assertThat(run.out()).contains("hint: forgot-provides.jar has META-INF/services/"
                + "org.dvpp.assessment.spi.InstrumentProvider but its module org.dvpp.examples.screening does not "
                + "declare 'provides org.dvpp.assessment.spi.InstrumentProvider with ...;'")
                .doesNotContain("acme-services");
    }

    @Test
    void everyBrokenDefinitionIsListedAtOnceNamingItsFileAndTheRestStayUsable(@TempDir Path d) throws IOException {
        Path dir = acceptanceDirectory(d);
        Files.writeString(dir.resolve("a-empty.json"), "");
        Files.writeString(dir.resolve("b-clash.json"), Files.readString(dir.resolve("acme-wellbeing-check.json"))
                .replace("\"acme-wellbeing-check\"", "\"phq-9\""));
        Files.writeString(dir.resolve("c-curriculum.json"), "{\"sessions\": \"none\"}");

        Run run = dvpp("--plugins", dir.toString(), "plugins");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(dir.resolve("a-empty.json").toString())
                .contains(dir.resolve("b-clash.json").toString()).contains("'phq-9'")
                .contains(dir.resolve("c-curriculum.json").toString()).contains("3 problem(s) found");
        assertThat(run.out()).contains("acme-wellbeing-check", "acme-engagement-check");

        Run score = dvpp("--plugins", dir.toString(), "score", "acme-wellbeing-check", "--answers", "W1=2,W2=3,W3=1");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.err()).contains("warning: skipped " + dir.resolve("a-empty.json"));
    }

    @Test
    void validateRefusesAnIdThatClashesWithABuiltInOrAPlugin(@TempDir Path d) throws IOException {
        Path dir = acceptanceDirectory(d);
        Path clash = d.resolve("clash").resolve("mine.json");
        Files.createDirectories(clash.getParent());
        // the same id and version as the Java plugin's instrument (another version would be a second version of it)
        Files.writeString(clash, Files.readString(dir.resolve("acme-wellbeing-check.json"))
                .replace("\"acme-wellbeing-check\"", "\"acme-engagement-check\"").replace("\"2026.1\"", "\"1.2.0\""));
        Run plain = dvpp("instruments", "validate", clash.toString());
        assertThat(plain.exitCode()).as(plain.err()).isZero();

        Run run = dvpp("--plugins", dir.toString(), "instruments", "validate", clash.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("invalid: " + clash).contains("'acme-engagement-check'")
                .contains("acme-services");

        Files.writeString(clash, Files.readString(dir.resolve("acme-wellbeing-check.json"))
                .replace("\"acme-wellbeing-check\"", "\"audit\""));
        assertThat(dvpp("instruments", "validate", clash.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void doctorSaysHowManyPluginsItFoundAndWhere(@TempDir Path d) throws IOException {
        Path dir = acceptanceDirectory(d);
        Run run = dvpp("--plugins", dir.toString(), "doctor");
        assertThat(run.out()).containsPattern("Plugins +ok +\\d+ plugin\\(s\\) found \\(1 from "
                + java.util.regex.Pattern.quote(dir.toString()) + ": 1 jar\\(s\\), 1 JSON definition\\(s\\)\\)");
    }

    @Test
    void curriculumValidateRefusesAnIdThatClashesWithABuiltIn(@TempDir Path dir) throws IOException {
        Run shown = dvpp("curriculum", "show", "dvpp-integrated-12", "--json");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        Path file = dir.resolve("copy.json");
        Files.writeString(file, shown.out());
        Run clash = dvpp("curriculum", "validate", file.toString());
        assertThat(clash.exitCode()).isEqualTo(2);
        assertThat(clash.err()).contains("invalid: " + file).contains("'dvpp-integrated-12'").contains("[unique]");

        Files.writeString(file, shown.out().replace("\"dvpp-integrated-12\"", "\"agency-integrated-12\""));
        Run own = dvpp("--plugins", dir.toString(), "curriculum", "validate", file.toString());
        assertThat(own.exitCode()).as(own.err()).isZero();
        assertThat(own.out()).startsWith("valid: agency-integrated-12");
        assertThat(dvpp("--plugins", dir.toString(), "curriculum", "list").out()).contains("agency-integrated-12");
    }

    @Test
    void curriculumErrorsAreJsonWithJson() {
        Run run = dvpp("curriculum", "schedule", "no-such-curriculum", "--start", "2030-01-07", "--weekday", "MONDAY",
                "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()).get("error").get("code").asString()).isEqualTo("not-found");
    }

    @Test
    void aPluginsOptionThatIsNotADirectoryIsInvalidInput(@TempDir Path dir) {
        Run run = dvpp("--plugins", dir.resolve("missing").toString(), "plugins", "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(JSON.readTree(run.out()).get("error").get("violations").findValuesAsString("rule"))
                .containsExactly("directory");
    }

    /** Compiles the screening example from its sources into a modular jar, as its author would build it. */
    private static Path build(String name, boolean provides) throws Exception {
        Path src = EXAMPLE.resolve("src/main/java");
        Path out = work.resolve(name + "-classes");
        Path moduleInfo = src.resolve("module-info.java");
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(src)) {
            s.filter(p -> p.toString().endsWith(".java") && !p.equals(moduleInfo)).forEach(p -> sources.add(p.toString()));
        }
        String info = Files.readString(moduleInfo);
        if (!provides) {
            info = info.replaceAll("(?m)^\\s*provides [^;]*;", "");
        }
        Path infoCopy = work.resolve(name + "-src/module-info.java");
        Files.createDirectories(infoCopy.getParent());
        Files.writeString(infoCopy, info);
        sources.add(infoCopy.toString());
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-p", System.getProperty("jdk.module.path"), "-d", out.toString()));
        cmd.addAll(sources);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path resources = EXAMPLE.resolve("src/main/resources");
        Path jar = work.resolve(name);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream jos = new JarOutputStream(os)) {
            for (Path root : List.of(out, resources)) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                        jos.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
                        Files.copy(f, jos);
                        jos.closeEntry();
                    }
                }
            }
        }
        return jar;
    }
}
