package org.dvpp.curriculum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.group.GroupType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurriculumCatalogueTest {

    record TestProvider(String id, int spiVersion, List<Curriculum> curricula) implements CurriculumProvider {
    }

    /** A second class, so that messages can be checked to name both. */
    record OtherProvider(String id, int spiVersion, List<Curriculum> curricula) implements CurriculumProvider {
    }

    @Test
    void explicitRegistrationAndDiscoveryWorkTogether() {
        CurriculumCatalogue c = CurriculumCatalogue.builder()
                .add(new TestProvider("agency-local", 1, List.of(Fixtures.small(GroupType.CLOSED))))
                .discover()
                .build();
        assertThat(c.list()).extracting(Curriculum::id).containsExactly("dvpp-aftercare-6", "dvpp-integrated-12",
                "dvpp-rolling-26", "small-test");
        assertThat(c.entries()).filteredOn(e -> e.curriculum().id().equals("small-test"))
                .singleElement().satisfies(e -> assertThat(e.providerId()).isEqualTo("agency-local"));
    }

    @Test
    void refusesTwoCurriculaWithTheSameIdNamingBothProviders() {
        var builder = CurriculumCatalogue.builder()
                .add(new TestProvider("first-provider", 1, List.of(Fixtures.small(GroupType.CLOSED))))
                .add(new OtherProvider("second-provider", 1, List.of(Fixtures.small(GroupType.ROLLING))));
        assertThatThrownBy(builder::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("small-test")
                .hasMessageContaining("first-provider").hasMessageContaining(TestProvider.class.getName())
                .hasMessageContaining("second-provider").hasMessageContaining(OtherProvider.class.getName());
    }

    @Test
    void refusesTwoProvidersWithTheSameIdNamingBothClasses() {
        var builder = CurriculumCatalogue.builder()
                .add(new TestProvider("same-id", 1, List.of()))
                .add(new OtherProvider("same-id", 1, List.of()));
        assertThatThrownBy(builder::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("same-id")
                .hasMessageContaining(TestProvider.class.getName()).hasMessageContaining(OtherProvider.class.getName());
    }

    @Test
    void refusesAProviderBuiltForAnotherSpiVersion() {
        var builder = CurriculumCatalogue.builder().add(new TestProvider("future-provider", 2, List.of()));
        assertThatThrownBy(builder::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("future-provider").hasMessageContaining(TestProvider.class.getName())
                .hasMessageContaining("SPI version 2");
    }

    @Test
    void reportsAProviderWhoseIdThrowsByClass() {
        // a discovered provider whose constructor throws is in the plugin failure-mode suite (programme module)
        var builder = CurriculumCatalogue.builder().add(new CurriculumProvider() {
            @Override
            public String id() {
                throw new IllegalStateException("no config");
            }

            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public List<Curriculum> curricula() {
                return List.of();
            }
        });
        assertThatThrownBy(builder::build).isInstanceOf(CurriculumPluginException.class)
                .hasMessageContaining("CurriculumCatalogueTest$").hasMessageContaining("no config");
    }

    @Test
    void refusesAnInvalidCurriculumFromAProviderNamingIt() {
        Curriculum bad = new Curriculum("bad-one", "1", "Bad", "Bad", GroupType.CLOSED, new Delivery(1, 120),
                OneToOneCadence.NONE, new CompletionRule(1, 0, java.util.Set.of(), 0, 1), List.of(), List.of());
        var builder = CurriculumCatalogue.builder().add(new TestProvider("agency-java", 1, List.of(bad)));
        assertThatThrownBy(builder::build).isInstanceOf(InvalidCurriculumException.class)
                .hasMessageContaining("bad-one").hasMessageContaining("agency-java")
                .hasMessageContaining("sessions: a curriculum needs at least one session");
    }

    @Test
    void readsAnAgencyDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.json"), Fixtures.smallJson().toString());
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        CurriculumCatalogue c = CurriculumCatalogue.builder().addDirectory("agency-dir", dir).build();
        assertThat(c.get("small-test").sessionCount()).isEqualTo(4);
    }

    @Test
    void aBadFileInTheAgencyDirectoryIsNamed(@TempDir Path dir) throws Exception {
        var json = Fixtures.smallJson();
        json.put("extra", 1);
        Files.writeString(dir.resolve("broken.json"), json.toString());
        var builder = CurriculumCatalogue.builder().addDirectory("agency-dir", dir);
        assertThatThrownBy(builder::build).isInstanceOf(InvalidCurriculumException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("extra");
    }

    @Test
    void everyBrokenFileInTheAgencyDirectoryIsNamedAtOnce(@TempDir Path dir) throws Exception {
        var json = Fixtures.smallJson();
        json.put("extra", 1);
        Files.writeString(dir.resolve("a-broken.json"), json.toString());
        Files.writeString(dir.resolve("b-empty.json"), "");
        Files.writeString(dir.resolve("c-good.json"), Fixtures.smallJson().toString());
        var builder = CurriculumCatalogue.builder().addDirectory("agency-dir", dir);
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidCurriculumException.class, e -> {
            assertThat(e.source()).contains("2 files in " + dir);
            assertThat(e.violations()).anySatisfy(v -> assertThat(v.path()).startsWith(dir.resolve("a-broken.json")
                    .toString()).endsWith("extra"));
            assertThat(e.violations()).anySatisfy(v -> {
                assertThat(v.path()).startsWith(dir.resolve("b-empty.json").toString());
                assertThat(v.rule()).isEqualTo("required");
            });
        });
    }

    @Test
    void unknownIdIsNotFoundAndListsKnownIds() {
        assertThatThrownBy(() -> CurriculumCatalogue.discover().get("nope"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("dvpp-integrated-12");
    }
}
