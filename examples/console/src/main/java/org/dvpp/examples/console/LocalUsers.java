package org.dvpp.examples.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.examples.console.internal.Passwords;
import org.dvpp.programme.ActingUser;

/**
 * The console's own users: each local user name maps to an SDK {@link ActingUser} (id, agency, roles) and an Argon2id
 * password hash. Held in memory: an agency's deployment would keep them in its identity provider instead. After
 * {@link #MAX_FAILURES} failed sign-ins in a row an account is locked for {@link #LOCKOUT}, whatever is typed.
 */
public final class LocalUsers {
    /** Failed sign-ins in a row that lock an account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** The shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password".toCharArray());

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param clock the clock of the lockout (the wall clock in production) */
    public LocalUsers(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A local user. */
    private static final class Account {
        final String name;
        final String displayName;
        final ActingUser user;
        final String hash;
        int failures;
        Instant lockedUntil = Instant.MIN;

        Account(String name, String displayName, ActingUser user, String hash) {
            this.name = name;
            this.displayName = displayName;
            this.user = user;
            this.hash = hash;
        }
    }

    /**
     * A signed-in user as the console knows them.
     *
     * @param name the user name
     * @param displayName the name shown on the pages
     * @param user who they are to the SDK
     */
    public record SignedIn(String name, String displayName, ActingUser user) {
    }

    /**
     * Adds a user. The password is hashed at once and the array cleared.
     *
     * @param name the user name: 3 to 40 letters, digits, '.', '-' or '_'
     * @param displayName the name shown on the pages
     * @param user the SDK identity and roles
     * @param password at least {@link #MIN_PASSWORD_LENGTH} characters
     * @return this store
     */
    public LocalUsers add(String name, String displayName, ActingUser user, char[] password) {
        Objects.requireNonNull(user, "user");
        String key = normalise(name);
        if (key.length() < 3 || key.length() > 40 || !key.matches("[a-z0-9._-]+")) {
            throw new InvalidInputException("name", "pattern", "a user name is 3 to 40 letters, digits, '.', '-' or '_'");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 80) {
            throw new InvalidInputException("displayName", "length", "a display name is 1 to 80 characters");
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "min-length", "a password needs at least "
                    + MIN_PASSWORD_LENGTH + " characters");
        }
        try {
            Account a = new Account(key, displayName, user, Passwords.hash(password));
            if (accounts.putIfAbsent(key, a) != null) {
                throw new InvalidInputException("name", "unique", "user " + key + " already exists");
            }
        } finally {
            Arrays.fill(password, '\0');
        }
        return this;
    }

    /**
     * Checks a sign-in. An unknown name costs the same hashing work as a known one.
     *
     * @param name the user name typed
     * @param password the password typed (cleared afterwards)
     * @return the user, when the name and password match and the account is not locked
     */
    public Optional<SignedIn> signIn(String name, char[] password) {
        try {
            Account a = accounts.get(normalise(name));
            if (a == null) {
                Passwords.verify(password, DUMMY_HASH);
                return Optional.empty();
            }
            synchronized (a) {
                Instant now = clock.instant();
                if (now.isBefore(a.lockedUntil)) {
                    return Optional.empty();
                }
                if (Passwords.verify(password, a.hash)) {
                    a.failures = 0;
                    return Optional.of(new SignedIn(a.name, a.displayName, a.user));
                }
                a.failures++;
                if (a.failures >= MAX_FAILURES) {
                    a.failures = 0;
                    a.lockedUntil = now.plus(LOCKOUT);
                }
                return Optional.empty();
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * @param name a user name
     * @return whether the account is locked now
     */
    public boolean locked(String name) {
        Account a = accounts.get(normalise(name));
        return a != null && clock.instant().isBefore(a.lockedUntil);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
