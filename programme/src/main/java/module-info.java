/**
 * The programme front door: use cases from referral to closure, access policy, audit, event dispatch, the Guice wiring and Dvpp.builder().
 */
module org.dvpp.programme {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.assessment;
    requires transitive org.dvpp.curriculum;
    requires transitive org.dvpp.storage.spi;
    requires com.google.guice;
    requires jakarta.inject;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.programme;
}
