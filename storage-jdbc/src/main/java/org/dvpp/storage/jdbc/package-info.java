/**
 * The JDBC storage implementation's public face: {@link org.dvpp.storage.jdbc.JdbcStorageProvider} (found by
 * {@link java.util.ServiceLoader} as provider {@code "jdbc"}) and {@link org.dvpp.storage.jdbc.Keysets} for
 * development keysets and key rotation.
 */
@NullMarked
package org.dvpp.storage.jdbc;

import org.jspecify.annotations.NullMarked;
