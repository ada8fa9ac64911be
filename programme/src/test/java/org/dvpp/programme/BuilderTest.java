package org.dvpp.programme;

import org.dvpp.programme.events.ProgrammeEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Files;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.dvpp.storage.spi.StorageProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's checks and plugin failure modes: each a clear error naming what is wrong, never a silent skip. */
class BuilderTest {
    private static Path keyset;

    @BeforeAll
    static void keys(@TempDir Path dir) {
        keyset = dir.resolve("keyset.json");
        Keysets.generate(keyset);
    }

    private static KeyProvider keys() {
        return KeyProviders.keysetFile(keyset);
    }

    private static EligibilityRule rule(String id, int version) {
        return new EligibilityRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public int spiVersion() {
                return version;
            }

            @Override
            public EligibilityVerdict evaluate(EligibilityFacts facts) {
                return EligibilityVerdict.pass(id);
            }
        };
    }

    @Test
    void refusesToStartWithoutAKeyProviderOrADatabase(@TempDir Path dir) {
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("keyProvider")
                .hasMessageContaining("no built-in key");
        assertThatThrownBy(() -> Dvpp.builder().keyProvider(keys()).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("dataSource");
    }

    @Test
    void aKeysetThatCannotBeReadFailsTheBuildWithTheStorageError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("keyset.json");
        Files.writeString(bad, "{\"primaryKeyId\": 1, \"key\": []}");
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir.resolve("db"))
                .keyProvider(KeyProviders.keysetFile(bad)).build())
                .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("keyset-file")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
    }

    @Test
    void twoEligibilityRulesWithOneIdFailNamingBoth(@TempDir Path dir) {
        EligibilityRule a = rule("service-area", EligibilityRule.SPI_VERSION);
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).addEligibilityRule(a).build())
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("service-area").hasMessageContaining(a.getClass().getName())
                .hasMessageContaining(EligibilityRules.class.getName());
    }

    @Test
    void aListenerBuiltForAnotherSpiVersionIsRefused(@TempDir Path dir) {
        ProgrammeEventListener old = new ProgrammeEventListener() {
            @Override
            public String id() {
                return "old-crm-sync";
            }

            @Override
            public int spiVersion() {
                return 0;
            }

            @Override
            public void onEvent(ProgrammeEvent event) {
            }
        };
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).addListener(old).build())
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("old-crm-sync").hasMessageContaining("SPI version 0");
    }


    /** A JDBC storage provider that counts how often storage is opened and closed. */
    private static StorageProvider recording(AtomicInteger opened, AtomicInteger closed) {
        StorageProvider jdbc = new JdbcStorageProvider();
        return new StorageProvider() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "recording";
            }

            @Override
            public Storage open(StorageConfig config) {
                Storage real = jdbc.open(config);
                opened.incrementAndGet();
                return (Storage) Proxy.newProxyInstance(Storage.class.getClassLoader(), new Class<?>[] {Storage.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                closed.incrementAndGet();
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public Optional<DataSource> embeddedDataSource(Path directory) {
                return jdbc.embeddedDataSource(directory);
            }
        };
    }

    @Test
    void aFailedBuildClosesTheStorageItHadOpened(@TempDir Path dir) {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        StorageProvider recording = recording(opened, closed);
        EligibilityRule clash = rule("service-area", EligibilityRule.SPI_VERSION);
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).addStorageProvider(recording)
                .storageProvider("recording").addEligibilityRule(clash).build())
                .isInstanceOf(PluginException.class).hasMessageContaining("service-area");
        assertThat(opened).hasValue(1);
        assertThat(closed).hasValue(1);
        // and a good build on the same database works, opening it once more
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).addStorageProvider(recording)
                .storageProvider("recording").build()) {
            assertThat(dvpp.agencies()).isNotNull();
        }
        assertThat(opened).hasValue(2);
        assertThat(closed).hasValue(2);
    }

}
