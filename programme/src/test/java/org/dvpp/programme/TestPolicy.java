package org.dvpp.programme;

/** A policy written inside a test: the plugin platform's id and SPI version, so a test declares only its grants. */
abstract class TestPolicy implements AccessPolicy {
    @Override
    public String id() {
        return "test-policy";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }
}
