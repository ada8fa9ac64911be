package org.dvpp.storage.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import javax.sql.DataSource;
import org.dvpp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class StorageConfigTest {
    private static final DataSource DS = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class}, (p, m, a) -> null);
    private static final KeyProvider KEYS = KeyProviders.keysetFile(java.nio.file.Path.of("keys.json"));

    @Test
    void aConfigurationWithoutKeyProviderIsRefused() {
        assertThatThrownBy(() -> StorageConfig.builder(DS).build())
                .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("no built-in key");
    }

    @Test
    void defaultsAreFiveAttemptsAndMigration() {
        StorageConfig c = StorageConfig.builder(DS).keyProvider(KEYS).option("k", "v").build();
        assertThat(c.maxAttempts()).isEqualTo(5);
        assertThat(c.migrate()).isTrue();
        assertThat(c.option("k")).contains("v");
        assertThat(c.option("missing")).isEmpty();
    }

    @Test
    void attemptsOutOfRangeNameTheField() {
        assertThatThrownBy(() -> StorageConfig.builder(DS).maxAttempts(0))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo("maxAttempts"));
    }

    @Test
    void keysetsDoNotPrintTheirSecrets() {
        assertThat(new DataKeyset.Cleartext("{\"secret\":1}").toString()).doesNotContain("secret");
    }
}
