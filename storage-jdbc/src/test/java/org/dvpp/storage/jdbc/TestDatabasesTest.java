package org.dvpp.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing database server skips its tests with a message naming it, unless databases are required (CI). */
class TestDatabasesTest {
    private static final SQLException REFUSED = new SQLException("Connection refused", "08001");

    @Test
    void aMissingServerSkipsWithAMessageNamingItWhenNotRequired() {
        assertThatThrownBy(() -> TestDatabases.unavailable("PostgreSQL at 127.0.0.1:5432", REFUSED, false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("PostgreSQL at 127.0.0.1:5432")
                .hasMessageContaining("Connection refused").hasMessageContaining("dvpp.requireDatabases");
    }

    @Test
    void aMissingServerFailsWhenDatabasesAreRequired() {
        assertThatThrownBy(() -> TestDatabases.unavailable("MariaDB at 127.0.0.1:3306", REFUSED, true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("MariaDB at 127.0.0.1:3306")
                .hasMessageContaining("mandatory");
    }
}
