package org.dvpp.storage.spi;

import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * A record together with the version it was stored with, for records whose domain type carries no version of its own.
 * Pass the version back to the repository's {@code update} to get optimistic locking.
 *
 * @param value the record
 * @param version its stored version
 * @param <T> the record type
 * @since 0.1
 */
@Classified
public record Versioned<T>(T value, long version) {
    /** Checks the input. */
    public Versioned {
        Checks.required(value, "value");
    }
}
