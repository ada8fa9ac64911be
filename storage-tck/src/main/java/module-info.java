/**
 * The storage contract test kit: the JUnit suite every StorageProvider must pass.
 */
module org.dvpp.storage.tck {
    requires transitive org.dvpp.storage.spi;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;
    requires static org.jspecify;

    exports org.dvpp.storage.tck;
}
