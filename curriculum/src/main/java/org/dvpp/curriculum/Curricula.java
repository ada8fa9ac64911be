package org.dvpp.curriculum;

/** Facts about this module (a placeholder that later issues replace with the module's real API). */
public final class Curricula {
    /** The module's version of its service-provider interfaces. */
    public static final int SPI_VERSION = 1;

    private Curricula() {
    }
}
