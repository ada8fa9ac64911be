package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.dvpp.storage.spi.StorageProviders;
import org.junit.jupiter.api.Test;

/** The provider is found by ServiceLoader under its id, and an explicit registration does not clash with it. */
class ProviderDiscoveryTest {

    @Test
    void serviceLoaderFindsTheJdbcProvider() {
        assertThat(StorageProviders.find("jdbc")).isInstanceOf(JdbcStorageProvider.class);
        assertThat(StorageProviders.combine(List.of(new JdbcStorageProvider()), true)).hasSize(1);
    }

    @Test
    void anUnknownIdNamesWhatWasFound() {
        assertThatThrownBy(() -> StorageProviders.find("cassandra"))
                .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("cassandra")
                .hasMessageContaining("[jdbc]");
    }
}
