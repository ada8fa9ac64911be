package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.DataKeyset;
import org.dvpp.storage.spi.DecryptionFailedException;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.junit.jupiter.api.Test;

/** Item 20 (no start without keys, cleartext keysets fenced) and keys refreshed without a restart (issue 13 point 8). */
class KeyHandlingTest {

    @Test
    void item20_theSdkRefusesToStartWithNoKeyProviderAndCreatesNothing() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-no-keys");
        Path db = dir.resolve("db");
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(db).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("keyProvider");
                    assertThat(e.violations().get(0).rule()).isEqualTo("required");
                });
        assertThat(db).doesNotExist();
        // the storage SPI refuses too: there is no default key anywhere
        assertThatThrownBy(() -> StorageConfig.builder(new org.dvpp.storage.jdbc.JdbcStorageProvider()
                .embeddedDataSource(db).orElseThrow()).build()).isInstanceOf(StorageConfigurationException.class)
                .hasMessageContaining("No KeyProvider configured");
        assertThat(db).doesNotExist();
    }

    @Test
    void item20_aCleartextKeysetIsRefusedWhenTheDeploymentSaysSoAndAWrappedOneIsNotAffected() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-cleartext");
        Path keys = dir.resolve("keys.json");
        KeyProviders.generateKeysetFile(keys);
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir.resolve("db"))
                .keyProvider(KeyProviders.keysetFile(keys)).storageOption(StorageConfig.CLEARTEXT_KEYS, "refuse")
                .build()).isInstanceOf(StorageConfigurationException.class).hasMessageContaining("in clear")
                .hasMessageContaining("keys.cleartext=refuse");
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir.resolve("db2"))
                .keyProvider(KeyProviders.keysetFile(keys)).storageOption(StorageConfig.CLEARTEXT_KEYS, "maybe")
                .build()).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).path()).isEqualTo(StorageConfig.CLEARTEXT_KEYS));
        // the default (warn) starts on the development keyset
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir.resolve("db3")).keyProvider(KeyProviders.keysetFile(keys))
                .build()) {
            assertThat(dvpp).isNotNull();
        }
    }

    /** A keyset file whose provider can be made to fail, as a KMS outage would. */
    private static final class SwitchableProvider implements KeyProvider {
        final Path file;
        final AtomicBoolean failing = new AtomicBoolean();

        SwitchableProvider(Path file) {
            this.file = file;
        }

        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public String id() {
            return "switchable";
        }

        @Override
        public DataKeyset dataKeyset() {
            if (failing.get()) {
                throw new IllegalStateException("kms at 10.0.0.7 said: token s3cr3t expired");
            }
            return KeyProviders.keysetFile(file).dataKeyset();
        }
    }

    @Test
    void item19_aRotatedAndThenRetiredKeysetIsUsedAfterRefreshKeysWithoutARestart() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-refresh");
        Path file = dir.resolve("keys.json");
        Keysets.generate(file);
        SwitchableProvider provider = new SwitchableProvider(file);
        try (Harness h = new Harness(b -> b.keyProvider(provider))) {
            CaseId before = h.readyMan(); // her details under the first key
            Keysets.rotate(file);
            h.dvpp.refreshKeys();
            CaseId after = h.readyMan(); // under the new primary, if the refresh took effect
            Keysets.retirePreviousKeys(file);
            h.dvpp.refreshKeys();
            // only the new key is in use now, without a restart: her details written after the rotation read ...
            assertThat(h.dvpp.safety().peopleAtRisk(h.partnerSupport, after).get(0).contact().name())
                    .isEqualTo("Jane Example");
            // ... and those under the retired key no longer do (no re-encryption ran)
            assertThatThrownBy(() -> h.dvpp.safety().peopleAtRisk(h.partnerSupport, before))
                    .isInstanceOf(DecryptionFailedException.class);

            // a provider that fails on refresh: a generic error, and the keys in use stay in use
            provider.failing.set(true);
            assertThatThrownBy(h.dvpp::refreshKeys).isInstanceOf(StorageConfigurationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("10.0.0.7").doesNotContain("s3cr3t"));
            assertThat(h.dvpp.safety().peopleAtRisk(h.partnerSupport, after).get(0).contact().name())
                    .isEqualTo("Jane Example");
        }
    }
}
