package org.dvpp.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentRegistryTest {

    static final String TWO_ITEMS = """
            {"schemaVersion":1,"id":"%s","version":"1","title":"t","polarity":"NEUTRAL","source":"s","licence":"l",
             "items":[{"id":"A","label":"a","type":"yesno"},{"id":"B","label":"b","type":"yesno"}],
             "total":{"method":"sum"}}
            """;

    static Instrument json(String id) {
        return InstrumentDefinitions.fromJson(TWO_ITEMS.formatted(id), "test " + id);
    }

    static class ProviderA implements InstrumentProvider {
        @Override
        public String id() {
            return "plugin-a";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public List<Instrument> instruments() {
            return List.of(json("shared-id"));
        }
    }

    static final class ProviderB implements InstrumentProvider {
        @Override
        public String id() {
            return "plugin-b";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public List<Instrument> instruments() {
            return List.of(json("shared-id"));
        }
    }

    static final class FutureProvider implements InstrumentProvider {
        @Override
        public String id() {
            return "from-the-future";
        }

        @Override
        public int spiVersion() {
            return 99;
        }

        @Override
        public List<Instrument> instruments() {
            return List.of();
        }
    }

    static final class ThrowingProvider implements InstrumentProvider {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public List<Instrument> instruments() {
            throw new IllegalStateException("cannot read my definitions");
        }
    }

    @Test
    void registersBuiltInsExplicitlyAndScoresById() {
        InstrumentRegistry r = InstrumentRegistry.withBuiltIns();

        assertThat(r.all()).extracting(Instrument::id).contains("audit", "audit-c", "audit-c-us", "dast-10", "phq-9",
                "gad-7", "urica", "readiness-ruler", "dash-ric", "top", "dv-perpetration-screen");
        assertThat(r.sourceOf("dash-ric")).contains("dvpp-builtins").contains("DashRic");
    }

    @Test
    void discoveryFindsTheBuiltInProviderThroughServiceLoaderOnce() {
        InstrumentRegistry r = InstrumentRegistry.builder().addBuiltIns().discover().build();
        InstrumentRegistry discoveredOnly = InstrumentRegistry.builder().discover().build();

        assertThat(r.all()).hasSameSizeAs(discoveredOnly.all());
        assertThat(discoveredOnly.find("phq-9")).isPresent();
    }

    @Test
    void twoPluginsWithOneInstrumentIdFailNamingBoth() {
        InstrumentRegistry.Builder b = InstrumentRegistry.builder().addProvider(new ProviderA());

        assertThatThrownBy(() -> b.addProvider(new ProviderB()))
                .isInstanceOf(InstrumentPluginException.class)
                .hasMessageContaining("shared-id")
                .hasMessageContaining("plugin-a").hasMessageContaining(ProviderA.class.getName())
                .hasMessageContaining("plugin-b").hasMessageContaining(ProviderB.class.getName());
    }

    @Test
    void aJsonFileCannotTakeABuiltInId(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("audit.json");
        Files.writeString(f, TWO_ITEMS.formatted("audit"));

        assertThatThrownBy(() -> InstrumentRegistry.builder().addBuiltIns().addDirectory(dir))
                .isInstanceOf(InstrumentPluginException.class)
                .hasMessageContaining("'audit'").hasMessageContaining("dvpp-builtins")
                .hasMessageContaining(f.toString());
    }

    @Test
    void refusesAProviderBuiltForAnotherSpiVersion() {
        assertThatThrownBy(() -> InstrumentRegistry.builder().addProvider(new FutureProvider()))
                .isInstanceOf(InstrumentPluginException.class)
                .hasMessageContaining("from-the-future").hasMessageContaining(FutureProvider.class.getName())
                .hasMessageContaining("version 99");
    }

    @Test
    void reservesTheDvppPrefixForBuiltIns() {
        InstrumentProvider impostor = new ProviderA() {
            @Override
            public String id() {
                return "dvpp-builtins";
            }
        };

        assertThatThrownBy(() -> InstrumentRegistry.builder().addProvider(impostor))
                .isInstanceOf(InstrumentPluginException.class).hasMessageContaining("reserved");
    }

    @Test
    void refusesAJavaInstrumentWithAnInvalidId() {
        Instrument good = json("fine-id");
        Instrument bad = new Instrument() {
            @Override
            public InstrumentDescriptor descriptor() {
                InstrumentDescriptor d = good.descriptor();
                return new InstrumentDescriptor("Bad Id!", d.version(), d.title(), d.profile(), d.items(),
                        d.totalRange(), d.totalHow(), d.bands(), d.subscales(), d.flags(), d.gates(), d.missingRule(),
                        d.polarity(), d.source(), d.licence(), d.reliability());
            }

            @Override
            public ScoreResult score(Answers answers) {
                return good.score(answers);
            }
        };

        assertThatThrownBy(() -> InstrumentRegistry.builder().add(bad))
                .isInstanceOf(InstrumentPluginException.class).hasMessageContaining("'Bad Id!'");
    }

    @Test
    void reportsAProviderThatThrowsNamingItsClass() {
        assertThatThrownBy(() -> InstrumentRegistry.builder().addProvider(new ThrowingProvider()))
                .isInstanceOf(InstrumentPluginException.class)
                .hasMessageContaining("broken").hasMessageContaining(ThrowingProvider.class.getName())
                .hasMessageContaining("cannot read my definitions");
    }

    @Test
    void loadsEveryJsonFileOfAnAgencyDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.json"), TWO_ITEMS.formatted("agency-one"));
        Files.writeString(dir.resolve("two.json"), TWO_ITEMS.formatted("agency-two"));
        Files.writeString(dir.resolve("notes.txt"), "not a definition");

        InstrumentRegistry r = InstrumentRegistry.builder().addDirectory(dir).build();

        assertThat(r.all()).extracting(Instrument::id).containsExactly("agency-one", "agency-two");
        assertThat(r.score("agency-two", Answers.parse("A=y,B=y")).total()).contains(Fraction.of(2));
    }

    @Test
    void aMissingDirectoryIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> InstrumentRegistry.builder().addDirectory(dir.resolve("nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a directory");
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> InstrumentRegistry.withBuiltIns().get("audit-x"))
                .isInstanceOf(UnknownInstrumentException.class)
                .hasMessageContaining("audit-x").hasMessageContaining("phq-9");
    }

    private static Instrument versioned(String id, String version) {
        return InstrumentDefinitions.fromJson(TWO_ITEMS.formatted(id).replace("\"version\":\"1\"",
                "\"version\":\"" + version + "\""), "test " + id + " " + version);
    }

    @Test
    void severalVersionsOfOneInstrumentAreHeldTheHighestIsCurrentAndEachIsFoundByName() {
        InstrumentRegistry r = InstrumentRegistry.builder().add(versioned("kept", "1.10")).add(versioned("kept", "1.9"))
                .add(versioned("kept", "1.2")).build();
        assertThat(r.get("kept").descriptor().version()).isEqualTo("1.10");
        assertThat(r.versions("kept")).containsExactly("1.2", "1.9", "1.10");
        assertThat(r.find("kept", "1.9")).hasValueSatisfying(i -> assertThat(i.descriptor().version())
                .isEqualTo("1.9"));
        assertThat(r.find("kept", "2.0")).isEmpty();
        assertThat(r.all()).hasSize(1);
        assertThat(InstrumentRegistry.compareVersions("2026.1", "2025.12")).isPositive();
        assertThat(InstrumentRegistry.compareVersions("1.0", "1")).isZero();
        // one id and one version twice is still a hard error naming both sources
        assertThatThrownBy(() -> InstrumentRegistry.builder().add(versioned("kept", "1.9")).add(versioned("kept",
                "1.9"))).isInstanceOf(InstrumentPluginException.class).hasMessageContaining("Duplicate instrument id "
                + "'kept' version 1.9");
    }
}
