package org.dvpp.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.dvpp.examples.cli.DvppCommand;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code dvpp} command's arguments, run in-process with captured output ({@link DvppCommand#execute(PrintWriter,
 * PrintWriter, String...)}), as a trainer would type them: every argument list ends with one of the documented exit
 * codes (0 success, 1 an SDK error, 2 invalid input), a failure says why on the error stream, and nothing prints a stack
 * trace or lets an untyped exception out.
 *
 * <p>Arguments are drawn from the command's own words (subcommands, options, instrument and curriculum ids, dates,
 * answers, and files in a scratch directory: a valid and a broken instrument definition, a valid and a broken
 * curriculum) or are arbitrary strings. The subcommands that write or connect ({@code demo} replaces a directory,
 * {@code report --out} writes a file, {@code doctor} connects to databases) and picocli's {@code @file} argument files
 * are left out, so fuzzing never touches anything outside the scratch directory; {@code help demo} and the like are
 * kept.
 */
class CliArgumentsFuzzTest {
    private static final Set<String> LEFT_OUT = Set.of("demo", "report", "doctor");
    private static final Path SCRATCH = scratch();
    private static final String[] WORDS = {
        "score", "instruments", "curriculum", "help", "list", "show", "validate", "schedule",
        "-h", "--help", "-V", "--version", "--json", "--answers", "--instruments-dir", "--dir", "--start", "--weekday",
        "--time", "--calendar", "--meetings",
        "audit", "audit-c", "phq-9", "gad-7", "urica", "top", "dash-ric", "readiness-ruler", "fuzz-good",
        "dvpp-integrated-12", "dvpp-rolling-26", "small",
        "Q1=4,Q2=1,Q3=2", "Q1=y,Q2=dk,Q3=na", "Q1=2025-01-10", "Q1=", "=", ",",
        "2026-01-05", "2026-02-30", "9999-12-28", "monday", "SUNDAY", "18:00", "25:61", "0", "-1", "1000", "1001",
        "england-and-wales", "scotland", "northern-ireland",
        SCRATCH.toString(), SCRATCH.resolve("good-instrument.json").toString(),
        SCRATCH.resolve("broken-instrument.json").toString(), SCRATCH.resolve("curricula").toString(),
        SCRATCH.resolve("curricula/small.json").toString(), SCRATCH.resolve("broken-curriculum.json").toString(),
        SCRATCH.resolve("missing.json").toString(),
        // added later: appended so that the stored inputs keep their meaning
        "+999999999-12-31", "-999999999-01-01", "1974-01-01", "--instruments-dir=", "--answers=Q1=1", "--",
    };

    @FuzzTest(maxDuration = "3m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void cliArguments(FuzzedDataProvider data) {
        int n = data.consumeInt(0, 16);
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            args.add(data.consumeBoolean() ? data.pickValue(WORDS) : data.consumeString(80));
        }
        for (String a : args) {
            if (LEFT_OUT.contains(a.toLowerCase(Locale.ROOT)) || a.startsWith("@")) {
                return;
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int[] code = {-1};
        Guard.typedOnly(() -> code[0] = DvppCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                args.toArray(String[]::new)));
        String e = err.toString();
        // picocli quotes a bad argument back in its message; an argument that itself reads "\tat " is not a stack trace
        String unquoted = e;
        for (String a : args) {
            if (!a.isEmpty()) {
                unquoted = unquoted.replace(a, "");
            }
        }
        if (code[0] != 0 && code[0] != 1 && code[0] != 2) {
            throw new AssertionError("exit code " + code[0] + " for " + args + "\n" + e);
        }
        // with --json an SDK error is a JSON object on standard output instead
        boolean jsonError = out.toString().startsWith("{") && out.toString().contains("\"error\"");
        if (code[0] != 0 && e.isBlank() && !jsonError) {
            throw new AssertionError("exit code " + code[0] + " without a message for " + args);
        }
        if (unquoted.contains("\tat ") || unquoted.contains("Exception in thread") || unquoted.contains("Caused by:")) {
            throw new AssertionError("a stack trace for " + args + "\n" + e);
        }
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory; the system cleans it eventually
        }
    }

    private static Path scratch() {
        try {
            Path dir = Files.createTempDirectory("dvpp-cli-fuzz");
            Files.writeString(dir.resolve("good-instrument.json"), """
                    {"schemaVersion": 1, "id": "fuzz-good", "version": "1.0.0", "title": "t", "polarity": "NEUTRAL",
                     "source": "s", "licence": "l", "items": [
                      {"id": "Q1", "label": "a", "type": "integer", "min": 0, "max": 4},
                      {"id": "Q2", "label": "b", "type": "yesno"}],
                     "total": {"method": "sum"},
                     "bands": [{"code": "low", "label": "low", "min": 0, "max": 2}, {"code": "high", "label": "high", "min": 3, "max": 5}]}
                    """);
            Files.writeString(dir.resolve("broken-instrument.json"), "{\"schemaVersion\": 1, \"id\": \"x\", \"items\": [}");
            Files.createDirectories(dir.resolve("curricula"));
            try (var in = CliArgumentsFuzzTest.class.getResourceAsStream("CurriculumFuzzTestInputs/curriculumJson/small-closed.json")) {
                Files.write(dir.resolve("curricula/small.json"), in.readAllBytes());
            }
            Files.writeString(dir.resolve("broken-curriculum.json"), "{\"id\": \"small\", \"version\": 1}");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
