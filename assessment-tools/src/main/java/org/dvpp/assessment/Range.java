package org.dvpp.assessment;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * A closed range of exact values.
 *
 * @param min the lowest value
 * @param max the highest value
 * @since 0.1
 */
@Classified
public record Range(Fraction min, Fraction max) {
    /** Refuses nulls and min > max. */
    public Range {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
    }

    /**
     * @param value a value
     * @return whether it lies in the range, ends included
     */
    public boolean contains(Fraction value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
