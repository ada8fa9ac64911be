package org.dvpp.examples.console.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dvpp.examples.console.LocalUsers;
import org.jspecify.annotations.Nullable;

/**
 * Server-side sessions: the cookie holds only a random 256-bit id. Each session has its own form token (CSRF); a
 * sign-in replaces the session, id and token both, so an id known before sign-in is worthless after it. Sessions end
 * after {@link #IDLE} without a request or {@link #ABSOLUTE} in all.
 */
public final class Sessions {
    /** Idle timeout. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** Longest life of a session. */
    public static final Duration ABSOLUTE = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    /** @param clock the wall clock */
    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /** One browser's session. */
    public static final class Session {
        final String id;
        final String csrf;
        final Instant created;
        volatile Instant lastSeen;
        final LocalUsers.@Nullable SignedIn user;
        @Nullable volatile String flash;

        Session(String id, String csrf, Instant created, LocalUsers.@Nullable SignedIn user) {
            this.id = id;
            this.csrf = csrf;
            this.created = created;
            this.lastSeen = created;
            this.user = user;
        }

        /** @return the cookie value */
        public String id() {
            return id;
        }

        /** @return the form token */
        public String csrf() {
            return csrf;
        }

        /** @return who is signed in, if anyone */
        public Optional<LocalUsers.SignedIn> user() {
            return Optional.ofNullable(user);
        }

        /** @param message shown once on the next page */
        public void flash(String message) {
            this.flash = message;
        }

        /** @return the one-time message, cleared */
        public Optional<String> takeFlash() {
            String f = flash;
            flash = null;
            return Optional.ofNullable(f);
        }

        /**
         * @param token the token a form sent
         * @return whether it is this session's (compared in constant time)
         */
        public boolean csrfMatches(@Nullable String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.US_ASCII),
                    token.getBytes(StandardCharsets.US_ASCII));
        }
    }

    /**
     * @param user who signed in, or null for a visitor who has not yet
     * @return a new session
     */
    public Session open(LocalUsers.@Nullable SignedIn user) {
        Session s = new Session(token(), token(), clock.instant(), user);
        sessions.put(s.id, s);
        return s;
    }

    /**
     * @param id a cookie value
     * @return the live session, touched
     */
    public Optional<Session> find(@Nullable String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen.plus(IDLE)) || now.isAfter(s.created.plus(ABSOLUTE))) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    /** @param id a session to end */
    public void end(String id) {
        sessions.remove(id);
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
