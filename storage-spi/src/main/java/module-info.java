/**
 * The storage SPI: the storage provider, units of work, repositories for every aggregate, report query ports, the
 * event outbox, the audit log, bulk import and the key provider. Implementations (such as {@code org.dvpp.storage.jdbc})
 * are found through {@link java.util.ServiceLoader}; the programme module compiles only against this module.
 */
module org.dvpp.storage.spi {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.plugin;
    requires transitive java.sql;
    // only the shared cleartext keyset reader needs Tink, and only the modules it is exported to use it (they require
    // Tink themselves); storage plugins and their hosts need no Tink
    requires static com.google.crypto.tink;
    requires static org.jspecify;

    exports org.dvpp.storage.spi;
    exports org.dvpp.storage.spi.internal to org.dvpp.programme, org.dvpp.storage.jdbc;

    uses org.dvpp.storage.spi.StorageProvider;
}
