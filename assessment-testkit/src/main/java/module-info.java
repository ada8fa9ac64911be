/**
 * The instrument contract test kit: implement {@link org.dvpp.assessment.testkit.InstrumentContract} in a JUnit 5 test
 * class of your plugin and every contract check runs against your instrument. Also holds the published test vectors of
 * the built-in instruments ({@link org.dvpp.assessment.testkit.BuiltInTestVectors}).
 */
module org.dvpp.assessment.testkit {
    requires transitive org.dvpp.assessment;
    requires transitive org.junit.jupiter.api;
    requires static org.jspecify;

    exports org.dvpp.assessment.testkit;
}
