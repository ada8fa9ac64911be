package org.dvpp.examples.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;
import org.dvpp.examples.console.internal.Passwords;
import org.dvpp.examples.demo.SimulatedClock;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Role;
import org.junit.jupiter.api.Test;

/** The console's user store and password hashes, without a server. */
class LocalUsersTest {
    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ActingUser fay = ActingUser.of(UserId.random(), AgencyId.random(), Role.FACILITATOR);

    @Test
    void aPasswordIsStoredAsAnArgon2idHashWithItsOwnSaltAndVerifiesOnlyItself() {
        String a = Passwords.hash("correct horse battery".toCharArray());
        String b = Passwords.hash("correct horse battery".toCharArray());
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(a).as("a fresh salt each time").isNotEqualTo(b);
        assertThat(Passwords.verify("correct horse battery".toCharArray(), a)).isTrue();
        assertThat(Passwords.verify("correct horse batterY".toCharArray(), a)).isFalse();
        assertThat(Passwords.verify("correct horse battery".toCharArray(), "$2a$10$notargon")).isFalse();
    }

    @Test
    void signInGivesTheSdkUserAndClearsThePasswordArray() {
        LocalUsers users = new LocalUsers(clock).add("Fay", "Fay (facilitator)", fay, "a long password".toCharArray());
        char[] typed = "a long password".toCharArray();
        var signedIn = users.signIn(" fay ", typed);
        assertThat(signedIn).hasValueSatisfying(s -> {
            assertThat(s.user()).isEqualTo(fay);
            assertThat(s.name()).isEqualTo("fay");
        });
        assertThat(typed).containsOnly('\0');
        assertThat(users.signIn("fay", "a long passwor".toCharArray())).isEmpty();
        assertThat(users.signIn("nobody", "a long password".toCharArray())).isEmpty();
    }

    @Test
    void fiveFailuresInARowLockTheAccountAndASuccessBeforeThatResetsTheCount() {
        LocalUsers users = new LocalUsers(clock).add("fay", "Fay", fay, "a long password".toCharArray());
        for (int i = 0; i < LocalUsers.MAX_FAILURES - 1; i++) {
            assertThat(users.signIn("fay", "wrong".toCharArray())).isEmpty();
        }
        assertThat(users.signIn("fay", "a long password".toCharArray())).isPresent();
        for (int i = 0; i < LocalUsers.MAX_FAILURES - 1; i++) {
            assertThat(users.signIn("fay", "wrong".toCharArray())).isEmpty();
        }
        assertThat(users.locked("fay")).isFalse();
        assertThat(users.signIn("fay", "wrong".toCharArray())).isEmpty();
        assertThat(users.locked("fay")).isTrue();
        assertThat(users.signIn("fay", "a long password".toCharArray())).isEmpty();
        clock.set(clock.instant().plus(LocalUsers.LOCKOUT).minus(Duration.ofSeconds(1)));
        assertThat(users.signIn("fay", "a long password".toCharArray())).isEmpty();
        clock.set(clock.instant().plus(Duration.ofSeconds(2)));
        assertThat(users.signIn("fay", "a long password".toCharArray())).isPresent();
    }

    @Test
    void aShortPasswordABadNameOrADuplicateIsRefusedNamingTheField() {
        LocalUsers users = new LocalUsers(clock).add("fay", "Fay", fay, "a long password".toCharArray());
        assertThatThrownBy(() -> users.add("pat", "Pat", fay, "short".toCharArray()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("password")));
        assertThatThrownBy(() -> users.add("pat<script>", "Pat", fay, "a long password".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> users.add("FAY", "Fay again", fay, "a long password".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already exists");
    }
}
