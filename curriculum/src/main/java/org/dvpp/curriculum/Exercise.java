package org.dvpp.curriculum;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * One activity within a session: what the facilitators run, for how long, and how.
 *
 * @param title a short name facilitators recognise
 * @param minutes how long it is planned to take
 * @param description how to run it, in a few sentences
 */
@Classified
public record Exercise(String title, int minutes, String description) {
    /** Refuses null parts; the other rules are checked by {@link CurriculumValidator}. */
    public Exercise {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
