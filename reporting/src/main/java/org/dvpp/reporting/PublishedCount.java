package org.dvpp.reporting;

import java.util.OptionalLong;
import org.dvpp.domain.Classified;

/**
 * One published count: either a value (rounded under the policy, unless the report is raw) or suppressed.
 *
 * @param value the published value, empty when suppressed
 */
@Classified
public record PublishedCount(OptionalLong value) {

    /** The mark shown for a suppressed count. */
    public static final String SUPPRESSED = "*";

    /** Checks the value. */
    public PublishedCount {
        if (value == null || value.isPresent() && value.getAsLong() < 0) {
            throw new org.dvpp.domain.InvalidInputException("value", "not-negative", "a count is never negative");
        }
    }

    /** @return whether it is suppressed */
    public boolean suppressed() {
        return value.isEmpty();
    }

    /** @return the value or {@code *} */
    public String text() {
        return value.isPresent() ? Long.toString(value.getAsLong()) : SUPPRESSED;
    }
}
