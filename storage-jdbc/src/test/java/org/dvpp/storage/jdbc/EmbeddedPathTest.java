package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.dvpp.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded database's directory cannot smuggle H2 URL settings (issue 13, build point 8). */
class EmbeddedPathTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"x;INIT=CREATE TABLE pwned(a int)", "x;MODE=MySQL", "a\nb", "tab\there"})
    void aDirectoryWithUrlSyntaxIsRefusedBeforeAnyDatabaseIsOpened(String name) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir);
        assertThatThrownBy(() -> new JdbcStorageProvider().embeddedDataSource(dir))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("directory");
                        assertThat(v.rule()).isEqualTo(JdbcStorageProvider.RULE_EMBEDDED_PATH);
                    });
                    assertThat(e.getMessage()).doesNotContain("INIT");
                });
        try (var files = Files.list(dir)) {
            assertThat(files).as("no database file was created").isEmpty();
        }
    }

    @Test
    void theInjectionNoLongerRunsThroughAParentDirectoryEither() throws Exception {
        Path dir = tmp.resolve("x;INIT=CREATE TABLE pwned(a int)").resolve("inner");
        Files.createDirectories(dir);
        assertThatThrownBy(() -> new JdbcStorageProvider().embeddedDataSource(dir))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOrdinaryDirectoryWithSpacesAndOtherPunctuationStillWorksAndRunsNoSql() throws Exception {
        Path dir = tmp.resolve("Agency data (2026) & more = fine, 'quoted' #1");
        Files.createDirectories(dir);
        DataSource ds = new JdbcStorageProvider().embeddedDataSource(dir).orElseThrow();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE UPPER(TABLE_NAME) = 'PWNED'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            s.execute("SHUTDOWN");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("dvpp"));
        }
    }
}
