/**
 * The storage SPI: the storage provider, units of work, repositories for every aggregate, report query ports, the
 * event outbox, the audit log, bulk import and the key provider. Implementations (such as {@code org.dvpp.storage.jdbc})
 * are found through {@link java.util.ServiceLoader}; the programme module compiles only against this module.
 */
module org.dvpp.storage.spi {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.plugin;
    requires transitive java.sql;
    requires static org.jspecify;

    exports org.dvpp.storage.spi;

    uses org.dvpp.storage.spi.StorageProvider;
}
