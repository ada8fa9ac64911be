package org.dvpp.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.programme.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dvpp console}: its options are checked before anything starts. */
class ConsoleCommandTest {

    @Test
    void aBadPortOrAUserWithoutADatabaseIsRefusedWithExitCodeTwo() {
        CliRun port = CliRun.of("console", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("--port must be 1 to 65535");
        CliRun user = CliRun.of("console", "--user", "fay:FACILITATOR");
        assertThat(user.exitCode()).isEqualTo(2);
        assertThat(user.err()).contains("--user and --agency go with --database");
    }

    @Test
    void aNamedDatabaseMustHoldADatabaseAndAKeyset(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("console", "--database", dir.resolve("empty").toString(), "--user", "fay:FACILITATOR");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("needs db/ and keyset.json");
    }

    @Test
    void aUserIsANameRolesAndAnOptionalId() {
        AgencyId agency = AgencyId.random();
        var u = ConsoleCommand.UserSpec.parse("fay:facilitator,practitioner:01a23abc-c7d9-75b6-bec6-82fe60381be2",
                agency);
        assertThat(u.name()).isEqualTo("fay");
        assertThat(u.user().roles()).containsExactlyInAnyOrder(Role.FACILITATOR, Role.PRACTITIONER);
        assertThat(u.user().id().value().toString()).isEqualTo("01a23abc-c7d9-75b6-bec6-82fe60381be2");
        assertThat(u.user().agency()).isEqualTo(agency);
        assertThatThrownBy(() -> ConsoleCommand.UserSpec.parse("fay:JUGGLER", agency))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no role 'JUGGLER'");
        assertThatThrownBy(() -> ConsoleCommand.UserSpec.parse("fay", agency))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("name:ROLE");
        assertThatThrownBy(() -> ConsoleCommand.UserSpec.parse("fay:MANAGER:not-a-uuid", agency))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UUID");
    }
}
