/**
 * DVPP Kit benchmarks (JMH). Not a published module: each benchmark measures the SDK against a baseline in the same
 * run (hand-written Java scoring, raw JDBC inserts, a bare H2 program) and reports the ratio.
 */
module org.dvpp.benchmarks {
    requires org.dvpp.programme;
    requires org.dvpp.assessment;
    requires org.dvpp.storage.jdbc;
    requires org.dvpp.storage.tck;
    requires com.zaxxer.hikari;
    requires jmh.core;
    requires java.sql;
    // the libraries whose cold start ColdStartBenchmark measures on their own
    requires com.google.guice;
    requires jakarta.inject;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires com.google.crypto.tink;
    requires tools.jackson.databind;

    exports org.dvpp.benchmarks;
    opens org.dvpp.benchmarks to org.hibernate.validator, tools.jackson.databind, com.google.guice;
}
