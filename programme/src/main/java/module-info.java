/**
 * The programme front door: {@link org.dvpp.programme.Dvpp#builder()} and the use cases that run a programme from
 * referral to closure (referrals, screening with pluggable eligibility rules, suitability with supervisor sign-off,
 * consent, people at risk, risk events, allocation within capacity, registers, completion by the curriculum's rule,
 * aftercare, closure, reopening), partner support, subject access bundles and the pseudonymised research export,
 * access policy, audit, and delivery of events to listeners through the outbox. Guice
 * wires it inside; an embedder never has to touch Guice. Storage is found through {@code StorageProvider}.
 *
 * @uses org.dvpp.storage.spi.StorageProvider
 * @uses org.dvpp.programme.EligibilityRule
 * @uses org.dvpp.programme.ProgrammeEventListener
 */
module org.dvpp.programme {
    requires transitive org.dvpp.domain;
    requires transitive org.dvpp.assessment;
    requires transitive org.dvpp.curriculum;
    requires transitive org.dvpp.storage.spi;
    requires transitive org.dvpp.reporting;
    requires com.google.guice;
    requires jakarta.inject;
    requires org.hibernate.validator;
    requires tools.jackson.databind;
    requires org.slf4j;
    // keyed pseudonyms of the research export (Tink's PRF); Tink is an automatic module, so its run-time libraries are
    // required on its behalf, as storage-jdbc does
    requires com.google.crypto.tink;
    requires com.google.gson;
    requires com.google.protobuf;
    requires static org.jspecify;

    exports org.dvpp.programme;
    exports org.dvpp.programme.events;
    // only the optional Guice integration reaches the wiring
    exports org.dvpp.programme.internal to org.dvpp.guice;

    // Guice constructs the internal use cases reflectively
    opens org.dvpp.programme.internal to com.google.guice;
    // Hibernate Validator reads the constraint-annotated input records
    opens org.dvpp.programme to org.hibernate.validator;

    uses org.dvpp.storage.spi.StorageProvider;
    uses org.dvpp.programme.EligibilityRule;
    uses org.dvpp.programme.ProgrammeEventListener;
}
