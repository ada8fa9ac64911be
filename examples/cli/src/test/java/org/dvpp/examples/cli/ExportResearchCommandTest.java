package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dvpp export research} over a demo database (issue 13 point 6). */
class ExportResearchCommandTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void demo() {
        CliRun demo = CliRun.of("demo", "--dir", dir.resolve("demo").toString(), "--seed", "3");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
    }

    private static String all(Path out) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                texts.add(Files.readString(f));
            }
        }
        return String.join("\n", texts);
    }

    @Test
    void item33_theCommandWritesAnExportWithNoNameReferenceDateOfBirthOrFreeTextAndItsDictionary() throws Exception {
        Path out = dir.resolve("export-1");
        Path key = dir.resolve("keys/research-key.json");
        Files.createDirectories(key.getParent());
        CliRun run = CliRun.of("export", "research", "--out", out.toString(), "--dir", dir.resolve("demo").toString(),
                "--key", key.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote 14 files", "Made a new pseudonym key").doesNotContain(Files.readString(
                key).substring(10, 40));
        assertThat(out.resolve("data-dictionary.csv")).exists();
        assertThat(out.resolve("participants.csv")).exists();
        String text = all(out);
        assertThat(text).doesNotContain("DEMO-0").doesNotContain("Person 1-").doesNotContain("ref-")
                .doesNotContain("abusive behaviour").doesNotContain("partner-support worker only")
                .doesNotContain("consent appointment").doesNotContain("caseworker");
        assertThat(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text).find()).as("a full date").isFalse();
        List<String> men = List.of(Files.readString(out.resolve("participants.csv")).split("\r\n"));
        assertThat(men).hasSize(31); // 30 men and a header
        // in pseudonym order: storage lists them by reference, and that order must not show through
        assertThat(men.subList(1, men.size())).isSorted();
        // the same key again: the same pseudonyms
        Path again = dir.resolve("export-2");
        assertThat(CliRun.of("export", "research", "--out", again.toString(), "--dir", dir.resolve("demo").toString(),
                "--key", key.toString()).exitCode()).isZero();
        assertThat(Files.readString(again.resolve("participants.csv")))
                .isEqualTo(Files.readString(out.resolve("participants.csv")));
        // no key: a one-off key, other pseudonyms
        Path once = dir.resolve("export-3");
        CliRun oneOff = CliRun.of("export", "research", "--out", once.toString(), "--dir", dir.resolve("demo")
                .toString());
        assertThat(oneOff.out()).contains("a one-off key");
        assertThat(Files.readString(once.resolve("participants.csv")).split("\r\n")[1])
                .isNotEqualTo(Files.readString(out.resolve("participants.csv")).split("\r\n")[1]);
    }

    @Test
    void aKeyInsideTheExportOrANonEmptyOutputDirectoryIsRefused() throws Exception {
        Path out = dir.resolve("export-refused");
        CliRun inside = CliRun.of("export", "research", "--out", out.toString(), "--dir", dir.resolve("demo")
                .toString(), "--key", out.resolve("key.json").toString());
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("--key must not be inside --out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("other.txt"), "keep");
        CliRun full = CliRun.of("export", "research", "--out", out.toString(), "--dir", dir.resolve("demo")
                .toString());
        assertThat(full.exitCode()).isEqualTo(2);
        assertThat(Files.readString(out.resolve("other.txt"))).isEqualTo("keep");
        CliRun noDb = CliRun.of("export", "research", "--out", dir.resolve("x").toString(), "--dir",
                dir.resolve("nothing").toString());
        assertThat(noDb.exitCode()).isEqualTo(2);
        assertThat(noDb.err()).contains("No database");
    }
}
