package org.dvpp.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.StorageConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DvppBuilder#storageOption} reaches the storage provider, which refuses what it does not know. */
class StorageOptionsTest {
    @TempDir
    Path dir;

    @Test
    void anOptionReachesTheStorageProvider() throws Exception {
        Path keys = dir.resolve("keys.json");
        KeyProviders.generateKeysetFile(keys);
        try (Dvpp dvpp = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .storageOption(StorageConfig.HISTORY_TABLE, "host_dvpp_history").build()) {
            assertThat(dvpp).isNotNull();
        }
        try (var files = Files.walk(dir.resolve("db"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).anyMatch(f -> f.endsWith(".mv.db"));
        }
        // the embedded database now has its history under that name: found again with the same option ...
        try (Dvpp again = Dvpp.builder().embeddedDatabase(dir.resolve("db")).keyProvider(KeyProviders.keysetFile(keys))
                .storageOption(StorageConfig.HISTORY_TABLE, "host_dvpp_history").build()) {
            assertThat(again).isNotNull();
        }
        // ... and refused without it, as a schema that holds tables but no history of the SDK's
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir.resolve("db"))
                .keyProvider(KeyProviders.keysetFile(keys)).build().close())
                .hasMessageContaining("non-empty schema").hasMessageContaining("StorageConfig.SHARED_SCHEMA");
    }

    @Test
    void aMisspeltOptionStopsTheBuildWithItsName() throws Exception {
        Path keys = dir.resolve("keys.json");
        KeyProviders.generateKeysetFile(keys);
        assertThatThrownBy(() -> Dvpp.builder().embeddedDatabase(dir.resolve("db"))
                .keyProvider(KeyProviders.keysetFile(keys)).storageOption("schema.shard", "true").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("schema.shard")
                .hasMessageContaining(StorageConfig.SHARED_SCHEMA);
        assertThatThrownBy(() -> Dvpp.builder().storageOption(StorageConfig.CLOSE_EMBEDDED_DATABASE, "true"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("set by the SDK");
    }
}
