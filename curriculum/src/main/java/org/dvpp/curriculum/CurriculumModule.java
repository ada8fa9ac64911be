package org.dvpp.curriculum;

import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * A block of consecutive sessions on one subject. In a rolling group, new men join at a module's first session.
 *
 * @param id a stable id within the curriculum, such as {@code coercive-control}
 * @param title the module's title
 * @param firstSession the number of its first session
 * @param lastSession the number of its last session (equal to the first for a one-session module)
 */
@Classified
public record CurriculumModule(String id, String title, int firstSession, int lastSession) {
    /** Refuses null parts; the other rules are checked by {@link CurriculumValidator}. */
    public CurriculumModule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /**
     * @param sessionNumber a session number
     * @return whether the module holds it
     */
    public boolean contains(int sessionNumber) {
        return sessionNumber >= firstSession && sessionNumber <= lastSession;
    }
}
