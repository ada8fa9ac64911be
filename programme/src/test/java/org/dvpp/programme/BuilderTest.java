package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.KeyProviders;
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
    void twoEligibilityRulesWithOneIdFailNamingBoth(@TempDir Path dir) {
        EligibilityRule a = rule("service-area", EligibilityRule.SPI_VERSION);
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).addEligibilityRule(a).build())
                .hasRootCauseInstanceOf(PluginException.class).rootCause()
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
                .hasRootCauseInstanceOf(PluginException.class).rootCause()
                .hasMessageContaining("old-crm-sync").hasMessageContaining("SPI version 0");
    }

    @Test
    void aGuiceHostInstallsTheModuleInItsOwnInjector(@TempDir Path dir) throws Exception {
        Injector host = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(String.class).toInstance("the host's own binding");
            }
        }, Dvpp.builder().embeddedDatabase(dir).keyProvider(keys()).buildModule());
        try (Dvpp dvpp = host.getInstance(Dvpp.class)) {
            assertThat(host.getInstance(String.class)).isEqualTo("the host's own binding");
            assertThat(host.getInstance(Dvpp.class)).isSameAs(dvpp);
            assertThat(dvpp.referrals()).isNotNull();
        }
        assertThat(Files.exists(dir)).isTrue();
    }
}
