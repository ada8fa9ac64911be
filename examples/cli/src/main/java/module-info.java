/**
 * The {@code dvpp} command for trainers and administrators: checks the installation ({@code doctor}), and (as later
 * work lands) lists and scores instruments, shows curricula and schedules, and runs the demo cohort. It uses only the
 * exported API of the SDK. {@code ./dvpp} at the repository root runs it.
 */
module org.dvpp.examples.cli {
    requires org.dvpp.programme;
    requires org.dvpp.examples.demo;
    requires org.dvpp.examples.console;
    requires org.dvpp.storage.jdbc;
    requires info.picocli;
    requires java.sql;
    requires org.postgresql.jdbc;
    requires org.mariadb.jdbc;
    requires java.logging;
    requires org.slf4j;
    requires tools.jackson.databind;
    requires static org.jspecify;

    // picocli reads the annotated command classes reflectively
    opens org.dvpp.examples.cli to info.picocli;
}
