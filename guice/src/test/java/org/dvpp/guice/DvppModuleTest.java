package org.dvpp.guice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.EligibilityFacts;
import org.dvpp.programme.EligibilityRule;
import org.dvpp.programme.EligibilityVerdict;
import org.dvpp.programme.PluginException;
import org.dvpp.storage.jdbc.JdbcStorageProvider;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Guice host installs the SDK's module in its own injector; a failed injector leaves nothing open. */
class DvppModuleTest {
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
    void aGuiceHostInstallsTheModuleInItsOwnInjector(@TempDir Path dir) throws Exception {
        Injector host = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(String.class).toInstance("the host's own binding");
            }
        }, DvppModule.of(Dvpp.builder().embeddedDatabase(dir).keyProvider(keys())));
        try (Dvpp dvpp = host.getInstance(Dvpp.class)) {
            assertThat(host.getInstance(String.class)).isEqualTo("the host's own binding");
            assertThat(host.getInstance(Dvpp.class)).isSameAs(dvpp);
            assertThat(dvpp.referrals()).isNotNull();
        }
        assertThat(Files.exists(dir)).isTrue();
    }

    @Test
    void aGuiceHostWhoseInjectorFailsIsLeftWithNoStorageOpen(@TempDir Path dir) {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();
        EligibilityRule clash = rule("service-area", EligibilityRule.SPI_VERSION);
        Injector host = Guice.createInjector(DvppModule.of(Dvpp.builder().embeddedDatabase(dir).keyProvider(keys())
                .addStorageProvider(recording(opened, closed)).storageProvider("recording").addEligibilityRule(clash)));
        assertThatThrownBy(() -> host.getInstance(Dvpp.class)).hasRootCauseInstanceOf(PluginException.class);
        assertThat(opened).hasValue(1);
        assertThat(closed).hasValue(1);
        // asking again does not hand out an SDK on the closed storage
        assertThatThrownBy(() -> host.getInstance(Dvpp.class)).hasStackTraceContaining("create a new injector")
                .hasRootCauseInstanceOf(PluginException.class);
        assertThat(opened).hasValue(1);
    }
}
