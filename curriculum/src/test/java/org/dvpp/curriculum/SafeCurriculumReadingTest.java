package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dvpp.domain.DefinitionFiles;
import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Curriculum files are read only when regular and under the limit; empty and null documents are clear errors. */
class SafeCurriculumReadingTest {

    private static List<String> rules(Throwable e) {
        return ((InvalidCurriculumException) e).violations().stream().map(Violation::rule).toList();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceOrASymlinkToOneIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        for (Path p : List.of(Path.of("/dev/zero"), link)) {
            assertThatThrownBy(() -> CurriculumJson.read(p)).isInstanceOf(InvalidCurriculumException.class)
                    .hasMessageContaining(p.toString())
                    .satisfies(e -> assertThat(rules(e)).containsExactly("regular-file"));
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDirectoryProviderNamesTheBadFileRatherThanSkippingIt(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> CurriculumProviders.fromDirectory("agency", dir).curricula())
                .isInstanceOf(InvalidCurriculumException.class).hasMessageContaining("zero.json");
    }

    @Test
    void aFileOverTheLimitIsRefused(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[DefinitionFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> CurriculumJson.read(big)).isInstanceOf(InvalidCurriculumException.class)
                .hasMessageContaining(big.toString()).satisfies(e -> assertThat(rules(e)).containsExactly("max-size"));
    }

    @Test
    void emptyAndNullDocumentsAreClearErrors(@TempDir Path dir) throws IOException {
        for (String text : List.of("", " \n", "null")) {
            Path f = dir.resolve("c.json");
            Files.writeString(f, text);
            assertThatThrownBy(() -> CurriculumJson.read(f)).as("'%s'", text)
                    .isInstanceOf(InvalidCurriculumException.class).hasMessageContaining(f.toString())
                    .satisfies(e -> assertThat(rules(e)).containsExactly("required"));
        }
        assertThatThrownBy(() -> CurriculumJson.read("[]", "inline")).isInstanceOf(InvalidCurriculumException.class)
                .satisfies(e -> assertThat(rules(e)).containsExactly("object"));
    }
}
