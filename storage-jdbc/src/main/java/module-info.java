/**
 * JDBC storage for H2 (the embedded default), PostgreSQL and MariaDB: Flyway migrations, plain parameterised SQL,
 * application-generated ids, the agency id in every key, and Tink AEAD encryption of every sensitive field. Provides
 * the {@code "jdbc"} {@link org.dvpp.storage.spi.StorageProvider}.
 */
module org.dvpp.storage.jdbc {
    requires transitive org.dvpp.storage.spi;
    requires java.sql;
    requires org.slf4j;
    // Flyway 13 ships without Automatic-Module-Name: these are the names derived from its jar files
    requires flyway.core;
    requires com.google.crypto.tink;
    // Tink is an automatic module and reads its keysets with Gson, a named module: make sure it is resolved
    requires com.google.gson;
    // only for the optional COPY bulk-import path; present whenever PostgreSQL is used
    requires static org.postgresql.jdbc;
    requires static org.jspecify;

    exports org.dvpp.storage.jdbc;

    provides org.dvpp.storage.spi.StorageProvider with org.dvpp.storage.jdbc.JdbcStorageProvider;
}
