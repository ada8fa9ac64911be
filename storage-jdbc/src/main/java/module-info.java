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
    requires flyway.database.postgresql;
    requires flyway.mysql;
    requires com.google.crypto.tink;
    // Flyway and Tink are automatic modules, which declare no dependencies: on the module path nothing would resolve
    // their database plugins and Tink's run-time libraries, so this module requires them on their behalf
    // (checked by a module-path smoke run, see storage-jdbc/README.md)
    requires com.google.gson;
    requires com.google.protobuf;
    // only for the optional COPY bulk-import path; present whenever PostgreSQL is used
    requires static org.postgresql.jdbc;
    requires static org.jspecify;

    exports org.dvpp.storage.jdbc;

    provides org.dvpp.storage.spi.StorageProvider with org.dvpp.storage.jdbc.JdbcStorageProvider;
}
