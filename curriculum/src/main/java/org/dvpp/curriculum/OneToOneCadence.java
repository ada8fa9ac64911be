package org.dvpp.curriculum;

import java.time.Duration;
import org.dvpp.domain.Classified;

/**
 * The one-to-one sessions planned alongside the group.
 *
 * @param everyWeeks weeks between one-to-ones (1 for weekly); 0 when the curriculum plans none
 * @param minutes the length of each one-to-one; 0 when none are planned
 */
@Classified
public record OneToOneCadence(int everyWeeks, int minutes) {
    /** No planned one-to-ones. */
    public static final OneToOneCadence NONE = new OneToOneCadence(0, 0);

    /** @return whether one-to-ones are planned */
    public boolean planned() {
        return everyWeeks > 0;
    }

    /** @return the length of each one-to-one */
    public Duration length() {
        return Duration.ofMinutes(minutes);
    }
}
