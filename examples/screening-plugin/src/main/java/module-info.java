/**
 * An example third-party instrument plugin: the Acme Services "readiness to engage" check, written in Java against the
 * DVPP Kit instrument SPI. Put its jar on the module path (or class path) of any DVPP Kit application and
 * {@code InstrumentRegistry.builder().discover()} finds it, with no code change.
 *
 * @provides org.dvpp.assessment.spi.InstrumentProvider the Acme instruments
 */
module org.dvpp.examples.screening {
    requires org.dvpp.assessment;
    requires static org.jspecify;

    exports org.dvpp.examples.screening;

    provides org.dvpp.assessment.spi.InstrumentProvider with org.dvpp.examples.screening.AcmeInstruments;
}
