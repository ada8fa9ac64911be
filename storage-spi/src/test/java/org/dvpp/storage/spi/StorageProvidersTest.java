package org.dvpp.storage.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorageProvidersTest {

    private static class Fake implements StorageProvider {
        private final String id;
        private final int version;

        Fake(String id, int version) {
            this.id = id;
            this.version = version;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int spiVersion() {
            return version;
        }

        @Override
        public Storage open(StorageConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class OtherFake extends Fake {
        OtherFake(String id) {
            super(id, StorageProvider.SPI_VERSION);
        }
    }

    @Test
    void explicitProvidersComeFirstInOrder() {
        Fake a = new Fake("a", StorageProvider.SPI_VERSION);
        Fake b = new Fake("b", StorageProvider.SPI_VERSION);
        assertThat(StorageProviders.combine(List.of(b, a), false)).containsExactly(b, a);
    }

    @Test
    void twoProvidersWithTheSameIdAreAnErrorNamingBothClasses() {
        assertThatThrownBy(() -> StorageProviders.combine(List.of(new Fake("x", 1), new OtherFake("x")), false))
                .isInstanceOf(org.dvpp.plugin.PluginException.class).hasMessageContaining("'x'")
                .hasMessageContaining(Fake.class.getName()).hasMessageContaining(OtherFake.class.getName());
    }

    @Test
    void aProviderBuiltForAnotherSpiVersionIsRejected() {
        assertThatThrownBy(() -> StorageProviders.combine(List.of(new Fake("old", 0)), false))
                .isInstanceOf(org.dvpp.plugin.PluginException.class).hasMessageContaining("'old'")
                .hasMessageContaining("version 0");
    }

    @Test
    void aProviderWithoutIdIsRejected() {
        assertThatThrownBy(() -> StorageProviders.combine(List.of(new Fake(" ", 1)), false))
                .isInstanceOf(org.dvpp.plugin.PluginException.class).hasMessageContaining(Fake.class.getName());
    }
}
