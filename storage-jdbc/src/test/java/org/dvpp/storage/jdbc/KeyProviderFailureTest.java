package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.dvpp.storage.spi.DataKeyset;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.junit.jupiter.api.Test;

/** Checklist item 21: a key provider that fails or hangs makes opening fail closed with a generic error. */
class KeyProviderFailureTest {
    private static final String CANARY = "kms-secret-CANARY-arn:aws:kms:eu-west-2:1234";

    private static KeyProvider provider(Runnable body) {
        return new KeyProvider() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "test-kms";
            }

            @Override
            public DataKeyset dataKeyset() {
                body.run();
                throw new AssertionError("unreachable");
            }
        };
    }

    @Test
    void item21_aThrowingProviderFailsClosedWithoutItsText() {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            KeyProvider kp = provider(() -> {
                throw new IllegalStateException(CANARY);
            });
            assertThatThrownBy(() -> new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(kp).build()))
                    .isInstanceOfSatisfying(StorageConfigurationException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(CANARY);
                        assertThat(e.toString()).doesNotContain(CANARY);
                        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                            assertThat(String.valueOf(c.getMessage())).doesNotContain(CANARY);
                        }
                    });
        }
    }

    @Test
    void item21_aHangingProviderTimesOutAndNothingIsWritten() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try (TestDatabases.Db db = TestDatabases.h2()) {
            KeyProvider kp = provider(() -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(CANARY);
                }
            });
            assertThatThrownBy(() -> new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(kp).keyProviderTimeout(Duration.ofMillis(200)).build()))
                    .isInstanceOf(StorageConfigurationException.class)
                    .hasMessageNotContaining(CANARY)
                    .hasMessageContaining("within 200 ms");
            try (Connection c = db.raw(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'PERSON_AT_RISK'")) {
                rs.next();
                // the schema may exist (migration runs beside key loading) but no storage was handed out
                assertThat(rs.getInt(1)).isBetween(0, 1);
            }
        } finally {
            never.countDown();
        }
    }

    @Test
    void item21_theTimeoutIsValidated() {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            assertThatThrownBy(() -> StorageConfig.builder(db.dataSource).keyProviderTimeout(Duration.ZERO))
                    .isInstanceOf(org.dvpp.domain.InvalidInputException.class)
                    .hasMessageContaining("keyProviderTimeout");
        }
    }
}
