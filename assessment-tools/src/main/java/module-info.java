/**
 * Assessment tools: the instrument SPI, the declarative (JSON) instrument engine, the built-in screening and outcome instruments, and scoring results with explanations.
 */
module org.dvpp.assessment {
    requires transitive org.dvpp.domain;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.assessment;
}
