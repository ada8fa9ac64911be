package org.dvpp.examples.relay;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;

/**
 * Where and how {@link BrokerRelay} publishes. Build it with {@link #builder()}; every rule is checked when it is built
 * and all broken rules are reported together in one {@link InvalidInputException}, each naming its field.
 *
 * <pre>{@code
 * RelayConfig config = RelayConfig.builder()
 *         .uri(URI.create("amqps://relay:secret@broker.example.org:5671/dvpp"))
 *         .exchange("dvpp.events")
 *         .confirmTimeout(Duration.ofSeconds(10))
 *         .build();
 * }</pre>
 *
 * @param uri the broker, {@code amqp://} or {@code amqps://}, with user, password and virtual host as RabbitMQ's URI
 *     spec has them ({@code amqp://user:password@host:port/vhost}, the default vhost {@code /} written {@code %2F})
 * @param exchange the durable topic exchange the events go to: 1 to 200 letters, digits, {@code . _ - :}, not starting
 *     with {@code amq.} (reserved by the broker)
 * @param connectTimeout how long opening a connection (TCP and AMQP handshake) may take, 1 ms to 5 minutes
 * @param confirmTimeout how long to wait for the broker's confirm of one message, 1 ms to 60 s (well under the
 *     outbox's two-minute claim lease, so that a slow confirm never lets another dispatcher claim the same event)
 * @param heartbeat the AMQP heartbeat asked of the broker, 1 s to 10 minutes; a dead connection is noticed within about
 *     twice this
 * @param connectionName the name the broker shows for the relay's connection (1 to 100 printable characters)
 * @param declareExchange whether the relay declares the exchange (durable, topic) when it connects; false when an
 *     administrator has declared it and the relay's broker user may not configure (the relay then checks it exists)
 */
public record RelayConfig(URI uri, String exchange, Duration connectTimeout, Duration confirmTimeout,
        Duration heartbeat, String connectionName, boolean declareExchange) {

    /** The exchange used when none is named. */
    public static final String DEFAULT_EXCHANGE = "dvpp.events";

    private static final Pattern EXCHANGE = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]{1,100}");

    /** Checks every rule and reports all that are broken, each with its field. */
    public RelayConfig {
        List<Violation> broken = new ArrayList<>();
        if (uri == null) {
            broken.add(new Violation("uri", "required", "the broker's URI is required (amqp://host:5672/vhost)"));
        } else {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
                broken.add(new Violation("uri", "amqp-or-amqps",
                        "the broker's URI must start with amqp:// or amqps://, was " + redact(uri)));
            } else if (uri.getHost() == null || uri.getHost().isBlank()) {
                broken.add(new Violation("uri", "host-required", "the broker's URI names no host: " + redact(uri)));
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                broken.add(new Violation("uri", "no-query", "the broker's URI may not carry a query or fragment; "
                        + "set timeouts on the builder: " + redact(uri)));
            }
        }
        if (exchange == null) {
            broken.add(new Violation("exchange", "required", "the exchange name is required"));
        } else if (!EXCHANGE.matcher(exchange).matches()) {
            broken.add(new Violation("exchange", "name", "the exchange name must be 1 to 200 letters, digits, '.', '_', "
                    + "'-' or ':'"));
        } else if (exchange.startsWith("amq.")) {
            broken.add(new Violation("exchange", "not-reserved", "exchange names starting with 'amq.' are reserved by "
                    + "the broker"));
        }
        check(broken, "connectTimeout", connectTimeout, Duration.ofMillis(1), Duration.ofMinutes(5));
        check(broken, "confirmTimeout", confirmTimeout, Duration.ofMillis(1), Duration.ofSeconds(60));
        check(broken, "heartbeat", heartbeat, Duration.ofSeconds(1), Duration.ofMinutes(10));
        if (connectionName == null) {
            broken.add(new Violation("connectionName", "required", "the connection name is required"));
        } else if (!PRINTABLE.matcher(connectionName).matches()) {
            broken.add(new Violation("connectionName", "printable", "the connection name must be 1 to 100 printable "
                    + "ASCII characters"));
        }
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
    }

    private static void check(List<Violation> broken, String field, Duration value, Duration min, Duration max) {
        if (value == null) {
            broken.add(new Violation(field, "required", field + " is required"));
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            broken.add(new Violation(field, "range", field + " must be between " + min + " and " + max + ", was "
                    + value));
        }
    }

    /** @return a builder with the defaults: exchange {@value #DEFAULT_EXCHANGE}, 10 s timeouts, 30 s heartbeat */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the settings with the URI's password hidden */
    @Override
    public String toString() {
        return "RelayConfig[uri=" + (uri == null ? "" : redact(uri)) + ", exchange=" + exchange + ", connectTimeout="
                + connectTimeout + ", confirmTimeout=" + confirmTimeout + ", heartbeat=" + heartbeat
                + ", connectionName=" + connectionName + ", declareExchange=" + declareExchange + "]";
    }

    /** @return the URI with any password replaced by {@code ***}, for messages and logs */
    static String redact(URI uri) {
        String info = uri.getRawUserInfo();
        if (info == null) {
            return uri.toString();
        }
        int colon = info.indexOf(':');
        String shown = colon < 0 ? info : info.substring(0, colon) + ":***";
        return uri.toString().replace(info + "@", shown + "@");
    }

    /** Options of the relay; unset options keep their defaults. */
    public static final class Builder {
        private URI uri;
        private String exchange = DEFAULT_EXCHANGE;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration confirmTimeout = Duration.ofSeconds(10);
        private Duration heartbeat = Duration.ofSeconds(30);
        private String connectionName = "dvpp-broker-relay";
        private boolean declareExchange = true;

        private Builder() {
        }

        /**
         * @param uri the broker (required)
         * @return this builder
         */
        public Builder uri(URI uri) {
            this.uri = uri;
            return this;
        }

        /**
         * @param uri the broker as text, such as {@code amqp://guest:guest@127.0.0.1:5672/%2F}
         * @return this builder
         * @throws InvalidInputException naming {@code uri} when it is not a URI at all
         */
        public Builder uri(String uri) {
            Objects.requireNonNull(uri, "uri");
            try {
                this.uri = new URI(uri);
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException("uri", "syntax", "the broker's URI is not a URI: " + e.getReason());
            }
            return this;
        }

        /**
         * @param exchange the topic exchange (default {@value RelayConfig#DEFAULT_EXCHANGE})
         * @return this builder
         */
        public Builder exchange(String exchange) {
            this.exchange = exchange;
            return this;
        }

        /**
         * @param timeout how long opening a connection may take (default 10 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * @param timeout how long to wait for one confirm (default 10 s)
         * @return this builder
         */
        public Builder confirmTimeout(Duration timeout) {
            this.confirmTimeout = timeout;
            return this;
        }

        /**
         * @param heartbeat the AMQP heartbeat (default 30 s)
         * @return this builder
         */
        public Builder heartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        /**
         * @param name the connection's name as the broker shows it (default {@code dvpp-broker-relay})
         * @return this builder
         */
        public Builder connectionName(String name) {
            this.connectionName = name;
            return this;
        }

        /**
         * @param declare whether the relay declares its exchange (default true)
         * @return this builder
         */
        public Builder declareExchange(boolean declare) {
            this.declareExchange = declare;
            return this;
        }

        /**
         * @return the settings
         * @throws InvalidInputException listing every broken rule, each with its field
         */
        public RelayConfig build() {
            return new RelayConfig(uri, exchange, connectTimeout, confirmTimeout, heartbeat, connectionName,
                    declareExchange);
        }
    }
}
