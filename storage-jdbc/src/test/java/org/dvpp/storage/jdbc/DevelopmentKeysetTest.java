package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dvpp.storage.spi.KeyProviders;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A development keyset is made through the public API ({@link KeyProviders#generateKeysetFile(Path)}, storage-spi
 * only), and every error message that tells the reader what to call names a method or constant that exists.
 */
class DevelopmentKeysetTest {

    @TempDir
    Path dir;

    @Test
    void aKeysetMadeThroughTheSpiOpensStorageAndIsNeverOverwritten() throws Exception {
        Path keys = dir.resolve("dev-keys.json");
        KeyProviders.generateKeysetFile(keys);
        String written = Files.readString(keys);
        assertThat(written).contains("AesGcmKey");
        try (TestDatabases.Db db = TestDatabases.h2();
                Storage s = new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                        .keyProvider(KeyProviders.keysetFile(keys)).build())) {
            assertThat(s.providerId()).isEqualTo("jdbc");
        }
        assertThatThrownBy(() -> KeyProviders.generateKeysetFile(keys))
                .isInstanceOf(StorageConfigurationException.class).hasMessageContaining("Refusing to overwrite");
        assertThat(Files.readString(keys)).isEqualTo(written);
    }

    @Test
    void everyMethodOrConstantAnErrorMessageTellsYouToUseExists() throws Exception {
        List<String> messages = new ArrayList<>();
        // a missing keyset file
        messages.add(message(() -> KeyProviders.keysetFile(dir.resolve("missing.json")).dataKeyset()));
        // no key provider at all
        messages.add(message(() -> StorageConfig.builder(new org.dvpp.storage.jdbc.internal.EmbeddedDataSource(
                "jdbc:h2:mem:x")).build()));
        // a schema holding the host's tables, without the shared-schema option
        try (TestDatabases.Db db = TestDatabases.h2()) {
            try (Connection c = db.raw(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE crm_client (id INT PRIMARY KEY)");
            }
            messages.add(message(db::open));
            // and one whose table names clash with the SDK's
            try (Connection c = db.raw(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE participant (id INT PRIMARY KEY)");
            }
            messages.add(message(() -> new JdbcStorageProvider().open(StorageConfig.builder(db.dataSource)
                    .keyProvider(KeyProviders.keysetFile(db.keyset)).option(StorageConfig.SHARED_SCHEMA, "true")
                    .build())));
        }
        List<String> named = new ArrayList<>();
        // Type.method( or Type.CONSTANT, where Type is one of the SDK's public classes
        Matcher m = Pattern.compile("\\b([A-Z][A-Za-z]+)\\.([a-zA-Z_][A-Za-z0-9_]*)(\\()?").matcher(
                String.join("\n", messages));
        while (m.find()) {
            Class<?> type = sdkType(m.group(1));
            if (type == null) {
                continue;
            }
            named.add(m.group(1) + "." + m.group(2));
            if (m.group(3) != null) {
                assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
                        .as("a message names %s.%s(...)", m.group(1), m.group(2)).contains(m.group(2));
            } else {
                Field f = type.getField(m.group(2));
                assertThat(Modifier.isPublic(f.getModifiers())).isTrue();
            }
        }
        assertThat(named).contains("KeyProviders.generateKeysetFile", "KeyProviders.keysetFile",
                "StorageConfig.SHARED_SCHEMA", "StorageConfig.SCHEMA");
    }

    private static Class<?> sdkType(String simpleName) {
        for (String pkg : List.of("org.dvpp.storage.spi", "org.dvpp.storage.jdbc")) {
            try {
                return Class.forName(pkg + "." + simpleName);
            } catch (ClassNotFoundException e) {
                // try the next package
            }
        }
        return null;
    }

    private static String message(org.junit.jupiter.api.function.Executable e) {
        try {
            e.execute();
        } catch (Throwable t) {
            return t.getMessage();
        }
        throw new AssertionError("expected a failure");
    }
}
