package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CurriculumCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new DvppCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static final String VALID = """
            {"id":"agency-eight","version":"1.0","title":"Agency programme","summary":"A short local programme",
             "groupType":"CLOSED","delivery":{"everyWeeks":1,"sessionMinutes":120},
             "oneToOne":{"everyWeeks":0,"minutes":0},
             "completion":{"minSessions":1,"minHours":2,"requiredSessions":[1],"maxUnexcusedAbsences":1,
                           "warnAfterConsecutiveUnexcused":1},
             "modules":[{"id":"only","title":"Only module","firstSession":1,"lastSession":1}],
             "sessions":[{"number":1,"title":"One","theme":"Accountability","objectives":["Name his behaviour"],
                          "exercises":[{"title":"Check-in","minutes":20,"description":"Each man reports his week."}],
                          "durationMinutes":120,"facilitatorNotes":"","safetyPrompts":["Escalate disclosures."],
                          "materials":[]}]}
            """;

    @Test
    void listShowsBothBuiltInCurricula() {
        Run r = run("curriculum", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("dvpp-integrated-12", "dvpp-rolling-26", "24 h", "65 h", "closed", "rolling");
    }

    @Test
    void listIncludesTheAgencyDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("agency.json"), VALID);
        Run r = run("curriculum", "--dir", dir.toString(), "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("agency-eight", "dvpp-integrated-12");
    }

    @Test
    void showPrintsSessionsWithObjectivesExercisesAndSafetyPrompts() {
        Run r = run("curriculum", "show", "dvpp-rolling-26");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("== Module coercive-control", "Session 26:", "Objectives:", "Exercises:", "Safety:",
                "new men join at sessions [1, 5, 11, 15, 19, 24]");
    }

    @Test
    void showJsonPrintsTheDefinition() {
        Run r = run("curriculum", "show", "dvpp-integrated-12", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"id\" : \"dvpp-integrated-12\"", "\"safetyPrompts\"");
    }

    @Test
    void showOfAnUnknownIdIsInvalidInput() {
        Run r = run("curriculum", "show", "no-such-programme");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-programme", "dvpp-integrated-12");
    }

    @Test
    void validateAcceptsAGoodFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("good.json");
        Files.writeString(f, VALID);
        Run r = run("curriculum", "validate", f.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("valid: agency-eight version 1.0, 1 sessions in 1 modules");
    }

    @Test
    void validateRefusesABadFileNamingThePathAndRule(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, VALID.replace("\"durationMinutes\":120", "\"durationMinutes\":0")
                .replace("\"minutes\":20", "\"minutes\":0"));
        Run r = run("curriculum", "validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json", "sessions[0].durationMinutes", "[positive]",
                "sessions[0].exercises[0].minutes");
    }

    @Test
    void validateRefusesAnUnknownProperty(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("extra.json");
        Files.writeString(f, VALID.replace("\"version\":\"1.0\"", "\"version\":\"1.0\",\"colour\":\"blue\""));
        Run r = run("curriculum", "validate", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("colour", "[unknown-property]");
    }

    @Test
    void scheduleSkipsBankHolidaysAndListsThem() {
        Run r = run("curriculum", "schedule", "dvpp-integrated-12", "--start", "2026-03-30", "--weekday", "monday");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("12 meetings on Mondays at 18:00", "2026-03-30", "2026-04-13",
                "Skipped dates:", "2026-04-06  holiday: Easter Monday", "2026-05-04", "2026-05-25");
        assertThat(r.out()).doesNotContain("2026-04-06    18:00");
    }

    @Test
    void scheduleJsonListsSessionsAndSkippedDates() {
        Run r = run("curriculum", "schedule", "dvpp-integrated-12", "--start", "2026-03-30", "--weekday", "MONDAY",
                "--time", "10:30", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"calendar\" : \"england-and-wales\"", "\"date\" : \"2026-04-13\"",
                "\"start\" : \"10:30\"", "\"reason\" : \"holiday\"", "\"detail\" : \"Easter Monday\"");
    }

    @Test
    void scheduleRefusesABadDateNamingTheOptionAndRule() {
        Run r = run("curriculum", "schedule", "dvpp-integrated-12", "--start", "30/03/2026", "--weekday", "MONDAY");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--start", "[date-format]");
    }

    @Test
    void scheduleRefusesABadWeekday() {
        Run r = run("curriculum", "schedule", "dvpp-integrated-12", "--start", "2026-03-30", "--weekday", "Funday");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--weekday");
    }

    @Test
    void scheduleIn2030Works() {
        Run r = run("curriculum", "schedule", "dvpp-integrated-12", "--start", "2030-03-04", "--weekday", "MONDAY");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("2030-04-22");
    }

    @Test
    void scheduleOfARollingGroupCanRunSeveralCycles() {
        Run r = run("curriculum", "schedule", "dvpp-rolling-26", "--start", "2026-01-05", "--weekday", "TUESDAY",
                "--meetings", "30");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("30 meetings", "  27  ", "1. Being a man");
    }

    @Test
    void showSaysWhenACurriculumIsForAftercare() {
        Run r = run("curriculum", "show", "dvpp-aftercare-6");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("dvpp-aftercare-6", "Aftercare: a relapse-prevention group",
                "new men join at sessions [1, 3, 5]");
        assertThat(run("curriculum", "show", "dvpp-rolling-26").out()).doesNotContain("Aftercare:",
                "Fathering component");
    }
}
