/**
 * JDBC storage for H2 (the embedded default), PostgreSQL and MariaDB, with Flyway migrations and field encryption.
 */
@NullMarked
package org.dvpp.storage.jdbc;

import org.jspecify.annotations.NullMarked;
