package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentsCommandTest {
    @Test
    void listsEveryBuiltInInstrument() {
        CliRun run = CliRun.of("instruments", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("audit ", "audit-c ", "audit-c-us", "dast-10", "phq-9", "gad-7", "urica",
                "readiness-ruler", "dash-ric", "top ", "dv-perpetration-screen");
    }

    @Test
    void showsItemsRulesSourceAndLicence() {
        CliRun run = CliRun.of("instruments", "show", "dast-10");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Q3").contains("reverse").contains("NON-COMMERCIAL").contains("band severe");
    }

    @Test
    void validatesAGoodDefinition(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ok.json");
        Files.writeString(f, """
                {"schemaVersion":1,"id":"two-items","version":"1","title":"t","polarity":"NEUTRAL","source":"s",
                 "licence":"l","items":[{"id":"A","label":"a","type":"yesno"},{"id":"B","label":"b","type":"yesno"}],
                 "total":{"method":"sum"},
                 "bands":[{"code":"low","label":"low","min":0,"max":0},{"code":"any","label":"any","min":1,"max":2}]}
                """);

        CliRun run = CliRun.of("instruments", "validate", f.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("valid: two-items");
    }

    @Test
    void rejectsABadDefinitionNamingTheJsonPath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"schemaVersion":1,"id":"gap","version":"1","title":"t","polarity":"NEUTRAL","source":"s",
                 "licence":"l","items":[{"id":"A","label":"a","type":"yesno"},{"id":"B","label":"b","type":"yesno"}],
                 "total":{"method":"sum"},
                 "bands":[{"code":"low","label":"low","min":0,"max":0},{"code":"high","label":"high","min":2,"max":2}]}
                """);

        CliRun run = CliRun.of("instruments", "validate", f.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("$.bands[1].min").contains("no-gap");
    }

    @Test
    void scoresWithAnAgencyDirectoryOfJsonInstruments() {
        Path dir = Path.of("..", "screening-plugin", "json-instruments").toAbsolutePath().normalize();

        CliRun list = CliRun.of("instruments", "list", "--instruments-dir", dir.toString());
        CliRun score = CliRun.of("score", "acme-wellbeing-check", "--instruments-dir", dir.toString(), "--answers",
                "W1=2,W2=3,W3=1", "--json");

        assertThat(list.out()).contains("acme-wellbeing-check");
        assertThat(CliRun.of("instruments", "validate", dir.resolve("acme-wellbeing-check.json").toString()).out())
                .contains("valid: acme-wellbeing-check");
        assertThat(score.exitCode()).as(score.err()).isZero();
        assertThat(score.out()).contains("\"instrumentId\" : \"acme-wellbeing-check\"");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void validateRefusesADeviceInOneLine() {
        CliRun run = CliRun.of("instruments", "validate", "/dev/zero");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("invalid: /dev/zero: not a regular file (a device, pipe or other "
                + "special file) [regular-file]");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aBrokenFileInTheDirectoryIsNamedAndTheBuiltInsStayUsable(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("other-tool.json"), "null");

        CliRun run = CliRun.of("instruments", "list", "--instruments-dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("audit");
        assertThat(run.err()).contains(dir.resolve("zero.json").toString(), "[regular-file]")
                .contains(dir.resolve("other-tool.json").toString(), "[required]");
    }
}
