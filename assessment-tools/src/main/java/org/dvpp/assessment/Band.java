package org.dvpp.assessment;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * A named range of totals, both ends included, such as AUDIT zone II, 8–15.
 *
 * @param code stable code, such as {@code II} or {@code moderate}
 * @param label plain-language label
 * @param min lowest total in the band
 * @param max highest total in the band
 * @param action suggested action, or empty
 * @since 0.1
 */
@Classified
public record Band(String code, String label, long min, long max, String action) {
    /** Refuses nulls and an empty range. */
    public Band {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(action, "action");
        if (min > max) {
            throw new IllegalArgumentException("band " + code + ": min " + min + " > max " + max);
        }
    }

    /**
     * @param total a whole-number total
     * @return whether it lies in this band
     */
    public boolean contains(long total) {
        return total >= min && total <= max;
    }
}
