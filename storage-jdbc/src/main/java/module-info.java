/**
 * JDBC storage for H2 (the embedded default), PostgreSQL and MariaDB, with Flyway migrations and field encryption.
 */
module org.dvpp.storage.jdbc {
    requires transitive org.dvpp.storage.spi;
    requires java.sql;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.storage.jdbc;
}
