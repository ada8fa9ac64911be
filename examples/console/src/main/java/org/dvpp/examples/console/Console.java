package org.dvpp.examples.console;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.examples.console.internal.Web;
import org.dvpp.programme.AccessPolicy;
import org.dvpp.programme.Dvpp;

/**
 * The staff web console over a running {@link Dvpp}: build it, {@link #start()} it, {@link #close()} it. It does not own
 * the {@code Dvpp}; close that yourself after the console.
 *
 * <pre>{@code
 * Dvpp dvpp = Dvpp.builder()....build();
 * LocalUsers users = new LocalUsers(Clock.systemUTC()).add("fay", "Fay", facilitator, password);
 * try (Console console = Console.builder(dvpp, users).port(8080).build().start()) {
 *     ...
 * }
 * }</pre>
 */
public final class Console implements AutoCloseable {
    private final Builder options;
    private Javalin server;

    private Console(Builder b) {
        this.options = b;
    }

    /**
     * @param dvpp the SDK the console works through
     * @param users who may sign in
     * @return a builder
     */
    public static Builder builder(Dvpp dvpp, LocalUsers users) {
        return new Builder(dvpp, users);
    }

    /**
     * Starts serving.
     *
     * @return this console
     */
    public synchronized Console start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        Web web = new Web(options.dvpp, options.policy, options.users, options.curricula,
                options.wallClock, options.sdkClock, options.secureCookies);
        server = web.server(options.host, options.port).start();
        return this;
    }

    /** @return the port it listens on */
    public int port() {
        return server.port();
    }

    /** @return its address, such as {@code http://127.0.0.1:8080/} */
    public URI uri() {
        String host = options.host.contains(":") ? "[" + options.host + "]" : options.host;
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops serving. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Options of the console. */
    public static final class Builder {
        private final Dvpp dvpp;
        private final LocalUsers users;
        private AccessPolicy policy = AccessPolicy.standard();
        private CurriculumCatalogue curricula;
        private Clock wallClock = Clock.systemUTC();
        private Clock sdkClock = Clock.systemUTC();
        private String host = "127.0.0.1";
        private int port = 8080;
        private boolean secureCookies;

        private Builder(Dvpp dvpp, LocalUsers users) {
            this.dvpp = Objects.requireNonNull(dvpp, "dvpp");
            this.users = Objects.requireNonNull(users, "users");
        }

        /**
         * @param policy the access policy the {@code Dvpp} was built with (default {@link AccessPolicy#standard()});
         *     the console asks it which pages and actions each user has
         * @return this builder
         */
        public Builder accessPolicy(AccessPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param curricula where session plans come from (default: {@link CurriculumCatalogue#discover()})
         * @return this builder
         */
        public Builder curricula(CurriculumCatalogue curricula) {
            this.curricula = Objects.requireNonNull(curricula, "curricula");
            return this;
        }

        /**
         * @param clock the clock the {@code Dvpp} was built with, for "tonight" (default: the system clock)
         * @return this builder
         */
        public Builder sdkClock(Clock clock) {
            this.sdkClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param clock the wall clock of sessions (default: the system clock; tests move it)
         * @return this builder
         */
        public Builder wallClock(Clock clock) {
            this.wallClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param host the address to listen on (default 127.0.0.1: this machine only)
         * @return this builder
         */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /**
         * @param port the port, 0 for any free one, 1 to 65535 otherwise (default 8080)
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new InvalidInputException("port", "range", "port must be 0 to 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * @param secure mark the session cookie Secure and send Strict-Transport-Security: set it when the console is
         *     served over HTTPS (through a reverse proxy); off by default for http://127.0.0.1
         * @return this builder
         */
        public Builder secureCookies(boolean secure) {
            this.secureCookies = secure;
            return this;
        }

        /** @return the console, not yet started */
        public Console build() {
            if (curricula == null) {
                curricula = CurriculumCatalogue.discover();
            }
            return new Console(this);
        }
    }
}
