/**
 * Assessment tools: the instrument SPI, the declarative (JSON) instrument engine, the built-in screening and outcome
 * instruments (AUDIT, AUDIT-C, DAST-10, PHQ-9, GAD-7, URICA, readiness ruler, SafeLives DASH RIC, TOP, a DV-perpetration
 * screen), scoring results with explanations, and reliable change.
 *
 * @uses org.dvpp.assessment.spi.InstrumentProvider
 * @provides org.dvpp.assessment.spi.InstrumentProvider the built-in instruments
 */
module org.dvpp.assessment {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.plugin;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.assessment;
    exports org.dvpp.assessment.spi;

    // definition files are read into these records reflectively; nothing else is opened
    opens org.dvpp.assessment.internal.definition to tools.jackson.databind;

    uses org.dvpp.assessment.spi.InstrumentProvider;
    provides org.dvpp.assessment.spi.InstrumentProvider with org.dvpp.assessment.internal.builtin.BuiltInInstruments;
}
