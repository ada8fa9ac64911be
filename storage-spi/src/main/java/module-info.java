/**
 * The storage SPI: the storage provider, units of work, repositories for every aggregate, report query ports, the event outbox, the audit log and the key provider.
 */
module org.dvpp.storage.spi {
    requires transitive org.dvpp.domain;
    requires static org.jspecify;

    exports org.dvpp.storage.spi;
}
