package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    private static long figure(String out, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + label + "\\s+(\\d+)\\s*$").matcher(out);
        assertThat(m.find()).as("a '%s' line in:%n%s", label, out).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theDemoRunsACohortEndToEndAndPrintsAConsistentFunnel(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DvppCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("demo", "--dir", dir.resolve("demo").toString(), "--seed", "7");
        String text = out.toString();
        assertThat(code).as(text).isZero();
        long referred = figure(text, "referred");
        long screened = figure(text, "screened");
        long assessed = figure(text, "assessed");
        long suitable = figure(text, "suitable");
        long started = figure(text, "started");
        long completed = figure(text, "completed");
        assertThat(referred).isEqualTo(30);
        assertThat(screened).isLessThanOrEqualTo(referred);
        assertThat(assessed).isLessThanOrEqualTo(screened);
        assertThat(suitable).isLessThanOrEqualTo(assessed);
        assertThat(started).isEqualTo(12).isLessThanOrEqualTo(suitable);
        assertThat(completed).isPositive().isLessThan(started);
        assertThat(text).contains("completion rate").contains("Partner support was told of");
        assertThat(Files.exists(dir.resolve("demo/.dvpp-demo"))).isTrue();
    }

    @Test
    void theRollingDemoHasMenJoiningAtThreeEntryPointsAndPrintsTheSameFigures(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new DvppCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("demo", "--dir", dir.resolve("demo").toString(), "--curriculum", "dvpp-rolling-26");
        String text = out.toString();
        assertThat(code).as(text).isZero();
        long started = figure(text, "started");
        long completed = figure(text, "completed");
        assertThat(figure(text, "referred")).isEqualTo(30);
        // twelve places; a man who withdraws frees his for a later entrant
        assertThat(started).isGreaterThanOrEqualTo(12);
        assertThat(completed).isPositive().isLessThan(started);
        assertThat(text).contains("dvpp-rolling-26, rolling; men joined at sessions [1, 5, 11]")
                .contains("completion rate").contains("average intervention hours per starter")
                .contains("PHQ-9 intake to end").contains("Partner support was told of")
                .contains("Alerts for facilitators in week 8");
    }

    @Test
    void anUnknownDemoCurriculumIsRefused(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DvppCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("demo", "--dir", dir.resolve("d").toString(), "--curriculum", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("curriculum");
    }

    @Test
    void theDemoRefusesToWipeADirectoryItDidNotCreate(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("precious.txt"), "keep me");
        CommandLine cli = new CommandLine(new DvppCommand());
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        int code = cli.execute("demo", "--dir", dir.toString());
        assertThat(code).isNotZero();
        assertThat(Files.readString(dir.resolve("precious.txt"))).isEqualTo("keep me");
    }
}
