/**
 * Curriculum and groups: the curriculum SPI, the built-in curricula (JSON), group schedules, completion rules and progress.
 */
module org.dvpp.curriculum {
    requires transitive org.dvpp.domain;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.curriculum;
}
