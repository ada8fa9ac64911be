package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code dvpp doctor} never prints a password from the URLs it checks, not even inside a driver's error message. */
class DoctorPasswordTest {

    @Test
    void noPasswordReachesTheOutputForPostgresOrMariaDb() {
        CliRun run = CliRun.of("doctor",
                "--postgres-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=S3CRETpg&connectTimeout=2",
                "--mariadb-url", "jdbc:mariadb://127.0.0.1:1/test?user=root&password=S3CRETmdb&connectTimeout=500");
        assertThat(run.out() + run.err()).doesNotContain("S3CRETpg").doesNotContain("S3CRETmdb")
                .contains("password=***");
    }

    @Test
    void aDriverMessageQuotingThePasswordIsRedacted() {
        String url = "jdbc:postgresql://u:p%40ss@h/db?password=SECRET";
        String msg = Redaction.message("FATAL: auth failed for url " + url + " pw SECRET and p@ss", url);
        assertThat(msg).doesNotContain("SECRET").doesNotContain("p@ss").doesNotContain("p%40ss");
    }
}
