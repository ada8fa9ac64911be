package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dvpp.domain.DefinitionFiles;
import org.dvpp.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Definition files are read only when they are regular files under the size limit; every error names its file. */
class SafeDefinitionReadingTest {

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> InstrumentDefinitions.fromFile(Path.of("/dev/zero")))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining("/dev/zero")
                .satisfies(e -> assertThat(((InvalidDefinitionException) e).violations())
                        .extracting(Violation::rule).containsExactly("regular-file"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aSymlinkToADeviceInADirectoryIsSkippedAndTheOthersStayUsable(@TempDir Path dir) throws IOException {
        Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("good.json"), InstrumentRegistryTest.TWO_ITEMS.formatted("agency-good"));
        List<InvalidDefinitionException> broken = new ArrayList<>();

        InstrumentRegistry r = InstrumentRegistry.builder().addBuiltIns().addDirectory(dir, broken::add).build();

        assertThat(broken).singleElement().satisfies(e -> {
            assertThat(e.source()).endsWith("zero.json");
            assertThat(e.violations()).extracting(Violation::rule).containsExactly("regular-file");
        });
        assertThat(r.find("agency-good")).isPresent();
        assertThat(r.find("audit")).isPresent();
    }

    @Test
    void theStrictDirectoryReadListsEveryBrokenFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), "");
        Files.writeString(dir.resolve("b.json"), "null");
        Files.writeString(dir.resolve("c.json"), InstrumentRegistryTest.TWO_ITEMS.formatted("agency-c"));

        assertThatThrownBy(() -> InstrumentRegistry.builder().addDirectory(dir))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessageContaining(dir.resolve("a.json").toString())
                .hasMessageContaining(dir.resolve("b.json").toString())
                .hasMessageNotContaining("c.json");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[DefinitionFiles.MAX_BYTES + 1]);
        assertThatThrownBy(() -> InstrumentDefinitions.fromFile(big))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining(big.toString())
                .satisfies(e -> assertThat(((InvalidDefinitionException) e).violations())
                        .extracting(Violation::rule).containsExactly("max-size"));
    }

    @Test
    void aDirectoryNamedLikeADefinitionIsRefused(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectory(dir.resolve("odd.json"));
        assertThatThrownBy(() -> InstrumentDefinitions.fromFile(d))
                .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining("odd.json")
                .hasMessageContaining("not a regular file");
    }

    @Test
    void emptyAndNullDocumentsAreClearErrorsNamingTheFile(@TempDir Path dir) throws IOException {
        for (String text : List.of("", "   ", "null")) {
            Path f = dir.resolve("doc.json");
            Files.writeString(f, text);
            assertThatThrownBy(() -> InstrumentDefinitions.fromFile(f)).as("'%s'", text)
                    .isInstanceOf(InvalidDefinitionException.class).hasMessageContaining(f.toString())
                    .hasMessageContaining("no definition");
        }
    }
}
